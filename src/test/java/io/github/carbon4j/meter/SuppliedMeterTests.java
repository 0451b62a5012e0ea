package io.github.carbon4j.meter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.carbon4j.Component;
import io.github.carbon4j.Energy;
import io.github.carbon4j.MeasurementMethod;
import org.junit.jupiter.api.Test;

class SuppliedMeterTests extends EnergyMeterContractTests {

    private double joules;

    @Override
    protected EnergyMeter createMeter() {
        return EnergyMeters.of(
                Component.CPU, MeasurementMethod.measured("smart plug", ""), () -> Energy.ofJoules(joules));
    }

    @Override
    protected Component expectedComponent() {
        return Component.CPU;
    }

    @Override
    protected void advance() {
        joules += 2.5;
    }

    @Test
    void readsTheSupplierAndNeverGoesBelowItsHighestReading() {
        EnergyMeter meter = meter();
        joules = 10;
        assertThat(meter.read()).isEqualTo(Energy.ofJoules(10));
        joules = 4;
        assertThat(meter.read()).isEqualTo(Energy.ofJoules(10));
        joules = 12;
        assertThat(meter.read()).isEqualTo(Energy.ofJoules(12));
        assertThat(meter.method().describe(Component.CPU)).isEqualTo("cpu measured by smart plug");
    }

    @Test
    void whatTheSupplierThrowsReachesTheCaller() {
        EnergyMeter meter = EnergyMeters.of(Component.RAM, MeasurementMethod.measured("pdu", ""), () -> {
            throw new IllegalStateException("sensor vanished");
        });
        assertThatThrownBy(meter::read).hasMessage("sensor vanished");
    }
}
