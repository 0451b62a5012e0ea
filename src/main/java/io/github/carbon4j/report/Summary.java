package io.github.carbon4j.report;

import io.github.carbon4j.internal.Totals;
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
 * What the summaries and the page show for one run or many: the newest runs with their totals
 * (older ones as sums), each context's steps summed and grouped into bars, and the steps with the
 * most emissions. Its size grows with contexts, never with steps or runs, so a closing run merges
 * its own summary into the directory's at a cost that does not grow with the directory's history.
 * Immutable.
 *
 * @param runs the newest runs, at most {@link #LISTED}, ordered by start
 * @param older the runs before those, as sums
 * @param contexts every context, the one with the most emissions first (ties by name)
 * @param top the steps with the most emissions, at most {@link TopStep#COUNT}
 */
record Summary(List<RunEntry> runs, OlderRuns older, List<ContextSummary> contexts, List<TopStep> top) {

    /** How many runs a summary lists one by one. */
    static final int LISTED = 100;

    private static final Comparator<ContextSummary> MOST_EMISSIONS = Comparator.comparingDouble(
                    (ContextSummary c) -> -c.totals().emissionsGrams())
            .thenComparing(ContextSummary::name);

    // After the comparator: the constructor uses it.
    static final Summary EMPTY = new Summary(List.of(), OlderRuns.NONE, List.of(), List.of());

    Summary {
        List<RunEntry> sorted = runs.stream()
                .sorted(Comparator.comparing((RunEntry r) -> r.record().run().start())
                        .thenComparing(RunEntry::runId))
                .toList();
        int drop = Math.max(0, sorted.size() - LISTED);
        for (RunEntry old : sorted.subList(0, drop)) {
            older = older.plus(old);
        }
        runs = sorted.subList(drop, sorted.size());
        contexts = contexts.stream().sorted(MOST_EMISSIONS).toList();
        top = top.stream().sorted(TopStep.ORDER).limit(TopStep.COUNT).toList();
    }

    Summary(List<RunEntry> runs, List<ContextSummary> contexts, List<TopStep> top) {
        this(runs, OlderRuns.NONE, contexts, top);
    }

    /**
     * The summaries as one, in the order given; a summary holding a run already seen is left out
     * whole (a directory merged twice, or copied), so no run and no step counts twice.
     */
    static Summary merge(List<Summary> summaries) {
        List<RunEntry> runs = new ArrayList<>();
        OlderRuns older = OlderRuns.NONE;
        Map<String, ContextSummary> contexts = new LinkedHashMap<>();
        List<TopStep> top = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Summary s : summaries) {
            if (s.runs.stream().anyMatch(r -> seen.contains(r.runId()))) {
                continue;
            }
            s.runs.forEach(r -> seen.add(r.runId()));
            runs.addAll(s.runs);
            older = older.plus(s.older);
            for (ContextSummary c : s.contexts) {
                contexts.merge(c.name(), c, ContextSummary::merge);
            }
            top.addAll(s.top);
        }
        return new Summary(runs, older, new ArrayList<>(contexts.values()), top);
    }

    /** Every run, listed or older. */
    long runCount() {
        return runs.size() + older.count();
    }

    /** Every run's experiment name. */
    java.util.SortedSet<String> experiments() {
        java.util.SortedSet<String> names = new java.util.TreeSet<>(older.experiments());
        runs.forEach(r -> names.add(r.record().run().experiment()));
        return names;
    }

    /** How many runs, listed or older, have incomplete reports. */
    long incompleteCount() {
        return incomplete().size() + older.incomplete();
    }

    boolean holds(String runId) {
        return runs.stream().anyMatch(r -> r.runId().equals(runId));
    }

    Optional<RunEntry> run(String runId) {
        return runs.stream().filter(r -> r.runId().equals(runId)).findFirst();
    }

    /** What the runs cost, start to end, summed over runs. */
    Totals totals() {
        return runs.stream().map(RunEntry::totals).reduce(older.totals(), Totals::plus);
    }

    /** What the runs logged in steps. */
    Totals steps() {
        return runs.stream().map(RunEntry::steps).reduce(older.steps(), Totals::plus);
    }

    Optional<Instant> start() {
        return java.util.stream.Stream.concat(
                        older.start().stream(),
                        runs.stream().map(r -> r.record().run().start()))
                .min(Comparator.naturalOrder());
    }

    Optional<Instant> end() {
        return java.util.stream.Stream.concat(
                        older.end().stream(), runs.stream().map(RunEntry::end))
                .max(Comparator.naturalOrder());
    }

    /** The listed runs whose reports are not complete. */
    List<RunEntry> incomplete() {
        return runs.stream().filter(r -> !r.complete()).toList();
    }
}
