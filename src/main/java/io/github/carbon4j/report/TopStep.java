package io.github.carbon4j.report;

import io.github.carbon4j.CarbonMetrics;
import java.util.Comparator;

/**
 * One of the steps with the most emissions, as the page lists them. Immutable.
 *
 * @param context its context
 * @param step its step number
 * @param runId its run
 * @param seconds its duration, s
 * @param energyJoules energy consumed with PUE, J
 * @param emissionsGrams emissions, gCO2eq
 * @param name its stable name (a JUnit test's unique id), empty where context and step name it
 * @param displayName its name for people (a JUnit test's display name), empty where it has none
 */
record TopStep(
        String context,
        long step,
        String runId,
        double seconds,
        double energyJoules,
        double emissionsGrams,
        String name,
        String displayName) {

    static final int COUNT = 10;
    /** Most emissions first; ties in a stable order. */
    static final Comparator<TopStep> ORDER = new Order();

    /** A class, not a chain of lambdas: a starting JVM spins a class for each lambda. */
    private static final class Order implements Comparator<TopStep> {
        @Override
        public int compare(TopStep a, TopStep b) {
            int order = Double.compare(-a.emissionsGrams(), -b.emissionsGrams());
            order = order != 0 ? order : a.runId().compareTo(b.runId());
            order = order != 0 ? order : a.context().compareTo(b.context());
            return order != 0 ? order : Long.compare(a.step(), b.step());
        }
    }

    static TopStep of(StepRow row) {
        CarbonMetrics m = row.metrics();
        return new TopStep(
                m.context().name(),
                m.step(),
                row.runId(),
                m.duration().toNanos() / 1e9,
                m.energyConsumed().joules(),
                m.emissions().grams(),
                row.name(),
                row.displayName());
    }

    double emissionsRateGramsPerSecond() {
        return seconds > 0 ? emissionsGrams / seconds : 0;
    }

    /** The name that stays the same from run to run: its own, else {@code context #step}. */
    String stableName() {
        return name.isEmpty() ? StepRow.stableName(context, step) : name;
    }

    /** The name to show people: the display name, else the stable name. */
    String label() {
        return displayName.isEmpty() ? stableName() : displayName;
    }
}
