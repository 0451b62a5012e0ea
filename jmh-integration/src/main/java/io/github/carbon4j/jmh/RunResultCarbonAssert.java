package io.github.carbon4j.jmh;

import io.github.carbon4j.Emissions;
import io.github.carbon4j.Energy;
import io.github.carbon4j.Limit;
import java.util.Map;
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
     * @return this assertion
     * @throws IllegalArgumentException when the limit is not an energy
     */
    public RunResultCarbonAssert hasEnergyPerOpAtMost(String limit) {
        return atMost(CarbonLabels.ENERGY_PER_OP, Limit.energy(limit), Energy::ofJoules);
    }

    /**
     * Verifies that the benchmark emitted at most the given CO2 equivalent per operation
     * ({@code carbon.emissions.norm}, or {@code carbon.co2e.norm} from a profiler before 0.3).
     *
     * @param limit e.g. {@code "1 µg"}, {@code "0.5 mgCO2eq"}
     * @return this assertion
     * @throws IllegalArgumentException when the limit is not a mass
     */
    public RunResultCarbonAssert hasEmissionsPerOpAtMost(String limit) {
        return atMost(CarbonLabels.EMISSIONS_PER_OP, Limit.emissions(limit), Emissions::ofGrams);
    }

    /**
     * Verifies that the benchmark's SCI per operation ({@code carbon.sci.norm}: operational plus
     * embodied emissions) was at most the limit.
     *
     * @param limit e.g. {@code "2 µg"}
     * @return this assertion
     * @throws IllegalArgumentException when the limit is not a mass
     * @since 0.2
     */
    public RunResultCarbonAssert hasSciPerOpAtMost(String limit) {
        return atMost(CarbonLabels.SCI_PER_OP, Limit.sci(limit), Emissions::ofGrams);
    }

    private <Q extends Comparable<Q>> RunResultCarbonAssert atMost(
            String label, Limit<Q> limit, DoubleFunction<Q> quantity) {
        isNotNull();
        String benchmark = BenchmarkNames.of(actual.getParams());
        String what = limit.figure();
        Q limitText = limit.limit();
        Result<?> result = result(label);
        if (result == null) {
            failWithMessage(
                    "Expected %s to have %s per operation of at most %s, but its results have no %s:"
                            + " add the carbon profiler (addProfiler(CarbonProfiler.class))",
                    benchmark, what, limitText, label);
        } else if (!Double.isFinite(result.getScore())) {
            failWithMessage(
                    "Expected %s to have %s per operation of at most %s, but the carbon profiler could not"
                            + " measure it (%s is %s; the benchmark's output says why)",
                    benchmark, what, limitText, label, result.getScore());
        } else {
            // The unit comes from the result, so results of a profiler with other units compare alike.
            Q figure = quantity.apply(result.getScore() * ResultUnits.factorFor(label, result.getScoreUnit()));
            if (!limit.admits(figure)) {
                failWithMessage(
                        "Expected %s to have %s per operation of at most %s, but it was %s per operation (%s)",
                        benchmark, what, limitText, figure, label);
            }
        }
        return this;
    }

    /** The result under the label, or under the label it had before 0.3. */
    private Result<?> result(String label) {
        Result<?> result = actual.getSecondaryResults().get(label);
        for (Map.Entry<String, String> old : CarbonLabels.LEGACY.entrySet()) {
            if (result == null && old.getValue().equals(label)) {
                result = actual.getSecondaryResults().get(old.getKey());
            }
        }
        return result;
    }
}
