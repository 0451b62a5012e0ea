/**
 * The cost of carbon4j itself: {@code LoggerBench} (JMH) times one logging call and its allocation, and
 * {@code ColdStart} measures what a fresh JVM pays to start a logger, log a step and close it. Their
 * commands and figures are in the README's cost section.
 */
package io.github.carbon4j.samples.bench;
