package io.github.carbon4j.jmh;

import io.github.carbon4j.Emissions;
import io.github.carbon4j.Energy;
import java.util.function.DoubleFunction;
import org.assertj.core.api.AbstractAssert;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * Carbon budgets on a {@link RunResult}: the per-operation figures, averaged over the measurement
 * iterations of all forks, against a limit written as people write it ({@code "2 mJ"},
 * {@code "1 µg"}). A run without the profiler, or whose profiler could not measure (NaN), fails the
 * assertion with a message that says so. Not thread-safe, as AssertJ assertions are not.
 *
 * @since 0.1
 */
public final class RunResultCarbonAssert extends AbstractAssert<RunResultCarbonAssert, RunResult> {

    RunResultCarbonAssert(RunResult actual) {
        super(actual, RunResultCarbonAssert.class);
    }

    /**
     * Verifies that the benchmark used at most the given energy per operation ({@code carbon.energy.norm}).
     *
     * @param limit e.g. {@code "2 mJ"}, {@code "150 nJ"}
     * @throws IllegalArgumentException when the limit is not an energy
     */
    public RunResultCarbonAssert hasEnergyPerOpAtMost(String limit) {
        Energy max = Energy.parse(limit);
        return atMost(CarbonLabels.ENERGY_PER_OP, "energy", max.joules(), max.toString(), j -> Energy.ofJoules(j).toString());
    }

    /**
     * Verifies that the benchmark emitted at most the given CO2 equivalent per operation ({@code carbon.co2e.norm}).
     *
     * @param limit e.g. {@code "1 µg"}, {@code "0.5 mgCO2eq"}
     * @throws IllegalArgumentException when the limit is not a mass
     */
    public RunResultCarbonAssert hasEmissionsPerOpAtMost(String limit) {
        Emissions max = Emissions.parse(limit);
        return atMost(CarbonLabels.CO2E_PER_OP, "emissions", max.grams(), max.toString(),
                g -> Emissions.ofGrams(g).toString());
    }

    /**
     * Verifies that the benchmark's SCI per operation ({@code carbon.sci.norm}: operational plus
     * embodied emissions) was at most the limit.
     *
     * @param limit e.g. {@code "2 µg"}
     * @throws IllegalArgumentException when the limit is not a mass
     * @since 0.2
     */
    public RunResultCarbonAssert hasSciPerOpAtMost(String limit) {
        Emissions max = Emissions.parse(limit);
        return atMost(CarbonLabels.SCI_PER_OP, "SCI", max.grams(), max.toString(), g -> Emissions.ofGrams(g).toString());
    }

    private RunResultCarbonAssert atMost(String label, String what, double limit, String limitText,
            DoubleFunction<String> format) {
        isNotNull();
        String benchmark = BenchmarkNames.of(actual.getParams());
        Result<?> result = actual.getSecondaryResults().get(label);
        if (result == null) {
            failWithMessage("Expected %s to have %s per operation of at most %s, but its results have no %s:"
                    + " add the carbon profiler (addProfiler(CarbonProfiler.class))", benchmark, what, limitText, label);
        } else if (!Double.isFinite(result.getScore())) {
            failWithMessage("Expected %s to have %s per operation of at most %s, but the carbon profiler could not"
                    + " measure it (%s is %s; the benchmark's output says why)", benchmark, what, limitText, label,
                    result.getScore());
        } else {
            // The unit comes from the result, so results of a profiler with other units compare alike.
            double score = result.getScore() * ResultUnits.factorFor(label, result.getScoreUnit());
            if (score > limit) {
                failWithMessage("Expected %s to have %s per operation of at most %s, but it was %s per operation (%s)",
                        benchmark, what, limitText, format.apply(score), label);
            }
        }
        return this;
    }
}
