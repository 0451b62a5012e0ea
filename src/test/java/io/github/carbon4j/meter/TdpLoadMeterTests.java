package io.github.carbon4j.meter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.carbon4j.Component;
import io.github.carbon4j.MeasurementMethod;
import io.github.carbon4j.MockClock;
import io.github.carbon4j.Power;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TdpLoadMeterTests extends EnergyMeterContractTests {

    private static final long SECOND = 1_000_000_000L;
    private final MockClock clock = new MockClock();
    private final FakeCpu cpu = new FakeCpu();

    /** 100 W per socket, two sockets, four logical CPUs. */
    @Override
    protected EnergyMeter createMeter() {
        CpuTimes times = new CpuTimes(cpu, cpu::processNanos, clock);
        return new TdpLoadMeter(times, new CpuTdp(Power.ofWatts(100), 2, "test TDP"), 4);
    }

    @Override
    protected Component expectedComponent() {
        return Component.CPU;
    }

    @Override
    protected void advance() {
        clock.add(Duration.ofMillis(100));
        cpu.run(SECOND / 10, 3 * SECOND / 10, SECOND / 20);
    }

    @Test
    void theLoadFactorHasATenPercentFloorAndRisesWithTheCube() {
        assertThat(TdpLoadMeter.loadFactor(0)).isEqualTo(0.1);
        assertThat(TdpLoadMeter.loadFactor(0.5)).isCloseTo(0.2125, within(1e-12));
        assertThat(TdpLoadMeter.loadFactor(1)).isCloseTo(1, within(1e-12));
    }

    @Test
    void powerIsTdpTimesSocketsTimesTheLoadFactorOfEachInterval() {
        EnergyMeter meter = meter();
        // One second at half load on 4 CPUs: 200 W × 0.2125.
        clock.add(Duration.ofSeconds(1));
        cpu.run(2 * SECOND, 2 * SECOND, 0);
        assertThat(meter.read().joules()).isCloseTo(200 * 0.2125, within(1e-9));
        // Then two seconds fully busy: 200 W × 1.
        clock.add(Duration.ofSeconds(2));
        cpu.run(8 * SECOND, 0, 0);
        assertThat(meter.read().joules()).isCloseTo(200 * 0.2125 + 400, within(1e-9));
        assertThat(meter.method().kind()).isEqualTo(MeasurementMethod.Kind.ESTIMATED);
        assertThat(meter.method().detail()).startsWith("test TDP");
    }

    @Test
    void anIntervalShorterThanATickTakesTheProcessTimeAsALowerBound() {
        EnergyMeter meter = meter();
        // 2 ms, no machine tick counted yet, but this process ran 8 ms over 4 CPUs: full load.
        clock.add(Duration.ofMillis(2));
        cpu.run(0, 0, 8_000_000);
        assertThat(meter.read().joules()).isCloseTo(200 * 1.0 * 0.002, within(1e-9));
        // 2 ms more with nothing seen at all: the idle floor.
        clock.add(Duration.ofMillis(2));
        assertThat(meter.read().joules()).isCloseTo(0.4 + 200 * 0.1 * 0.002, within(1e-9));
    }

    @Test
    void eachIntervalSeesItsOwnLoadHoweverShort() {
        EnergyMeter meter = meter();
        for (int i = 0; i < 10; i++) {
            // Alternating 1 ms intervals fully busy and idle, ticks counted in each.
            clock.add(Duration.ofMillis(1));
            cpu.run(i % 2 == 0 ? 4_000_000 : 0, i % 2 == 0 ? 0 : 4_000_000, 0);
            meter.read();
        }
        assertThat(meter.read().joules()).isCloseTo(5 * 0.2 + 5 * 0.02, within(1e-9));
    }
}
