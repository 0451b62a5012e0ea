package io.github.carbon4j.jmh;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.IterationResultMetaData;
import org.openjdk.jmh.results.ResultRole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.ScalarResult;
import org.openjdk.jmh.results.ThroughputResult;

/** Budgets on RunResults built as JMH builds them: 2 µJ/op and 0.5 ng/op, no profiler, or NaN. */
class JmhCarbonAssertionsTests {

    private static final BenchmarkParams PARAMS = CarbonProfilerTests.benchmark(Map.of("size", "100"));

    @Test
    void withinBudgetPasses() {
        RunResult run = run(List.of(
                perOp(CarbonLabels.ENERGY_PER_OP, 2e-6, "J/op"), perOp(CarbonLabels.EMISSIONS_PER_OP, 0.5e-9, "g/op")));
        assertThatCode(() -> JmhCarbonAssertions.assertThat(run)
                        .hasEnergyPerOpAtMost("2 µJ")
                        .hasEmissionsPerOpAtMost("1 ng"))
                .doesNotThrowAnyException();
    }

    @Test
    void overBudgetNamesBenchmarkFigureAndLimit() {
        RunResult run = run(List.of(
                perOp(CarbonLabels.ENERGY_PER_OP, 2e-6, "J/op"), perOp(CarbonLabels.EMISSIONS_PER_OP, 0.5e-9, "g/op")));
        assertThatThrownBy(() -> JmhCarbonAssertions.assertThat(run).hasEnergyPerOpAtMost("1.5 µJ"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expected org.acme.JoinBench.join(size=100) to have energy per operation of at most 1.5 µJ,"
                        + " but it was 2 µJ per operation (carbon.energy.norm)");
        assertThatThrownBy(() -> JmhCarbonAssertions.assertThat(run).hasEmissionsPerOpAtMost("0.1 ng"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(
                        "at most 0.1 ngCO2eq, but it was 0.5 ngCO2eq per operation (carbon.emissions.norm)");
    }

    @Test
    @SuppressWarnings("deprecation") // the emissions result under its label before 0.3 is still found
    void sciPerOperationIsBudgetedLikeEmissions() {
        RunResult run = run(List.of(
                perOp(CarbonLabels.CO2E_PER_OP, 0.5e-9, "g/op"), perOp(CarbonLabels.SCI_PER_OP, 0.8e-9, "g/op")));
        assertThatCode(() -> JmhCarbonAssertions.assertThat(run)
                        .hasEmissionsPerOpAtMost("0.6 ng")
                        .hasSciPerOpAtMost("0.8 ng"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> JmhCarbonAssertions.assertThat(run).hasSciPerOpAtMost("0.6 ng"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("SCI per operation of at most 0.6 ngCO2eq, but it was 0.8 ngCO2eq per operation"
                        + " (carbon.sci.norm)");
    }

    @Test
    void runWithoutTheProfilerFailsSayingSo() {
        RunResult run = run(List.of());
        assertThatThrownBy(() -> JmhCarbonAssertions.assertThat(run).hasEnergyPerOpAtMost("1 J"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("its results have no carbon.energy.norm")
                .hasMessageContaining("addProfiler(CarbonProfiler.class)");
    }

    @Test
    void unmeasuredRunFailsInsteadOfPassingOnNaN() {
        RunResult run = run(List.of(perOp(CarbonLabels.ENERGY_PER_OP, Double.NaN, "J/op")));
        assertThatThrownBy(() -> JmhCarbonAssertions.assertThat(run).hasEnergyPerOpAtMost("1 J"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("could not measure it (carbon.energy.norm is NaN");
    }

    @Test
    void limitThatIsNotAnEnergyIsRejected() {
        RunResult run = run(List.of());
        assertThatThrownBy(() -> JmhCarbonAssertions.assertThat(run).hasEnergyPerOpAtMost("2 mW"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"2 mW\"");
    }

    private static ScalarResult perOp(String label, double value, String unit) {
        return new ScalarResult(label, value, unit, AggregationPolicy.AVG);
    }

    private static RunResult run(Collection<ScalarResult> secondary) {
        IterationResult iteration =
                new IterationResult(PARAMS, PARAMS.getMeasurement(), new IterationResultMetaData(10, 10));
        iteration.addResult(new ThroughputResult(ResultRole.PRIMARY, "join", 10, 1_000_000_000L, TimeUnit.SECONDS));
        iteration.addResults(secondary);
        return new RunResult(PARAMS, List.of(new BenchmarkResult(PARAMS, List.of(iteration))));
    }
}
