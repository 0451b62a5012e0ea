package io.github.carbon4j.jmh;

import org.openjdk.jmh.results.RunResult;

/**
 * AssertJ entry point for carbon budgets on results of the JMH Runner API:
 * <pre>{@code
 * RunResult result = new Runner(new OptionsBuilder().include("JoinBench")
 *         .addProfiler(CarbonProfiler.class, "country=FRA").build()).runSingle();
 * JmhCarbonAssertions.assertThat(result).hasEnergyPerOpAtMost("2 mJ").hasEmissionsPerOpAtMost("1 µg");
 * }</pre>
 * Needs {@code assertj-core} on the class path (an optional dependency of this module).
 * Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class JmhCarbonAssertions {

    private JmhCarbonAssertions() {}

    /**
     * {@return assertions on the aggregated carbon results of one benchmark run}
     *
     * @param actual the run's result, e.g. one element of {@code Runner.run()}; {@code null} fails the first assertion
     */
    public static RunResultCarbonAssert assertThat(RunResult actual) {
        return new RunResultCarbonAssert(actual);
    }
}
