package io.github.carbon4j.report;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The runs and steps of one or more output directories, merged: runs ordered by start, steps by the
 * time they were logged. Immutable.
 */
final class ReportData {

    private static final Comparator<StepRow> LOGGED_ORDER = Comparator
            .comparing((StepRow r) -> r.metrics().end())
            .thenComparing(StepRow::runId)
            .thenComparingLong(r -> r.metrics().step());

    private final Map<String, RunRecord> runs;
    private final List<StepRow> rows;
    // Grouped once: summaries ask per run, and a directory may hold many runs of many steps.
    private final Map<String, List<StepRow>> rowsByRun = new HashMap<>();

    ReportData(List<RunRecord> runs, List<StepRow> rows) {
        List<StepRow> sorted = new ArrayList<>(rows);
        sorted.sort(LOGGED_ORDER);
        this.rows = List.copyOf(sorted);
        for (StepRow row : this.rows) {
            rowsByRun.computeIfAbsent(row.runId(), k -> new ArrayList<>()).add(row);
        }
        rowsByRun.replaceAll((id, list) -> List.copyOf(list));
        Map<String, RunRecord> byId = new LinkedHashMap<>();
        runs.stream().sorted(Comparator.comparing((RunRecord r) -> r.run().start()).thenComparing(r -> r.run().runId()))
                .forEach(r -> byId.put(r.run().runId(), r));
        this.runs = java.util.Collections.unmodifiableMap(byId);
    }

    Map<String, RunRecord> runs() {
        return runs;
    }

    List<StepRow> rows() {
        return rows;
    }

    /** The run's steps in the order they were logged. */
    List<StepRow> rowsOf(String runId) {
        return rowsByRun.getOrDefault(runId, List.of());
    }

    /** The same data for one run only. */
    ReportData only(String runId) {
        RunRecord run = runs.get(runId);
        return new ReportData(run == null ? List.of() : List.of(run), rowsOf(runId));
    }

    Totals totals() {
        return Totals.of(rows);
    }

    /** Steps per context, the context with the most emissions first (ties by name). */
    Map<String, List<StepRow>> contexts() {
        Map<String, List<StepRow>> byName = new LinkedHashMap<>();
        for (StepRow row : rows) {
            byName.computeIfAbsent(row.metrics().context().name(), k -> new ArrayList<>()).add(row);
        }
        Map<String, Double> grams = new HashMap<>();
        byName.forEach((name, list) -> grams.put(name, Totals.of(list).emissionsGrams()));
        Map<String, List<StepRow>> sorted = new LinkedHashMap<>();
        byName.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, List<StepRow>> e) -> -grams.get(e.getKey()))
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> sorted.put(e.getKey(), List.copyOf(e.getValue())));
        return sorted;
    }

    /** When the run's last step ended, or its start when it logged none. */
    Instant end(String runId) {
        Instant end = runs.get(runId).run().start();
        for (StepRow row : rowsOf(runId)) {
            if (row.metrics().end().isAfter(end)) {
                end = row.metrics().end();
            }
        }
        return end;
    }

    /** From the run's start to its last step. */
    Duration runTime(String runId) {
        return Duration.between(runs.get(runId).run().start(), end(runId));
    }

    /** Every run's time summed: the denominator of the cumulative view. */
    double runSeconds() {
        return runs.keySet().stream().mapToDouble(id -> runTime(id).toNanos() / 1e9).sum();
    }
}
