package io.github.carbon4j.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.carbon4j.CarbonIntensity;
import io.github.carbon4j.CarbonMetrics;
import io.github.carbon4j.Component;
import io.github.carbon4j.ComponentEnergies;
import io.github.carbon4j.Context;
import io.github.carbon4j.Energy;
import io.github.carbon4j.MeasurementMethod;
import io.github.carbon4j.Scope;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.ScalarResult;
import org.openjdk.jmh.util.ScoreFormatter;

/** The result labels and units are a public contract: scripts, budgets and dashboards read them. */
class CarbonLabelsTests {

    @Test
    void labelsArePinned() {
        assertThat(CarbonLabels.ALL)
                .containsExactly(
                        "carbon.energy",
                        "carbon.energy.norm",
                        "carbon.emissions",
                        "carbon.emissions.norm",
                        "carbon.emissions.rate",
                        "carbon.power.cpu",
                        "carbon.power.gpu",
                        "carbon.power.ram",
                        "carbon.embodied",
                        "carbon.embodied.norm",
                        "carbon.sci",
                        "carbon.sci.norm");
    }

    @Test
    void theLabelsBefore0Point3AreReadAsToday() {
        assertThat(CarbonLabels.LEGACY)
                .containsOnly(
                        Map.entry("carbon.co2e", "carbon.emissions"),
                        Map.entry("carbon.co2e.norm", "carbon.emissions.norm"),
                        Map.entry("carbon.co2e.rate", "carbon.emissions.rate"));
        assertThat(CarbonLabels.current("carbon.co2e.norm")).isEqualTo(CarbonLabels.EMISSIONS_PER_OP);
        assertThat(CarbonLabels.current("carbon.energy.norm")).isEqualTo(CarbonLabels.ENERGY_PER_OP);
    }

    @Test
    void unitsArePinned() {
        assertThat(new String[] {
                    CarbonLabels.JOULES,
                    CarbonLabels.JOULES_PER_OP,
                    CarbonLabels.GRAMS,
                    CarbonLabels.GRAMS_PER_OP,
                    CarbonLabels.GRAMS_PER_SECOND,
                    CarbonLabels.WATTS
                })
                .containsExactly("J", "J/op", "g", "g/op", "g/s", "W");
        assertThat(new String[] {
                    CarbonLabels.MICROJOULES_PER_OP,
                    CarbonLabels.MICROGRAMS,
                    CarbonLabels.PICOGRAMS_PER_OP,
                    CarbonLabels.MICROGRAMS_PER_SECOND
                })
                .containsExactly("µJ/op", "µg", "pg/op", "µg/s");
    }

    @Test
    void noFigureOfAnOperationFrom10NanosecondsTo10SecondsAt1To500WattsPrintsBelowTheTablesThreeDecimals() {
        // JMH's table prints "≈ 10⁻ⁿ" for figures its three decimals cannot show; iterations last at least 100 ms.
        for (double opSeconds : new double[] {1e-8, 10}) {
            for (double watts : new double[] {1, 500}) {
                for (double intensity : new double[] {20, 1000}) {
                    double iterationSeconds = Math.max(opSeconds, 0.1);
                    long ops = Math.round(iterationSeconds / opSeconds);
                    Energy energy = Energy.ofJoules(watts * iterationSeconds);
                    CarbonMetrics metrics = CarbonMetrics.of(
                            Context.of("op"),
                            0,
                            Instant.EPOCH,
                            Duration.ofNanos((long) (iterationSeconds * 1e9)),
                            ComponentEnergies.builder()
                                    .put(Component.CPU, energy, MeasurementMethod.NONE)
                                    .build(),
                            CarbonIntensity.ofGramsPerKilowattHour(intensity),
                            "test",
                            1,
                            Scope.MACHINE,
                            false,
                            // A rack server's 1000 kg over 4 years, a quarter of it reserved.
                            io.github.carbon4j.Emissions.ofGrams(1e6 * iterationSeconds / (4 * 365.25 * 86_400) / 4));
                    for (ScalarResult result : IterationResults.of(metrics, ops)) {
                        if (!List.of(CarbonLabels.POWER_GPU, CarbonLabels.POWER_RAM)
                                .contains(result.getLabel())) {
                            assertThat(ScoreFormatter.format(result.getScore()))
                                    .as("%s at %s s/op, %s W, %s g/kWh", result.getLabel(), opSeconds, watts, intensity)
                                    .doesNotContain("≈");
                        }
                    }
                }
            }
        }
    }
}
