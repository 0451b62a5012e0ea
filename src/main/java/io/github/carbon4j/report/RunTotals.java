package io.github.carbon4j.report;

import io.github.carbon4j.CarbonMetrics;
import io.github.carbon4j.Component;

/**
 * What a whole run cost, from its start to its end: read from the meters at start and at close
 * when {@code measured}, otherwise (a run killed before close, or meters that failed at close) the
 * sums of its logged steps over the time from start to its last step. Immutable.
 *
 * @param seconds the run's time, s
 * @param cpuJoules CPU energy without PUE, J
 * @param gpuJoules GPU energy without PUE, J
 * @param ramJoules RAM energy without PUE, J
 * @param energyJoules energy consumed with PUE, J
 * @param emissionsGrams emissions, gCO2eq
 * @param measured true when read from the meters over the whole run
 * @param embodiedGrams embodied emissions charged to the run, gCO2eq
 */
record RunTotals(double seconds, double cpuJoules, double gpuJoules, double ramJoules, double energyJoules,
        double emissionsGrams, boolean measured, double embodiedGrams) {

    static final RunTotals ZERO = new RunTotals(0, 0, 0, 0, 0, 0, true, 0);

    /** The whole run as the logger measured it at close. */
    static RunTotals measured(CarbonMetrics run) {
        return new RunTotals(run.duration().toNanos() / 1e9, run.cpuEnergy().joules(), run.gpuEnergy().joules(),
                run.ramEnergy().joules(), run.energyConsumed().joules(), run.emissions().grams(), true,
                run.embodiedEmissions().grams());
    }

    /** The best that logged steps can say: their sums over the time from start to the last step. */
    static RunTotals fromSteps(Totals steps, double seconds) {
        return new RunTotals(seconds, steps.cpuJoules(), steps.gpuJoules(), steps.ramJoules(), steps.energyJoules(),
                steps.emissionsGrams(), false, steps.embodiedGrams());
    }

    RunTotals plus(RunTotals o) {
        return new RunTotals(seconds + o.seconds, cpuJoules + o.cpuJoules, gpuJoules + o.gpuJoules,
                ramJoules + o.ramJoules, energyJoules + o.energyJoules, emissionsGrams + o.emissionsGrams,
                measured && o.measured, embodiedGrams + o.embodiedGrams);
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

    /** Emissions over the run's time; zero for an empty run. */
    double emissionsRateGramsPerSecond() {
        return seconds > 0 ? emissionsGrams / seconds : 0;
    }

    boolean finite() {
        return Double.isFinite(seconds + cpuJoules + gpuJoules + ramJoules + energyJoules + emissionsGrams + embodiedGrams);
    }
}
