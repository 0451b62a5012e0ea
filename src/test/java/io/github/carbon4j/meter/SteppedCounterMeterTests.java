package io.github.carbon4j.meter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.carbon4j.Component;
import io.github.carbon4j.Energy;
import io.github.carbon4j.MeasurementMethod;
import io.github.carbon4j.MockClock;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SteppedCounterMeterTests extends EnergyMeterContractTests {

    private final MockClock clock = new MockClock();
    private volatile double counter;

    @Override
    protected EnergyMeter createMeter() {
        return new SteppedCounterMeter(
                EnergyMeters.of(
                        Component.CPU, MeasurementMethod.measured("test counter", ""), () -> Energy.ofJoules(counter)),
                clock);
    }

    @Override
    protected Component expectedComponent() {
        return Component.CPU;
    }

    @Override
    protected void advance() {
        clock.add(1, TimeUnit.MILLISECONDS);
        counter += 0.05;
    }

    @Test
    void betweenUpdatesItGoesOnAtTheLatestPowerForAtMostOneUpdatesTime() {
        EnergyMeter meter = meter();
        clock.add(1, TimeUnit.MILLISECONDS);
        counter = 0.05;
        assertThat(meter.read().joules()).isCloseTo(0.05, within(1e-12));
        // 50 W, the counter silent: 100 µs later 5 mJ more, and never more than one update's worth.
        clock.add(100, TimeUnit.MICROSECONDS);
        assertThat(meter.read().joules()).isCloseTo(0.055, within(1e-12));
        clock.add(5, TimeUnit.MILLISECONDS);
        assertThat(meter.read().joules()).isCloseTo(0.1, within(1e-12));
    }

    @Test
    void aReadingThatRanAheadWaitsForTheCounter() {
        EnergyMeter meter = meter();
        clock.add(1, TimeUnit.MILLISECONDS);
        counter = 0.05;
        meter.read();
        clock.add(900, TimeUnit.MICROSECONDS);
        assertThat(meter.read().joules()).isCloseTo(0.095, within(1e-12));
        // The power dropped: the counter moved by less than the reading had gone ahead.
        clock.add(100, TimeUnit.MICROSECONDS);
        counter = 0.06;
        assertThat(meter.read().joules()).isCloseTo(0.095, within(1e-12));
        clock.add(10, TimeUnit.MILLISECONDS);
        counter = 0.2;
        assertThat(meter.read().joules()).isCloseTo(0.2, within(1e-12));
    }

    @Test
    void aMoveIsTakenEvenWithoutTimePassing() {
        EnergyMeter meter = meter();
        counter = 7;
        assertThat(meter.read().joules()).isEqualTo(7);
    }
}
