package io.github.carbon4j.junit;

import io.github.carbon4j.CarbonMetrics;

/**
 * AssertJ entry point for carbon figures:
 * {@code CarbonAssertions.assertThat(metrics).hasEmissionsAtMost("1 mg").hasEnergyAtMost("10 J")}.
 * Needs AssertJ on the test class path (an optional dependency of this module). Stateless and
 * thread-safe; each assertion it returns belongs to one thread, as AssertJ's do.
 *
 * @since 0.1
 */
public final class CarbonAssertions {

    private CarbonAssertions() {}

    /**
     * {@return assertions on one interval's metrics, e.g. from {@link CarbonRecorder#measure}}
     *
     * @param actual the metrics to check; a {@code null} fails the first assertion
     */
    public static CarbonMetricsAssert assertThat(CarbonMetrics actual) {
        return new CarbonMetricsAssert(actual);
    }
}
