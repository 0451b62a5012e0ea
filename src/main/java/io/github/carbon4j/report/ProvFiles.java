package io.github.carbon4j.report;

import io.github.carbon4j.CarbonMetrics;
import io.github.carbon4j.internal.Notices;
import io.github.carbon4j.internal.RunInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** A metric's unit; its place in {@link #METRICS} is its index for {@link #value(int, CarbonMetrics)}. */
    record Metric(String unit) {}

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

    /**
     * The value of the metric at this place in {@link #METRICS} in one step. A switch, not a lambda per
     * metric: a closing JVM would spin a class for each.
     */
    static double value(int metric, CarbonMetrics c) {
        return switch (metric) {
            case 0 -> c.emissions().grams();
            case 1 -> c.emissionsRate().gramsPerSecond();
            case 2 -> c.cpuPower().watts();
            case 3 -> c.gpuPower().watts();
            case 4 -> c.ramPower().watts();
            case 5 -> c.cpuEnergy().joules();
            case 6 -> c.gpuEnergy().joules();
            case 7 -> c.ramEnergy().joules();
            case 8 -> c.energyConsumed().joules();
            case 9 -> c.embodiedEmissions().grams();
            case 10 -> c.sci().grams();
            default -> throw new IndexOutOfBoundsException(metric);
        };
    }

    private static Map<String, Metric> metrics() {
        String[] units = {"gCO2eq", "gCO2eq/s", "W", "W", "W", "J", "J", "J", "J", "gCO2eq", "gCO2eq"};
        // In the order value(int) switches on; ReportNamesTests pins the names and their order.
        List<String> names = new ArrayList<>(ReportNames.METRICS);
        names.addAll(ReportNames.SCI_METRICS);
        Map<String, Metric> m = new LinkedHashMap<>();
        for (int i = 0; i < units.length; i++) {
            m.put(names.get(i), new Metric(units[i]));
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
