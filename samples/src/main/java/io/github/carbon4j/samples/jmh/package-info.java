/**
 * A JMH benchmark measured with {@code -prof carbon} ({@code JoinBench}), and {@code ProfilerOverhead},
 * which measures how much the profiler moves a benchmark's score.
 */
package io.github.carbon4j.samples.jmh;
