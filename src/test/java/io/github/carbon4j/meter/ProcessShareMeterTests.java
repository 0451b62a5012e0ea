package io.github.carbon4j.meter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.carbon4j.Component;
import io.github.carbon4j.Energy;
import io.github.carbon4j.MeasurementMethod;
import io.github.carbon4j.MockClock;
import io.github.carbon4j.Power;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProcessShareMeterTests extends EnergyMeterContractTests {

    private final MockClock clock = new MockClock();
    private volatile double share = 0.5;

    @Override
    protected EnergyMeter createMeter() {
        return new ProcessShareMeter(
                EnergyMeters.fixed(Component.CPU, Power.ofWatts(100), clock),
                () -> share,
                clock,
                "process share by test");
    }

    @Override
    protected Component expectedComponent() {
        return Component.CPU;
    }

    @Override
    protected void advance() {
        clock.add(Duration.ofMillis(100));
    }

    @Test
    void addsTheMachinesEnergyTimesTheShareOfEachInterval() {
        EnergyMeter meter = meter();
        clock.add(Duration.ofSeconds(1));
        assertThat(meter.read().joules()).isCloseTo(50, within(1e-9));
        share = 0.25;
        clock.add(Duration.ofSeconds(2));
        assertThat(meter.read().joules()).isCloseTo(100, within(1e-9));
    }

    @Test
    void anUnknownShareKeepsThePreviousOneAndIsWholeAtFirst() {
        share = Double.NaN;
        EnergyMeter meter = meter();
        clock.add(Duration.ofSeconds(1));
        assertThat(meter.read().joules()).isCloseTo(100, within(1e-9));
        share = 0.1;
        clock.add(Duration.ofSeconds(1));
        assertThat(meter.read().joules()).isCloseTo(110, within(1e-9));
        share = Double.NaN;
        clock.add(Duration.ofSeconds(1));
        assertThat(meter.read().joules()).isCloseTo(120, within(1e-9));
    }

    @Test
    void overlappingReadersShareOneCumulativeReading() {
        EnergyMeter meter = meter();
        Energy spanStart = meter.read();
        clock.add(Duration.ofSeconds(1));
        Energy step = meter.read();
        clock.add(Duration.ofSeconds(1));
        Energy spanEnd = meter.read();
        assertThat(spanEnd.minusClamped(spanStart).joules()).isCloseTo(100, within(1e-9));
        assertThat(step.minusClamped(spanStart).joules()).isCloseTo(50, within(1e-9));
    }

    @Test
    void theLabelIsTheMachineMetersWithTheShareAddedAndFollowsItWhenItDegrades() {
        MeasurementMethod[] machineMethod = {MeasurementMethod.measured("RAPL", "package-0 (intel-rapl:0)")};
        EnergyMeter machine = new EnergyMeter() {
            @Override
            public Component component() {
                return Component.CPU;
            }

            @Override
            public MeasurementMethod method() {
                return machineMethod[0];
            }

            @Override
            public Energy read() {
                return Energy.ZERO;
            }
        };
        EnergyMeter meter = new ProcessShareMeter(machine, () -> 1, clock, "process share by CPU time");
        assertThat(meter.method())
                .isEqualTo(MeasurementMethod.measured("RAPL", "package-0 (intel-rapl:0); process share by CPU time"));
        assertThat(meter.method()).isSameAs(meter.method());
        machineMethod[0] = MeasurementMethod.estimated("TDP model", "");
        assertThat(meter.method()).isEqualTo(MeasurementMethod.estimated("TDP model", "process share by CPU time"));
    }
}
