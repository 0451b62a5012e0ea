package io.github.carbon4j.report;

import io.github.carbon4j.internal.Totals;
import java.time.Instant;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The runs of a summary that are no longer listed one by one, kept as sums: a directory's summary
 * lists its newest {@link Summary#LISTED} runs, so its size does not grow with its history.
 * Immutable.
 *
 * @param count how many runs
 * @param incomplete how many of them have incomplete reports
 * @param experiments their experiment names
 * @param start when the first of them started, empty when there are none
 * @param end when the last of them ended, empty when there are none
 * @param totals their totals, start to end
 * @param steps the sums of their steps
 */
record OlderRuns(
        long count,
        long incomplete,
        SortedSet<String> experiments,
        Optional<Instant> start,
        Optional<Instant> end,
        Totals totals,
        Totals steps) {

    static final OlderRuns NONE =
            new OlderRuns(0, 0, new TreeSet<>(), Optional.empty(), Optional.empty(), Totals.ZERO, Totals.ZERO);

    OlderRuns {
        experiments = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(experiments));
    }

    OlderRuns plus(RunEntry run) {
        SortedSet<String> names = new TreeSet<>(experiments);
        names.add(run.record().run().experiment());
        Instant runStart = run.record().run().start();
        return new OlderRuns(
                count + 1,
                incomplete + (run.complete() ? 0 : 1),
                names,
                Optional.of(start.isPresent() && start.get().isBefore(runStart) ? start.get() : runStart),
                Optional.of(end.isPresent() && end.get().isAfter(run.end()) ? end.get() : run.end()),
                totals.plus(run.totals()),
                steps.plus(run.steps()));
    }

    OlderRuns plus(OlderRuns other) {
        if (other.count == 0) {
            return this;
        }
        if (count == 0) {
            return other;
        }
        SortedSet<String> names = new TreeSet<>(experiments);
        names.addAll(other.experiments);
        return new OlderRuns(
                count + other.count,
                incomplete + other.incomplete,
                names,
                Optional.of(start.get().isBefore(other.start.get()) ? start.get() : other.start.get()),
                Optional.of(end.get().isAfter(other.end.get()) ? end.get() : other.end.get()),
                totals.plus(other.totals),
                steps.plus(other.steps));
    }
}
