package io.github.carbon4j.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the summaries and the page show for one run or many: the runs with their totals, each
 * context's steps summed and grouped into bars, and the steps with the most emissions. Its size
 * grows with runs and contexts, never with steps, so a directory's summary is rebuilt from the
 * runs' summaries without reading any steps file. Immutable.
 *
 * @param runs the runs, ordered by start
 * @param contexts every context, the one with the most emissions first (ties by name)
 * @param top the steps with the most emissions, at most {@link TopStep#COUNT}
 */
record Summary(List<RunEntry> runs, List<ContextSummary> contexts, List<TopStep> top) {

    private static final Comparator<ContextSummary> MOST_EMISSIONS = Comparator
            .comparingDouble((ContextSummary c) -> -c.totals().emissionsGrams()).thenComparing(ContextSummary::name);

    // After the comparator: the constructor uses it.
    static final Summary EMPTY = new Summary(List.of(), List.of(), List.of());

    Summary {
        runs = runs.stream().sorted(Comparator.comparing((RunEntry r) -> r.record().run().start())
                .thenComparing(RunEntry::runId)).toList();
        contexts = contexts.stream().sorted(MOST_EMISSIONS).toList();
        top = top.stream().sorted(TopStep.ORDER).limit(TopStep.COUNT).toList();
    }

    /**
     * The summaries as one, in the order given; a summary holding a run already seen is left out
     * whole (a directory merged twice, or copied), so no run and no step counts twice.
     */
    static Summary merge(List<Summary> summaries) {
        List<RunEntry> runs = new ArrayList<>();
        Map<String, ContextSummary> contexts = new LinkedHashMap<>();
        List<TopStep> top = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Summary s : summaries) {
            if (s.runs.stream().anyMatch(r -> seen.contains(r.runId()))) {
                continue;
            }
            s.runs.forEach(r -> seen.add(r.runId()));
            runs.addAll(s.runs);
            for (ContextSummary c : s.contexts) {
                contexts.merge(c.name(), c, ContextSummary::merge);
            }
            top.addAll(s.top);
        }
        return new Summary(runs, new ArrayList<>(contexts.values()), top);
    }

    boolean holds(String runId) {
        return runs.stream().anyMatch(r -> r.runId().equals(runId));
    }

    Optional<RunEntry> run(String runId) {
        return runs.stream().filter(r -> r.runId().equals(runId)).findFirst();
    }

    /** What the runs cost, start to end, summed over runs. */
    RunTotals totals() {
        return runs.stream().map(RunEntry::totals).reduce(RunTotals.ZERO, RunTotals::plus);
    }

    /** What the runs logged in steps. */
    Totals steps() {
        return runs.stream().map(RunEntry::steps).reduce(Totals.ZERO, Totals::plus);
    }

    Optional<Instant> start() {
        return runs.stream().map(r -> r.record().run().start()).min(Comparator.naturalOrder());
    }

    Optional<Instant> end() {
        return runs.stream().map(RunEntry::end).max(Comparator.naturalOrder());
    }

    /** The runs whose reports are not complete. */
    List<RunEntry> incomplete() {
        return runs.stream().filter(r -> !r.complete()).toList();
    }
}
