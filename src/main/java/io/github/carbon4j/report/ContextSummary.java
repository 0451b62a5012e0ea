package io.github.carbon4j.report;

import io.github.carbon4j.internal.Totals;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One context's steps, summed and drawn in at most {@link #MAX_BARS} bars of consecutive steps, so a
 * summary stays small whatever the number of steps. Immutable.
 *
 * @param name the context's name
 * @param totals the sums of its steps
 * @param start when its first step began
 * @param end when its last step ended
 * @param bars its steps in the order they were logged, grouped
 */
record ContextSummary(String name, Totals totals, Instant start, Instant end, List<Bar> bars) {

    static final int MAX_BARS = 200;

    /**
     * The bars each context keeps in a summary of so many contexts: as many as the page can draw for it ({@link
     * ContextCharts#pointsPerContext} of the contexts it shows), at most {@link #MAX_BARS}. A directory of many
     * contexts, a test suite's classes, then keeps a few dozen bars each, not {@link #MAX_BARS}: every closing run
     * reads and writes them all, and with 30 contexts of 200 bars that was most of the 0.35 s a close took there.
     */
    static int barsPerContext(int contexts) {
        return ContextCharts.pointsPerContext(Math.min(contexts, ContextCharts.MAX_CONTEXTS));
    }

    ContextSummary {
        bars = List.copyOf(bars);
    }

    /**
     * Consecutive steps of a context. Energies include PUE, as the charts show them.
     *
     * @param firstStep the first step's number
     * @param lastStep the last step's number
     * @param steps how many steps
     * @param cpuJoules CPU energy with PUE, J
     * @param gpuJoules GPU energy with PUE, J
     * @param ramJoules RAM energy with PUE, J
     * @param emissionsGrams emissions, gCO2eq
     * @param seconds the steps' durations summed, s
     */
    record Bar(
            long firstStep,
            long lastStep,
            long steps,
            double cpuJoules,
            double gpuJoules,
            double ramJoules,
            double emissionsGrams,
            double seconds) {

        Bar plus(Bar next) {
            return new Bar(
                    firstStep,
                    next.lastStep,
                    steps + next.steps,
                    cpuJoules + next.cpuJoules,
                    gpuJoules + next.gpuJoules,
                    ramJoules + next.ramJoules,
                    emissionsGrams + next.emissionsGrams,
                    seconds + next.seconds);
        }

        /** This bar with one more step, as {@code plus} of a one-step bar would give, without building that bar. */
        Bar plus(long step, double cpu, double gpu, double ram, double grams, double stepSeconds) {
            return new Bar(
                    firstStep,
                    step,
                    steps + 1,
                    cpuJoules + cpu,
                    gpuJoules + gpu,
                    ramJoules + ram,
                    emissionsGrams + grams,
                    seconds + stepSeconds);
        }

        double energyJoules() {
            return cpuJoules + gpuJoules + ramJoules;
        }

        String label() {
            return steps == 1 ? Long.toString(firstStep) : firstStep + "–" + lastStep;
        }
    }

    /** This context followed by the same context of a later run. */
    ContextSummary merge(ContextSummary later) {
        List<Bar> all = new ArrayList<>(bars);
        all.addAll(later.bars);
        return new ContextSummary(
                name,
                totals.plus(later.totals),
                start.isBefore(later.start) ? start : later.start,
                end.isAfter(later.end) ? end : later.end,
                compact(all, MAX_BARS));
    }

    /** Merges neighbours pairwise until at most {@code max} bars are left. */
    static List<Bar> compact(List<Bar> bars, int max) {
        List<Bar> result = bars;
        while (result.size() > max) {
            List<Bar> halved = new ArrayList<>((result.size() + 1) / 2);
            for (int i = 0; i < result.size(); i += 2) {
                halved.add(i + 1 < result.size() ? result.get(i).plus(result.get(i + 1)) : result.get(i));
            }
            result = halved;
        }
        return result;
    }

    /** How many steps a bar holds when they all hold the same (the last may hold fewer), else 0. */
    long stepsPerBar() {
        long size = bars.isEmpty() ? 1 : bars.get(0).steps();
        for (int i = 1; i < bars.size(); i++) {
            long s = bars.get(i).steps();
            if (s != size && !(i == bars.size() - 1 && s < size)) {
                return 0;
            }
        }
        return size;
    }
}
