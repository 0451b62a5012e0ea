package io.github.carbon4j.jmh;

import io.github.carbon4j.CarbonMetrics;
import java.util.List;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.ScalarResult;

/** Maps one iteration's metrics to JMH secondary results. Pure functions. */
final class IterationResults {

    private IterationResults() {}

    /**
     * The twelve results of an iteration.
     *
     * @param operations the iteration's operation count over all threads; per-op figures are NaN
     *     when it is not positive, since no operation means no meaningful share
     */
    static List<ScalarResult> of(CarbonMetrics metrics, long operations) {
        double joules = metrics.energyConsumed().joules();
        double grams = metrics.emissions().grams();
        double embodied = metrics.embodiedEmissions().grams();
        double sci = metrics.sci().grams();
        return results(
                joules,
                perOp(joules, operations),
                grams,
                perOp(grams, operations),
                metrics.emissionsRate().gramsPerSecond(),
                metrics.cpuPower().watts(),
                metrics.gpuPower().watts(),
                metrics.ramPower().watts(),
                embodied,
                perOp(embodied, operations),
                sci,
                perOp(sci, operations));
    }

    /**
     * The results of an iteration the profiler could not measure: every figure NaN, so the table
     * shows it was not measured instead of a believable zero.
     */
    static List<ScalarResult> unavailable() {
        double nan = Double.NaN;
        return results(nan, nan, nan, nan, nan, nan, nan, nan, nan, nan, nan, nan);
    }

    private static double perOp(double value, long operations) {
        return operations > 0 ? value / operations : Double.NaN;
    }

    private static List<ScalarResult> results(
            double joules,
            double joulesPerOp,
            double grams,
            double gramsPerOp,
            double gramsPerSecond,
            double cpuWatts,
            double gpuWatts,
            double ramWatts,
            double embodied,
            double embodiedPerOp,
            double sci,
            double sciPerOp) {
        return List.of(
                new ScalarResult(CarbonLabels.ENERGY, joules, CarbonLabels.JOULES, AggregationPolicy.SUM),
                new ScalarResult(
                        CarbonLabels.ENERGY_PER_OP,
                        joulesPerOp * 1e6,
                        CarbonLabels.MICROJOULES_PER_OP,
                        AggregationPolicy.AVG),
                new ScalarResult(CarbonLabels.EMISSIONS, grams * 1e6, CarbonLabels.MICROGRAMS, AggregationPolicy.SUM),
                new ScalarResult(
                        CarbonLabels.EMISSIONS_PER_OP,
                        gramsPerOp * 1e12,
                        CarbonLabels.PICOGRAMS_PER_OP,
                        AggregationPolicy.AVG),
                new ScalarResult(
                        CarbonLabels.EMISSIONS_RATE,
                        gramsPerSecond * 1e6,
                        CarbonLabels.MICROGRAMS_PER_SECOND,
                        AggregationPolicy.AVG),
                new ScalarResult(CarbonLabels.POWER_CPU, cpuWatts, CarbonLabels.WATTS, AggregationPolicy.AVG),
                new ScalarResult(CarbonLabels.POWER_GPU, gpuWatts, CarbonLabels.WATTS, AggregationPolicy.AVG),
                new ScalarResult(CarbonLabels.POWER_RAM, ramWatts, CarbonLabels.WATTS, AggregationPolicy.AVG),
                // Embodied and SCI in the units of CO2eq above, so that the table reads them side by side.
                new ScalarResult(CarbonLabels.EMBODIED, embodied * 1e6, CarbonLabels.MICROGRAMS, AggregationPolicy.SUM),
                new ScalarResult(
                        CarbonLabels.EMBODIED_PER_OP,
                        embodiedPerOp * 1e12,
                        CarbonLabels.PICOGRAMS_PER_OP,
                        AggregationPolicy.AVG),
                new ScalarResult(CarbonLabels.SCI, sci * 1e6, CarbonLabels.MICROGRAMS, AggregationPolicy.SUM),
                new ScalarResult(
                        CarbonLabels.SCI_PER_OP,
                        sciPerOp * 1e12,
                        CarbonLabels.PICOGRAMS_PER_OP,
                        AggregationPolicy.AVG));
    }
}
