package io.github.carbon4j.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.carbon4j.Emissions;
import io.github.carbon4j.Energy;
import org.junit.jupiter.api.Test;

/** The one unit table: the records, the charts and the JMH readers parse and print through it alike. */
class UnitsTests {

    @Test
    void parsesFiguresWithAnyUnitOfTheirDimension() {
        assertThat(Units.parse("50 J", "energy", Units.ENERGY)).isEqualTo(50);
        assertThat(Units.parse("1 kWh", "energy", Units.ENERGY)).isEqualTo(3.6e6);
        assertThat(Units.parse("5 mgCO2eq", "emissions", Units.MASS)).isCloseTo(5e-3, within(1e-15));
        assertThat(Units.parse("2uJ", "energy", Units.ENERGY)).isCloseTo(2e-6, within(1e-18));
        assertThatThrownBy(() -> Units.parse("5 mW", "energy", Units.ENERGY))
                .hasMessageContaining("\"5 mW\"")
                .hasMessageContaining("[kWh, MJ, Wh, kJ, J, mJ, µJ, nJ]");
    }

    @Test
    void printsInTheLargestUnitReachedNeverWattHours() {
        assertThat(Units.format(7200, Units.ENERGY)).isEqualTo("7.2 kJ");
        assertThat(Units.format(4e6, Units.ENERGY)).isEqualTo("4 MJ");
        assertThat(Units.format(0, Units.MASS)).isEqualTo("0 g");
        assertThat(Units.format(1e-12, Units.MASS)).isEqualTo("0.001 ng");
        assertThat(Units.pick(90, Units.TIME).symbol()).isEqualTo("min");
    }

    @Test
    void theRecordsPrintAsTheTableDoes() {
        assertThat(Energy.ofJoules(7200)).hasToString(Units.format(7200, Units.ENERGY));
        assertThat(Emissions.ofGrams(0.0072)).hasToString(Units.format(0.0072, Units.MASS) + "CO2eq");
    }

    @Test
    void jmhResultUnitsGiveTheirFactor() {
        assertThat(Units.factor("µJ/op", "J", "/op")).isEqualTo(1e-6);
        assertThat(Units.factor("pg/op", "g", "/op")).isEqualTo(1e-12);
        assertThat(Units.factor("μg/s", "g", "/s")).isEqualTo(1e-6);
        assertThat(Units.factor("W", "W", "")).isEqualTo(1);
        assertThatThrownBy(() -> Units.factor("J/op", "g", "/op")).hasMessage("unit \"J/op\" is not a unit of g/op");
    }
}
