package io.github.carbon4j.meter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.carbon4j.Component;
import io.github.carbon4j.MockClock;
import io.github.carbon4j.Power;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FixedPowerMeterTests extends EnergyMeterContractTests {

    private final MockClock clock = new MockClock();

    @Override
    protected EnergyMeter createMeter() {
        return EnergyMeters.fixed(Component.RAM, Power.ofWatts(10), clock);
    }

    @Override
    protected Component expectedComponent() {
        return Component.RAM;
    }

    @Override
    protected void advance() {
        clock.add(Duration.ofMillis(250));
    }

    @Test
    void integratesThePowerOverTheClock() {
        EnergyMeter meter = meter();
        clock.add(Duration.ofMillis(1500));
        assertThat(meter.read().joules()).isCloseTo(15, within(1e-9));
        assertThat(meter.method().describe(Component.RAM)).isEqualTo("ram configured as fixed power");
    }
}
