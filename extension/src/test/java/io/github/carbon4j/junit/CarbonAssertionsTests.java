package io.github.carbon4j.junit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.carbon4j.CarbonIntensity;
import io.github.carbon4j.CarbonMetrics;
import io.github.carbon4j.Component;
import io.github.carbon4j.ComponentEnergies;
import io.github.carbon4j.Context;
import io.github.carbon4j.Emissions;
import io.github.carbon4j.Energy;
import io.github.carbon4j.MeasurementMethod;
import io.github.carbon4j.Scope;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CarbonAssertionsTests {

    // 36 J at 1000 g/kWh = 10 mgCO2eq.
    private static final CarbonMetrics METRICS = CarbonMetrics.of(
            Context.of("ParserTests"),
            4,
            Instant.EPOCH,
            Duration.ofSeconds(1),
            ComponentEnergies.builder()
                    .put(Component.CPU, Energy.ofJoules(36), MeasurementMethod.estimated("TDP model", "65 W"))
                    .build(),
            CarbonIntensity.ofGramsPerKilowattHour(1000),
            "fixed by carbon4j.intensity",
            1.0,
            Scope.PROCESS,
            false);

    @Test
    void passesAtOrUnderTheLimit() {
        CarbonAssertions.assertThat(METRICS)
                .hasEmissionsAtMost("10 mg")
                .hasEmissionsAtMost(Emissions.ofGrams(1))
                .hasEnergyAtMost("36 J")
                .hasEnergyAtMost(Energy.ofJoules(100));
    }

    @Test
    void emissionsOverTheLimitShowFigureAndLimit() {
        assertThatThrownBy(() -> CarbonAssertions.assertThat(METRICS).hasEmissionsAtMost("5 mg"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContainingAll(
                        "emissions of ParserTests step 4",
                        "5 mgCO2eq",
                        "but were",
                        "10 mgCO2eq",
                        "cpu estimated by TDP model");
    }

    @Test
    void energyOverTheLimitShowsFigureAndLimit() {
        assertThatThrownBy(() -> CarbonAssertions.assertThat(METRICS).hasEnergyAtMost(Energy.ofJoules(20)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContainingAll("energy of ParserTests step 4", "20 J", "but was", "36 J");
    }

    @Test
    void sciCountsOperationalAndEmbodiedEmissions() {
        // 10 mgCO2eq operational + 4 mgCO2eq embodied = 14 mgCO2eq.
        CarbonMetrics withEmbodied = CarbonMetrics.of(
                METRICS.context(),
                METRICS.step(),
                METRICS.start(),
                METRICS.duration(),
                METRICS.energies(),
                METRICS.intensity(),
                METRICS.intensitySource(),
                1.0,
                Scope.PROCESS,
                false,
                Emissions.parse("4 mg"));
        CarbonAssertions.assertThat(withEmbodied)
                .hasEmissionsAtMost("10 mg")
                .hasSciAtMost("14 mg")
                .hasSciAtMost(Emissions.ofGrams(1));
        assertThatThrownBy(() -> CarbonAssertions.assertThat(withEmbodied).hasSciAtMost("12 mg"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContainingAll(
                        "SCI of ParserTests step 4",
                        "12 mgCO2eq",
                        "but was",
                        "14 mgCO2eq",
                        "10 mgCO2eq operational + 4 mgCO2eq embodied");
        // Without embodied emissions the SCI is the operational figure.
        assertThatThrownBy(() -> CarbonAssertions.assertThat(METRICS).hasSciAtMost("9 mg"))
                .hasMessageContaining("10 mgCO2eq operational + 0 gCO2eq embodied");
    }

    @Test
    void malformedLimitIsRejected() {
        assertThatThrownBy(() -> CarbonAssertions.assertThat(METRICS).hasEnergyAtMost("ten joules"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ten joules");
    }
}
