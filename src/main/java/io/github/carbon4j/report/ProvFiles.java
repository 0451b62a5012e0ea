package io.github.carbon4j.report;

import io.github.carbon4j.CarbonMetrics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * {@code yprov:unit}.
 */
final class ProvFiles {

    /** Metric name to its value in one step, in {@link ReportNames#METRICS} order, with its unit. */
    static final Map<String, Metric> METRICS = metrics();

    record Metric(String unit, ToDoubleFunction<CarbonMetrics> value) {}

    private ProvFiles() {}

    /** Writes the run's metric files and PROV document; returns the document's path. */
    static Path write(ReportData data, String runId) throws IOException {
        RunRecord record = data.runs().get(runId);
        RunInfo run = record.run();
        Path runDirectory = runDirectory(run);
        Path metricsDirectory = runDirectory.resolve("metrics_GR0");
        Files.createDirectories(metricsDirectory);
        Map<String, List<StepRow>> contexts = new LinkedHashMap<>();
        for (StepRow row : data.rowsOf(runId)) {
            contexts.computeIfAbsent(row.metrics().context().name(), k -> new ArrayList<>()).add(row);
        }
        List<ProvDocument.MetricFile> files = new ArrayList<>();
        FileNames names = new FileNames();
        for (Map.Entry<String, List<StepRow>> context : contexts.entrySet()) {
            String contextPart = names.unique(context.getKey());
            for (Map.Entry<String, Metric> metric : METRICS.entrySet()) {
                Path file = metricsDirectory.resolve(metric.getKey() + "_" + contextPart + "_" + ReportNames.SOURCE
                        + "_GR0.csv");
                String content = metricFile(metric.getKey(), context.getKey(), metric.getValue(), context.getValue());
                SharedFiles.replace(file, content);
                files.add(new ProvDocument.MetricFile(metric.getKey(), context.getKey(), metric.getValue().unit(),
                        slashes(file), Files.size(file)));
            }
        }
        Path document = runDirectory.resolve("prov_" + name(run) + ".json");
        SharedFiles.replace(document, Json.write(ProvDocument.of(data, runId, files)));
        return document;
    }

    static Path runDirectory(RunInfo run) {
        return run.outputDirectory().resolve(ReportNames.PROV_DIRECTORY)
                .resolve(FileNames.safe(run.experiment()) + "_" + FileNames.safe(run.runId()));
    }

    /** The run's name as yProv4ML forms it: experiment, rank 0, run id. */
    static String name(RunInfo run) {
        return FileNames.safe(run.experiment()) + "_GR0_" + FileNames.safe(run.runId());
    }

    static String metricFile(String metric, String context, Metric spec, List<StepRow> rows) {
        StringBuilder sb = new StringBuilder(Csv.line(List.of(metric, context, ReportNames.SOURCE)));
        for (StepRow row : rows) {
            CarbonMetrics m = row.metrics();
            sb.append(m.step()).append(',').append(spec.value().applyAsDouble(m)).append(',')
                    .append(m.end().toEpochMilli()).append('\n');
        }
        return sb.toString();
    }

    private static String slashes(Path path) {
        return path.toString().replace('\\', '/');
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
        if (!List.copyOf(m.keySet()).equals(ReportNames.METRICS)) {
            throw new AssertionError("metric names out of step with ReportNames.METRICS");
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
