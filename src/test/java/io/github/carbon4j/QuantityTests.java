package io.github.carbon4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityTests {

    @ParameterizedTest
    @CsvSource({
        "20 J, 20",
        "1.5 kJ, 1500",
        "2 MJ, 2000000",
        "2 Wh, 7200",
        "0.1 kWh, 360000",
        "3 mJ, 0.003",
        "20J, 20",
        "' 7e2 J ', 700",
        ".5 kJ, 500"
    })
    void parsesEnergy(String text, double joules) {
        assertThat(Energy.parse(text).joules()).isCloseTo(joules, within(1e-9 * Math.max(1, joules)));
    }

    @ParameterizedTest
    @CsvSource({
        "5 mg, 0.005",
        "0.5 g, 0.5",
        "1 kg, 1000",
        "2 t, 2000000",
        "300 ng, 0.0000003",
        "7 µg, 0.000007",
        "7 ug, 0.000007",
        "0.5 gCO2eq, 0.5",
        "5 mgCO2e, 0.005",
        "1 kgCO2eq, 1000"
    })
    void parsesEmissions(String text, double grams) {
        assertThat(Emissions.parse(text).grams()).isCloseTo(grams, within(1e-12 + 1e-9 * grams));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "5", "five J", "5 joules", "-3 J", "5 mg", "5 j", "NaN J", "1 kWhh", "1e400 J"})
    void rejectsMalformedEnergyQuotingTheInput(String text) {
        assertThatThrownBy(() -> Energy.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"" + text + "\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"5", "5 J", "5 CO2eq", "5 Mg", "5 lb", "-1 g", "1e306 t"})
    void rejectsMalformedEmissionsQuotingTheInput(String text) {
        assertThatThrownBy(() -> Emissions.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"" + text + "\"");
    }

    @Test
    void rejectsNegativeAndNonFiniteValues() {
        assertThatThrownBy(() -> Energy.ofJoules(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Power.ofWatts(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Emissions.ofGrams(Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CarbonIntensity.ofGramsPerKilowattHour(-475))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void convertsBetweenDimensions() {
        Energy energy = Power.ofWatts(100).over(Duration.ofMillis(1500));
        assertThat(energy.joules()).isEqualTo(150);
        assertThat(energy.per(Duration.ofSeconds(3)).watts()).isEqualTo(50);
        assertThat(Energy.ofKilowattHours(1).joules()).isEqualTo(3.6e6);
        Emissions emissions = CarbonIntensity.ofGramsPerKilowattHour(500).emissionsFor(Energy.ofJoules(3.6e6));
        assertThat(emissions.grams()).isEqualTo(500);
        assertThat(emissions.per(Duration.ofSeconds(10)).gramsPerSecond()).isEqualTo(50);
    }

    @Test
    void emptyDurationsGiveZeroRatesNotNaN() {
        assertThat(Energy.ofJoules(5).per(Duration.ZERO)).isEqualTo(Power.ZERO);
        assertThat(Emissions.ofGrams(5).per(Duration.ZERO)).isEqualTo(EmissionsRate.ZERO);
    }

    @Test
    void printsWithUnits() {
        assertThat(Energy.ofJoules(12.5)).hasToString("12.5 J");
        assertThat(Energy.ofJoules(61000)).hasToString("61 kJ");
        assertThat(Energy.ofJoules(0.0042)).hasToString("4.2 mJ");
        assertThat(Power.ofWatts(85)).hasToString("85 W");
        assertThat(Emissions.ofGrams(0.0072)).hasToString("7.2 mgCO2eq");
        assertThat(Emissions.ofGrams(0)).hasToString("0 gCO2eq");
        assertThat(CarbonIntensity.ofGramsPerKilowattHour(56.039)).hasToString("56.04 g/kWh");
    }

    @Test
    void contextsNeedAName() {
        assertThat(Context.of("eval")).isEqualTo(new Context("eval"));
        assertThat(Context.TRAINING.name()).isEqualTo("Training");
        assertThatThrownBy(() -> Context.of(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void wholeNumbersReadAsBigDecimalWritesThemWithoutLoadingIt() {
        for (double value = -20_000; value <= 20_000; value += 1) {
            String expected = new java.math.BigDecimal(value)
                    .round(new java.math.MathContext(4))
                    .stripTrailingZeros()
                    .toPlainString();
            assertThat(Quantities.plain(value)).as("%s", value).isEqualTo(expected);
        }
        assertThat(Quantities.plain(-0.0)).isEqualTo("0");
        assertThat(Quantities.plain(12.5)).isEqualTo("12.5");
        assertThat(Quantities.plain(123456.0)).isEqualTo("123500");
    }
}
