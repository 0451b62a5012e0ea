package io.github.carbon4j.meter;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.carbon4j.Component;
import io.github.carbon4j.Energy;
import io.github.carbon4j.MeasurementMethod;
import org.junit.jupiter.api.Test;

class NoMeterTests extends EnergyMeterContractTests {

    @Override
    protected EnergyMeter createMeter() {
        return EnergyMeters.none(Component.GPU);
    }

    @Override
    protected Component expectedComponent() {
        return Component.GPU;
    }

    @Override
    protected void advance() {}

    @Override
    protected boolean countsEnergy() {
        return false;
    }

    @Test
    void isZeroAndSaysSo() {
        EnergyMeter meter = meter();
        assertThat(meter.read()).isEqualTo(Energy.ZERO);
        assertThat(meter.method()).isEqualTo(MeasurementMethod.NONE);
    }
}
