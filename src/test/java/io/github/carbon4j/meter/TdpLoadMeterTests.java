package io.github.carbon4j.meter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.carbon4j.Component;
import io.github.carbon4j.MeasurementMethod;
import io.github.carbon4j.MockClock;
import io.github.carbon4j.Power;
import io.github.carbon4j.internal.Notices;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TdpLoadMeterTests extends EnergyMeterContractTests {

    private static final long SECOND = 1_000_000_000L;
    private static final long MS = 1_000_000L;
    private final MockClock clock = new MockClock();
    private final FakeCpu cpu = new FakeCpu();

    /** 100 W per socket, two sockets, four logical CPUs. */
    @Override
    protected EnergyMeter createMeter() {
        return new TdpLoadMeter(
                new MachineLoad(cpu, TdpLoadMeter::loadFactor, clock.monotonicTime(), new Notices()),
                clock,
                new CpuTdp(Power.ofWatts(100), 2, "test TDP"));
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
        // One second at half load on 4 CPUs, all of it others': 200 W × 0.2125.
        clock.add(Duration.ofSeconds(1));
        cpu.run(2 * SECOND, 2 * SECOND, 0);
        assertThat(meter.read().joules()).isCloseTo(200 * 0.2125, within(1e-9));
        // Then two seconds fully busy, half of it this JVM's: 200 W × 1.
        clock.add(Duration.ofSeconds(2));
        cpu.run(8 * SECOND, 0, 4 * SECOND);
        assertThat(meter.read().joules()).isCloseTo(200 * 0.2125 + 400, within(1e-9));
        assertThat(meter.method().kind()).isEqualTo(MeasurementMethod.Kind.ESTIMATED);
        assertThat(meter.method().detail()).startsWith("test TDP");
    }

    @Test
    void aShortIntervalTakesTheLatestWindowsLoad() {
        cpu.inTicks();
        EnergyMeter meter = meter();
        // Two 100 ms windows with the machine at a quarter of its CPUs.
        for (int window = 0; window < 2; window++) {
            clock.add(Duration.ofMillis(100));
            cpu.run(SECOND / 10, 3 * SECOND / 10, 0);
            meter.read();
        }
        double before = meter.read().joules();
        // 2 ms in which no tick is counted, whoever runs: the window's load stands for the machine's.
        clock.add(Duration.ofMillis(2));
        cpu.run(0, 0, 4 * MS);
        assertThat(meter.read().joules() - before).isCloseTo(200 * TdpLoadMeter.loadFactor(0.25) * 0.002, within(1e-9));
    }

    @Test
    void beforeTheFirstWindowTheMachinesLoadSinceBootStandsIn() {
        cpu.run(SECOND, 3 * SECOND, 0).inTicks();
        EnergyMeter meter = meter();
        clock.add(Duration.ofMillis(30));
        cpu.run(120 * MS, 0, 0);
        assertThat(meter.read().joules()).isCloseTo(200 * TdpLoadMeter.loadFactor(0.25) * 0.030, within(1e-9));
    }

    @Test
    void theSameWindowsWhoeverReadsAndHoweverOften() {
        cpu.inTicks();
        MachineLoad oftenLoad = new MachineLoad(cpu, TdpLoadMeter::loadFactor, clock.monotonicTime(), new Notices());
        MachineLoad onceLoad = new MachineLoad(cpu, TdpLoadMeter::loadFactor, clock.monotonicTime(), new Notices());
        CpuTdp tdp = new CpuTdp(Power.ofWatts(100), 2, "test TDP");
        EnergyMeter often = new TdpLoadMeter(oftenLoad, clock, tdp);
        EnergyMeter once = new TdpLoadMeter(onceLoad, clock, tdp);
        for (int i = 1; i <= 1_000; i++) {
            // A load that swings between windows: the cube would make short steps cost more than one long one.
            clock.add(Duration.ofMillis(1));
            boolean busy = (i / 100) % 2 == 0;
            cpu.run(busy ? 4 * MS : MS, busy ? 0 : 3 * MS, 0);
            often.read();
            if (i % 100 == 0) {
                // What each logger's sampler thread does once a window.
                oftenLoad.tick(clock.monotonicTime());
                onceLoad.tick(clock.monotonicTime());
            }
        }
        // The same windows: apart from readings that ran ahead into a quieter window and wait for the integral,
        // at most one window's swing, 200 W × 0.9 × 0.1 s, however long the run.
        assertThat(often.read().joules()).isCloseTo(once.read().joules(), within(200 * 0.9 * 0.1));
    }

    @Test
    void aReadingThatRanAheadGoesOnAtTheFloorWhenAWindowTurnsOutQuieter() {
        cpu.inTicks();
        EnergyMeter meter = meter();
        for (int window = 0; window < 2; window++) {
            clock.add(Duration.ofMillis(100));
            cpu.run(400 * MS, 0, 0);
            meter.read();
        }
        double busy = meter.read().joules();
        clock.add(Duration.ofMillis(99));
        double ahead = meter.read().joules();
        assertThat(ahead - busy).isCloseTo(200 * 0.099, within(1e-9));
        // The window turns out idle: the integral falls behind the reading taken ahead, which waits for it.
        clock.add(Duration.ofMillis(1));
        cpu.run(0, 400 * MS, 0);
        // The window turns out idle: the reading taken ahead goes on at the floor, 20 W, never back, never still.
        assertThat(meter.read().joules()).isCloseTo(ahead + 20 * 0.001, within(1e-9));
        clock.add(Duration.ofMillis(50));
        assertThat(meter.read().joules()).isCloseTo(ahead + 20 * 0.051, within(1e-9));
    }

    @Test
    void readingsIntegrateExactlyToTheInstantAsked() {
        EnergyMeter meter = meter();
        long start = clock.monotonicTime();
        clock.add(Duration.ofSeconds(1));
        // Nothing runs: the floor, 20 W, to the nanosecond asked for, however late the reading is taken.
        assertThat(meter.read(start + SECOND / 2).joules()).isCloseTo(10, within(1e-9));
        assertThat(meter.read(start + SECOND).joules()).isCloseTo(20, within(1e-9));
    }
}
