package io.github.carbon4j.report;

import java.util.Optional;

/**
 * What the reports need from a configuration beyond the run itself: whether to write them, and the
 * configured location they cite; the façade ({@code CarbonConfig}) builds it. Immutable.
 *
 * @param reports whether a run writes report files (into its {@code RunInfo#outputDirectory()})
 * @param country the configured country
 * @param region the configured sub-national region
 * @param cloudProvider the configured cloud provider
 * @param cloudRegion the configured cloud region
 * @since 0.3
 */
public record ReportSettings(
        boolean reports,
        Optional<String> country,
        Optional<String> region,
        Optional<String> cloudProvider,
        Optional<String> cloudRegion) {}
