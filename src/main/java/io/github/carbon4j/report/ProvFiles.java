package io.github.carbon4j.report;

import io.github.carbon4j.CarbonMetrics;
import io.github.carbon4j.internal.Notices;
import io.github.carbon4j.internal.RunInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * A run in yProv4ML's layout: {@code prov/<experiment>_<run>/metrics_GR0/<metric>_<context>_carbon4j_GR0.csv},
 * one file per (metric, context) with the line {@code name,context,source} and then
 * {@code step,value,timestamp_ms} rows, and the PROV-JSON document
 * {@code prov/<experiment>_<run>/prov_<experiment>_GR0_<run>.json} that points to them. Values are in
 * carbon4j's units (g, g/s, W, J; per interval, not cumulative), named in each entity's
 * {@code yprov:unit}. After yProv4ML's nine metrics come carbon4j's {@code embodied_emissions} and
 * {@code sci} (operational plus embodied emissions).
 */
final class ProvFiles {

    /** Metric name to its value in one step, in {@link ReportNames#METRICS} order, with its unit. */
    static final Map<String, Metric> METRICS = metrics();

    record Metric(String unit, ToDoubleFunction<CarbonMetrics> value) {}

    private ProvFiles() {}

    /**
     * Writes the run's metric files and PROV document from its side file or else its steps file,
     * streamed ({@link MetricFiles}): memory for a buffer per open file, never for the steps. Returns
     * the document's path.
     *
     * @param summary the run's own summary (one run)
     * @param stepsFile its steps file
     * @param notices where torn rows skipped in the steps file are said
     */
    static Path write(Summary summary, Path stepsFile, Notices notices) throws IOException {
        RunInfo run = summary.runs().get(0).record().run();
        Path runDirectory = runDirectory(run);
        Path metricsDirectory = runDirectory.resolve("metrics_GR0");
        Files.createDirectories(metricsDirectory);
        List<ProvDocument.MetricFile> written = MetricFiles.write(stepsFile, metricsDirectory, notices);
        Path document = runDirectory.resolve("prov_" + name(run) + ".json");
        SharedFiles.replace(document, Json.write(ProvDocument.of(summary, written)));
        return document;
    }

    static Path runDirectory(RunInfo run) {
        return run.outputDirectory()
                .resolve(ReportNames.PROV_DIRECTORY)
                .resolve(FileNames.safe(run.experiment()) + "_" + FileNames.safe(run.runId()));
    }

    /** The run's name as yProv4ML forms it: experiment, rank 0, run id. */
    static String name(RunInfo run) {
        return FileNames.safe(run.experiment()) + "_GR0_" + FileNames.safe(run.runId());
    }

    private static Map<String, Metric> metrics() {
        Map<String, Metric> m = new LinkedHashMap<>();
        m.put("emissions", new Metric("gCO2eq", c -> c.emissions().grams()));
        m.put("emissions_rate", new Metric("gCO2eq/s", c -> c.emissionsRate().gramsPerSecond()));
        m.put("cpu_power", new Metric("W", c -> c.cpuPower().watts()));
        m.put("gpu_power", new Metric("W", c -> c.gpuPower().watts()));
        m.put("ram_power", new Metric("W", c -> c.ramPower().watts()));
        m.put("cpu_energy", new Metric("J", c -> c.cpuEnergy().joules()));
        m.put("gpu_energy", new Metric("J", c -> c.gpuEnergy().joules()));
        m.put("ram_energy", new Metric("J", c -> c.ramEnergy().joules()));
        m.put("energy_consumed", new Metric("J", c -> c.energyConsumed().joules()));
        m.put(
                "embodied_emissions",
                new Metric("gCO2eq", c -> c.embodiedEmissions().grams()));
        m.put("sci", new Metric("gCO2eq", c -> c.sci().grams()));
        if (!List.copyOf(m.keySet())
                .equals(java.util.stream.Stream.concat(ReportNames.METRICS.stream(), ReportNames.SCI_METRICS.stream())
                        .toList())) {
            throw new AssertionError("metric names out of step with ReportNames.METRICS");
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
