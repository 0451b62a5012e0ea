package io.github.carbon4j.report;

import io.github.carbon4j.CarbonMetrics;
import io.github.carbon4j.Component;

/**
 * Sums over a set of steps. Immutable.
 *
 * @param steps how many steps
 * @param loggedSeconds the sum of their durations, s
 * @param cpuJoules CPU energy without PUE, J
 * @param gpuJoules GPU energy without PUE, J
 * @param ramJoules RAM energy without PUE, J
 * @param energyJoules energy consumed with PUE, J
 * @param emissionsGrams emissions, gCO2eq
 * @param overlappedSteps steps that shared the machine with another open span
 */
record Totals(long steps, double loggedSeconds, double cpuJoules, double gpuJoules, double ramJoules,
        double energyJoules, double emissionsGrams, long overlappedSteps) {

    static final Totals ZERO = new Totals(0, 0, 0, 0, 0, 0, 0, 0);

    static Totals of(Iterable<StepRow> rows) {
        Totals t = ZERO;
        for (StepRow row : rows) {
            t = t.plus(row.metrics());
        }
        return t;
    }

    Totals plus(CarbonMetrics m) {
        return new Totals(steps + 1, loggedSeconds + m.duration().toNanos() / 1e9,
                cpuJoules + m.cpuEnergy().joules(), gpuJoules + m.gpuEnergy().joules(),
                ramJoules + m.ramEnergy().joules(), energyJoules + m.energyConsumed().joules(),
                emissionsGrams + m.emissions().grams(), overlappedSteps + (m.overlapped() ? 1 : 0));
    }

    double joules(Component component) {
        return switch (component) {
            case CPU -> cpuJoules;
            case GPU -> gpuJoules;
            case RAM -> ramJoules;
        };
    }

    /** Emissions over logged time; zero when nothing was logged. */
    double meanRateGramsPerSecond() {
        return loggedSeconds > 0 ? emissionsGrams / loggedSeconds : 0;
    }
}
