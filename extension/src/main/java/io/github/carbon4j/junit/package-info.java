/**
 * JUnit Jupiter integration: {@link io.github.carbon4j.junit.TrackCarbon} measures tests,
 * {@link io.github.carbon4j.junit.CarbonBudget} fails those that cost too much,
 * {@link io.github.carbon4j.junit.CarbonRecorder} measures blocks and
 * {@link io.github.carbon4j.junit.CarbonAssertions} asserts on the figures. Built against JUnit 5.14,
 * runs unchanged on JUnit 6; needs JUnit 5.13 or newer (the launcher session store holds the one
 * logger of a test JVM).
 *
 * @since 0.1
 */
package io.github.carbon4j.junit;
