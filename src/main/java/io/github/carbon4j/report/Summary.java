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
 * (older ones as sums), each context's steps summed and grouped into as many bars as the page can draw for it
 * ({@link ContextSummary#barsPerContext}), and the steps with the most emissions. Its size grows with contexts,
 * never with steps or runs, so a closing run merges its own summary into the directory's at a cost that does not
 * grow with the directory's history.
 * Immutable.
 *
 * @param runs the newest runs, at most {@link #LISTED}, ordered by start
 * @param older the runs before those, as sums
 * @param contexts every context, the one with the most emissions first (ties by name)
 * @param top the steps with the most emissions, at most {@link TopStep#COUNT}
 */
record Summary(List<RunEntry> runs, OlderRuns older, List<ContextSummary> contexts, List<TopStep> top) {

    /**
     * How many runs a summary lists one by one: those the page's table shows ({@link HtmlReport#MAX_RUN_ROWS}). Every
     * closing run reads and rewrites them in its directory's summary, about 3 KB each; with 100, a close into a full
     * directory cost 50–70 ms more CPU on a two-CPU VM.
     */
    static final int LISTED = 50;

    // Comparators, loops and no streams here: each lambda and stream costs a closing JVM classes to spin and load.
    private static final Comparator<ContextSummary> MOST_EMISSIONS = new MostEmissions();

    private static final class MostEmissions implements Comparator<ContextSummary> {
        @Override
        public int compare(ContextSummary a, ContextSummary b) {
            int order = Double.compare(-a.totals().emissionsGrams(), -b.totals().emissionsGrams());
            return order != 0 ? order : a.name().compareTo(b.name());
        }
    }

    private static final class ByStart implements Comparator<RunEntry> {
        @Override
        public int compare(RunEntry a, RunEntry b) {
            int order = a.record().run().start().compareTo(b.record().run().start());
            return order != 0 ? order : a.runId().compareTo(b.runId());
        }
    }

    // After the comparator: the constructor uses it.
    static final Summary EMPTY = new Summary(List.of(), OlderRuns.NONE, List.of(), List.of());

    Summary {
        List<RunEntry> sorted = new ArrayList<>(runs);
        sorted.sort(new ByStart());
        int drop = Math.max(0, sorted.size() - LISTED);
        for (RunEntry old : sorted.subList(0, drop)) {
            older = older.plus(old);
        }
        runs = List.copyOf(sorted.subList(drop, sorted.size()));
        List<ContextSummary> byEmissions = new ArrayList<>(contexts.size());
        int bars = ContextSummary.barsPerContext(contexts.size());
        for (ContextSummary c : contexts) {
            byEmissions.add(
                    c.bars().size() <= bars
                            ? c
                            : new ContextSummary(
                                    c.name(), c.totals(), c.start(), c.end(), ContextSummary.compact(c.bars(), bars)));
        }
        byEmissions.sort(MOST_EMISSIONS);
        contexts = List.copyOf(byEmissions);
        List<TopStep> topFirst = new ArrayList<>(top);
        topFirst.sort(TopStep.ORDER);
        top = List.copyOf(topFirst.subList(0, Math.min(TopStep.COUNT, topFirst.size())));
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
            if (anySeen(s.runs, seen)) {
                continue;
            }
            for (RunEntry r : s.runs) {
                seen.add(r.runId());
            }
            runs.addAll(s.runs);
            older = older.plus(s.older);
            for (ContextSummary c : s.contexts) {
                ContextSummary known = contexts.get(c.name());
                contexts.put(c.name(), known == null ? c : known.merge(c));
            }
            top.addAll(s.top);
        }
        return new Summary(runs, older, new ArrayList<>(contexts.values()), top);
    }

    private static boolean anySeen(List<RunEntry> runs, Set<String> seen) {
        for (RunEntry r : runs) {
            if (seen.contains(r.runId())) {
                return true;
            }
        }
        return false;
    }

    /** Every run, listed or older. */
    long runCount() {
        return runs.size() + older.count();
    }

    /** Every run's experiment name. */
    java.util.SortedSet<String> experiments() {
        java.util.SortedSet<String> names = new java.util.TreeSet<>(older.experiments());
        for (RunEntry r : runs) {
            names.add(r.record().run().experiment());
        }
        return names;
    }

    /** How many runs, listed or older, have incomplete reports. */
    long incompleteCount() {
        return incomplete().size() + older.incomplete();
    }

    boolean holds(String runId) {
        return run(runId).isPresent();
    }

    Optional<RunEntry> run(String runId) {
        for (RunEntry r : runs) {
            if (r.runId().equals(runId)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** What the runs cost, start to end, summed over runs. */
    Totals totals() {
        Totals sum = older.totals();
        for (RunEntry r : runs) {
            sum = sum.plus(r.totals());
        }
        return sum;
    }

    /** What the runs logged in steps. */
    Totals steps() {
        Totals sum = older.steps();
        for (RunEntry r : runs) {
            sum = sum.plus(r.steps());
        }
        return sum;
    }

    Optional<Instant> start() {
        Instant first = older.start().orElse(Instant.MAX);
        for (RunEntry r : runs) {
            first = r.record().run().start().isBefore(first) ? r.record().run().start() : first;
        }
        return runs.isEmpty() && older.start().isEmpty() ? Optional.empty() : Optional.of(first);
    }

    Optional<Instant> end() {
        Instant last = older.end().orElse(Instant.MIN);
        for (RunEntry r : runs) {
            last = r.end().isAfter(last) ? r.end() : last;
        }
        return runs.isEmpty() && older.end().isEmpty() ? Optional.empty() : Optional.of(last);
    }

    /** The listed runs whose reports are not complete. */
    List<RunEntry> incomplete() {
        List<RunEntry> incomplete = new ArrayList<>();
        for (RunEntry r : runs) {
            if (!r.complete()) {
                incomplete.add(r);
            }
        }
        return List.copyOf(incomplete);
    }
}
