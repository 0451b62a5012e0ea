/**
 * What a newcomer runs first: {@code CarbonDemo} starts a logger, logs a few steps of real work and prints
 * the metrics. The README's snippets are taken from the samples, which compile and run in every build.
 */
package io.github.carbon4j.samples;
