package io.github.carbon4j.report;

import io.github.carbon4j.Component;

/**
 * Sums over a set of logged steps. Steps may overlap (spans of parallel tests) and leave time
 * between them uncounted, so these are what was logged, not what the run cost: that is
 * {@link RunTotals}. Immutable.
 *
 * @param steps how many steps
 * @param loggedSeconds the sum of their durations, s
 * @param cpuJoules CPU energy without PUE, J
 * @param gpuJoules GPU energy without PUE, J
 * @param ramJoules RAM energy without PUE, J
 * @param energyJoules energy consumed with PUE, J
 * @param emissionsGrams emissions, gCO2eq
 * @param overlappedSteps steps that shared the machine with another open span
 * @param overlappedSeconds the sum of those steps' durations, s
 * @param embodiedGrams embodied emissions charged to the steps, gCO2eq
 */
record Totals(long steps, double loggedSeconds, double cpuJoules, double gpuJoules, double ramJoules,
        double energyJoules, double emissionsGrams, long overlappedSteps, double overlappedSeconds,
        double embodiedGrams) {

    static final Totals ZERO = new Totals(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    Totals plus(Totals o) {
        return new Totals(steps + o.steps, loggedSeconds + o.loggedSeconds, cpuJoules + o.cpuJoules,
                gpuJoules + o.gpuJoules, ramJoules + o.ramJoules, energyJoules + o.energyJoules,
                emissionsGrams + o.emissionsGrams, overlappedSteps + o.overlappedSteps,
                overlappedSeconds + o.overlappedSeconds, embodiedGrams + o.embodiedGrams);
    }

    /** Operational plus embodied emissions, gCO2eq. */
    double sciGrams() {
        return emissionsGrams + embodiedGrams;
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

    /** True when every sum is a finite number: enough rows of huge values can overflow a sum. */
    boolean finite() {
        return Double.isFinite(loggedSeconds + cpuJoules + gpuJoules + ramJoules + energyJoules + emissionsGrams
                + overlappedSeconds + embodiedGrams);
    }
}
