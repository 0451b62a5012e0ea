package io.github.carbon4j.internal;

import io.github.carbon4j.CarbonIntensity;
import io.github.carbon4j.MeasurementMethod;
import io.github.carbon4j.Scope;
import java.nio.file.Path;
import java.time.Instant;

/**
 * What is known about a logger's run when it starts. Immutable.
 *
 * @param runId unique id of this run (one logger in one JVM)
 * @param experiment the configured experiment name
 * @param start when the logger started
 * @param outputDirectory where reports go
 * @param scope whose energy is counted
 * @param pue the power usage effectiveness applied
 * @param intensity the carbon intensity used
 * @param intensitySource where it came from
 * @param cpuMethod how CPU energy is obtained
 * @param gpuMethod how GPU energy is obtained
 * @param ramMethod how RAM energy is obtained
 * <p>Not API: public only for carbon4j's own packages and modules; it may change in any release.
 *
 * @since 0.1
 */
public record RunInfo(String runId, String experiment, Instant start, Path outputDirectory, Scope scope, double pue,
        CarbonIntensity intensity, String intensitySource,
        MeasurementMethod cpuMethod, MeasurementMethod gpuMethod, MeasurementMethod ramMethod) {
}
