package io.github.carbon4j.meter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.carbon4j.Clock;
import io.github.carbon4j.Component;
import io.github.carbon4j.MeasurementMethod;
import io.github.carbon4j.MockClock;
import io.github.carbon4j.Power;
import io.github.carbon4j.internal.Notices;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RaplMeterTests extends EnergyMeterContractTests {

    @TempDir
    Path temp;

    private static final long SECOND = 1_000_000_000L;

    private FakePowercap tree;
    private final MockClock clock = new MockClock();
    /** This test's own notices: each test sees exactly what its meters reported. */
    private final Notices notices = new Notices();

    @Override
    protected EnergyMeter createMeter() {
        if (tree == null) {
            tree = FakePowercap.copy("one-socket", temp);
        }
        return open(tree, false, KernelFiles.SYSTEM).orElseThrow();
    }

    @Override
    protected Component expectedComponent() {
        return Component.CPU;
    }

    @Override
    protected void advance() {
        tree.add("intel-rapl:0", 1_000_000);
    }

    private Optional<EnergyMeter> open(FakePowercap powercap, boolean psys, KernelFiles files) {
        return RaplZones.open(powercap.root(), psys, files, clock, notices, this::fallback, RaplSampler.MANUAL);
    }

    private EnergyMeter fallback() {
        return new FixedPowerMeter(
                Component.CPU, Power.ofWatts(50), clock, MeasurementMethod.estimated("TDP model", "fake fallback"));
    }

    private RaplMeter openRapl(FakePowercap powercap, KernelFiles files) {
        return (RaplMeter) open(powercap, false, files).orElseThrow();
    }

    private EnergyMeter openTree(String name) {
        tree = FakePowercap.copy(name, temp);
        EnergyMeter meter = open(tree, false, KernelFiles.SYSTEM).orElseThrow();
        assertThat(meter.read().joules()).isZero();
        return meter;
    }

    @Test
    void oneSocketCountsThePackageButNeverCoreOrUncore() {
        EnergyMeter meter = openTree("one-socket");
        tree.add("intel-rapl:0", 1_500_000).add("intel-rapl:0:0", 900_000).add("intel-rapl:0:1", 100_000);
        assertThat(meter.read().joules()).isCloseTo(1.5, within(1e-9));
        assertThat(meter.method().kind()).isEqualTo(MeasurementMethod.Kind.MEASURED);
        assertThat(meter.method().detail()).isEqualTo("package-0 (intel-rapl:0)");
        meter.close();
    }

    @Test
    void twoSocketsAreSummedWithoutDram() {
        EnergyMeter meter = openTree("two-sockets");
        tree.add("intel-rapl:0", 1_000_000)
                .add("intel-rapl:1", 2_000_000)
                .add("intel-rapl:0:0", 5_000_000)
                .add("intel-rapl:1:0", 5_000_000);
        assertThat(meter.read().joules()).isCloseTo(3, within(1e-9));
        assertThat(meter.method().detail()).isEqualTo("package-0 (intel-rapl:0), package-1 (intel-rapl:1)");
        meter.close();
    }

    @Test
    void psysIsUsedWhenThereIsNoPackage() {
        EnergyMeter meter = openTree("psys-only");
        tree.add("intel-rapl:0", 4_000_000).add("intel-rapl:0:0", 1_000_000);
        assertThat(meter.read().joules()).isCloseTo(4, within(1e-9));
        assertThat(meter.method().detail()).isEqualTo("psys (intel-rapl:0)");
        meter.close();
    }

    @Test
    void psysIsUsedBesidePackagesOnlyWhenAskedFor() {
        tree = FakePowercap.copy("package-and-psys", temp);
        try (EnergyMeter packages = open(tree, false, KernelFiles.SYSTEM).orElseThrow();
                EnergyMeter psys = open(tree, true, KernelFiles.SYSTEM).orElseThrow()) {
            tree.add("intel-rapl:0", 1_000_000).add("intel-rapl:1", 3_000_000);
            assertThat(packages.read().joules()).isCloseTo(1, within(1e-9));
            assertThat(psys.read().joules()).isCloseTo(3, within(1e-9));
        }
    }

    @Test
    void aZoneSeenThroughMsrAndMmioCountsOnce() {
        EnergyMeter meter = openTree("msr-and-mmio");
        tree.add("intel-rapl:0", 2_000_000).add("intel-rapl-mmio:0", 2_000_000);
        assertThat(meter.read().joules()).isCloseTo(2, within(1e-9));
        assertThat(meter.method().detail()).isEqualTo("package-0 (intel-rapl:0)");
        meter.close();
    }

    @Test
    void aWrapBetweenTwoReadsAddsTheRestOfTheRange() {
        EnergyMeter meter = openTree("near-wrap");
        tree.set("intel-rapl:0", "1000000");
        assertThat(meter.read().joules()).isCloseTo(0.5 + 1, within(1e-9));
        meter.close();
    }

    @Test
    void anyDecreaseIsAWrap() {
        EnergyMeter meter = openTree("one-socket");
        tree.add("intel-rapl:0", 1_000_000);
        assertThat(meter.read().joules()).isCloseTo(1, within(1e-9));
        // The counter never goes back: 3 mJ lower is the whole range less 3 mJ later.
        tree.add("intel-rapl:0", -3_000);
        assertThat(meter.read().joules()).isCloseTo(1 + (RANGE - 3_000) / 1e6, within(1e-6));
        meter.close();
    }

    @Test
    void stepsOfMoreThanHalfTheRangeAreCountedInFull() {
        // Before: a drop of up to half the range was a glitch counting 0 (290 kJ true, 28 kJ counted).
        EnergyMeter meter = openTree("one-socket");
        long counter = tree.energy("intel-rapl:0");
        long truth = 0;
        for (double fraction : new double[] {0.6, 0.9, 0.55, 0.99, 0.3, 0.75}) {
            long step = (long) (fraction * RANGE);
            counter = (counter + step) % RANGE;
            tree.set("intel-rapl:0", Long.toString(counter));
            truth += step;
            assertThat(meter.read().joules()).isCloseTo(truth / 1e6, within(1e-6));
        }
        assertThat(truth / 1e9).as("kJ").isGreaterThan(1000);
        meter.close();
    }

    @Test
    void garbageInEnergyIsSkippedAndTheNextGoodReadingCoversIt() {
        EnergyMeter meter = openTree("one-socket");
        long before = tree.energy("intel-rapl:0");
        tree.set("intel-rapl:0", "12ab34");
        assertThat(meter.read().joules()).isZero();
        tree.set("intel-rapl:0", Long.toString(before + 3_000_000));
        assertThat(meter.read().joules()).isCloseTo(3, within(1e-9));
        assertThat(notices.issued()).singleElement().asString().contains("garbled RAPL reading", "12ab34");
        meter.close();
    }

    @Test
    void garbageWhenOpeningMeansNoRaplMeter() {
        tree = FakePowercap.copy("garbage", temp);
        assertThat(open(tree, false, KernelFiles.SYSTEM)).isEmpty();
        assertThat(notices.issued()).singleElement().asString().contains("cannot use the RAPL counter");
    }

    @Test
    void unreadableCountersMeanNoRaplMeterAndOneNoticeNamingTheFix() {
        // Once per logger (here, per notices): the second opening finds it given.
        tree = FakePowercap.copy("one-socket", temp);
        assertThat(open(tree, false, FakePowercap.energyDenied())).isEmpty();
        assertThat(open(tree, false, FakePowercap.energyDenied())).isEmpty();
        assertThat(notices.issued())
                .singleElement()
                .asString()
                .contains("not readable by this user")
                .contains("permission denied", "TDP model", "sudo chmod o+r ", "/intel-rapl*/energy_uj", "udev");
    }

    @Test
    void noPowercapTreeMeansNoRaplMeter() {
        tree = FakePowercap.copy("one-socket", temp);
        assertThat(open(tree, false, path -> {
                    throw new IOException("not here");
                }))
                .isEmpty();
        assertThat(RaplZones.open(temp.resolve("missing"), false, KernelFiles.SYSTEM, clock, notices, () -> null))
                .isEmpty();
    }

    /** The real files, until {@code denied} is set: then every read is refused. */
    private static KernelFiles deniable(AtomicBoolean denied) {
        return path -> {
            KernelFiles.KernelFile real = KernelFiles.SYSTEM.open(path);
            return new KernelFiles.KernelFile() {
                @Override
                public CharSequence read() throws IOException {
                    if (denied.get()) {
                        throw new AccessDeniedException(path.toString());
                    }
                    return real.read();
                }

                @Override
                public Path path() {
                    return path;
                }

                @Override
                public void close() {
                    real.close();
                }
            };
        };
    }

    @Test
    void countersThatBecomeUnreadableDegradeToTheFallbackOnceKeepingTheEnergy() {
        tree = FakePowercap.copy("one-socket", temp);
        AtomicBoolean denied = new AtomicBoolean();
        KernelFiles files = deniable(denied);
        EnergyMeter meter = open(tree, false, files).orElseThrow();
        tree.add("intel-rapl:0", 2_000_000);
        assertThat(meter.read().joules()).isCloseTo(2, within(1e-9));
        denied.set(true);
        assertThat(meter.read().joules()).isCloseTo(2, within(1e-9));
        assertThat(meter.method().describe(Component.CPU)).isEqualTo("cpu estimated by TDP model");
        clock.add(Duration.ofSeconds(1));
        assertThat(meter.read().joules()).isCloseTo(2 + 50, within(1e-9));
        meter.close();
    }

    private static final long RANGE = 262_143_328_850L;

    // ---- the background reader ----

    @Test
    void theReadersPeriodLetsAZoneAtTheCeilingPowerWrapOnlyAfterTwoPeriods() {
        Path dir = temp.resolve("intel-rapl:0");
        assertThat(RaplSampler.periodNanos(List.of(new RaplZone(dir, "package-0", RANGE))))
                .as("Intel: 262 kJ / 1000 W / 2")
                .isEqualTo(131_071_664_425L);
        assertThat(RaplSampler.periodNanos(List.of(new RaplZone(dir, "package-0", 65_532_610_987L))))
                .as("AMD: 65.5 kJ / 1000 W / 2")
                .isEqualTo(32_766_305_493L);
        assertThat(RaplSampler.periodNanos(
                        List.of(new RaplZone(dir, "package-0", RANGE), new RaplZone(dir, "dram", 65_532_610_987L))))
                .as("the narrowest zone")
                .isEqualTo(32_766_305_493L);
        assertThat(RaplSampler.periodNanos(List.of(new RaplZone(dir, "package-0", 0))))
                .as("unknown range: 2^32 µJ")
                .isEqualTo(2_147_483_648L);
        assertThat(RaplSampler.periodNanos(List.of(new RaplZone(dir, "package-0", 10))))
                .isEqualTo(RaplSampler.MIN_PERIOD_NANOS);
    }

    @Test
    void theReaderReadsOnlyWhenNothingElseHasForAPeriod() {
        tree = FakePowercap.copy("one-socket", temp);
        AtomicInteger reads = new AtomicInteger();
        RaplMeter meter = openRapl(tree, FakePowercap.beforeReading("intel-rapl:0", reads::incrementAndGet));
        long period = meter.periodNanos();
        int opened = reads.get();
        assertThat(meter.sampleIfDue()).isEqualTo(period);
        clock.add(period - SECOND, TimeUnit.NANOSECONDS);
        assertThat(meter.sampleIfDue()).isEqualTo(SECOND);
        assertThat(reads.get()).isEqualTo(opened);
        // A logged step reads the counters: the reader waits a whole period from there.
        meter.read();
        clock.add(2 * SECOND, TimeUnit.NANOSECONDS);
        assertThat(meter.sampleIfDue()).isEqualTo(period - 2 * SECOND);
        assertThat(reads.get()).isEqualTo(opened + 1);
        clock.add(period, TimeUnit.NANOSECONDS);
        tree.add("intel-rapl:0", 7_000_000);
        assertThat(meter.sampleIfDue()).isEqualTo(period);
        assertThat(reads.get()).isEqualTo(opened + 2);
        assertThat(meter.read().joules()).isCloseTo(7, within(1e-9));
        meter.close();
        assertThat(meter.sampleIfDue()).as("closed: nothing left to sample").isNegative();
    }

    @Test
    void withTheReaderALongRunAtTheCeilingPowerCountsEveryWrap() {
        tree = FakePowercap.copy("one-socket", temp);
        RaplMeter meter = openRapl(tree, KernelFiles.SYSTEM);
        long period = meter.periodNanos();
        long perPeriod = (long) (RaplSampler.CEILING_WATTS * period / 1000);
        long counter = tree.energy("intel-rapl:0");
        for (int i = 0; i < 10; i++) {
            clock.add(period, TimeUnit.NANOSECONDS);
            counter = (counter + perPeriod) % RANGE;
            tree.set("intel-rapl:0", Long.toString(counter));
            meter.sampleIfDue();
        }
        // Five whole ranges, 1.3 MJ, with no logged step in 22 minutes.
        assertThat(meter.read().joules()).isCloseTo(10 * perPeriod / 1e6, within(1e-6));
        assertThat(10.0 * perPeriod / RANGE).isCloseTo(5, within(1e-6));
        meter.close();
    }

    @Test
    void theReaderIsADaemonThreadThatStopsOnClose() throws InterruptedException {
        tree = FakePowercap.copy("one-socket", temp);
        // A range of 2 mJ makes the period its floor, 1 ms: the thread reads at once.
        tree.zone("intel-rapl:0", "package-0", 1_000, 2_000);
        AtomicInteger reads = new AtomicInteger();
        AtomicReference<Thread> reader = new AtomicReference<>();
        RaplSampler.Starter recording = (name, target) -> RaplSampler.DAEMON.start(name, new RaplSampler.Target() {
            @Override
            public long sampleIfDue() {
                reader.compareAndSet(null, Thread.currentThread());
                return target.sampleIfDue();
            }

            @Override
            public void samplerFailed(RuntimeException e) {
                target.samplerFailed(e);
            }
        });
        EnergyMeter meter = RaplZones.open(
                        tree.root(),
                        false,
                        FakePowercap.beforeReading("intel-rapl:0", reads::incrementAndGet),
                        Clock.SYSTEM,
                        notices,
                        this::fallback,
                        recording)
                .orElseThrow();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (reads.get() < 4 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(reads.get()).as("the thread read the counter by itself").isGreaterThanOrEqualTo(4);
        Thread thread = reader.get();
        assertThat(thread.getName()).isEqualTo("carbon4j-rapl");
        assertThat(thread.isDaemon()).isTrue();
        meter.close();
        thread.join(5_000);
        assertThat(thread.isAlive()).isFalse();
        int after = reads.get();
        Thread.sleep(20);
        assertThat(reads.get()).isEqualTo(after);
    }

    @Test
    void noReaderWhereThereAreNoCounters() {
        RaplSampler.Starter never = (name, target) -> {
            throw new AssertionError("a reader was started for " + name);
        };
        assertThat(RaplZones.open(
                        temp.resolve("missing"), false, KernelFiles.SYSTEM, clock, notices, this::fallback, never))
                .isEmpty();
        tree = FakePowercap.copy("one-socket", temp);
        assertThat(RaplZones.open(
                        tree.root(), false, FakePowercap.energyDenied(), clock, notices, this::fallback, never))
                .isEmpty();
        assertThat(RaplZones.openDram(tree.root(), false, KernelFiles.SYSTEM, clock, notices, this::fallback, never))
                .as("no dram zone")
                .isEmpty();
    }

    @Test
    void aDegradedMeterStopsTheReader() {
        tree = FakePowercap.copy("one-socket", temp);
        AtomicBoolean denied = new AtomicBoolean();
        RaplMeter meter = openRapl(tree, deniable(denied));
        denied.set(true);
        clock.add(meter.periodNanos(), TimeUnit.NANOSECONDS);
        assertThat(meter.sampleIfDue()).isNegative();
        assertThat(meter.method().describe(Component.CPU)).isEqualTo("cpu estimated by TDP model");
        meter.close();
    }

    // ---- mirrored dies ----

    @Test
    void aPreemptedReadKeepsMirroredDiesOneCounter() {
        // Before: mirrors had to agree within 1 J on every read; one read preempted for 4 ms at 250 W made
        // them two counters for good, doubling the CPU's energy from then on.
        tree = FakePowercap.copy("mirrored-dies", temp);
        AtomicBoolean preempt = new AtomicBoolean();
        EnergyMeter meter = open(tree, false, FakePowercap.beforeReading("intel-rapl:1", () -> {
                    if (preempt.get()) {
                        clock.add(Duration.ofMillis(4));
                        addToBoth(1_000_000);
                    }
                }))
                .orElseThrow();
        assertThat(meter.method().detail()).contains("package-0-die-1 (intel-rapl:1) mirrors package-0-die-0");
        addToBoth(2_000_000);
        preempt.set(true);
        assertThat(meter.read().joules()).isCloseTo(2, within(1e-9));
        preempt.set(false);
        for (int i = 0; i < 10; i++) {
            clock.add(Duration.ofSeconds(1));
            addToBoth(1_000_000);
            meter.read();
        }
        assertThat(meter.read().joules()).as("the counter's own advance, once").isCloseTo(2 + 1 + 10, within(1e-9));
        assertThat(meter.method().detail()).contains("mirrors package-0-die-0, counted once");
        meter.close();
    }

    @Test
    void oneDisagreeingReadNeverMakesMirrorsTwoCounters() {
        tree = FakePowercap.copy("mirrored-dies", temp);
        AtomicBoolean jump = new AtomicBoolean();
        EnergyMeter meter = open(tree, false, FakePowercap.beforeReading("intel-rapl:1", () -> {
                    if (jump.getAndSet(false)) {
                        addToBoth(3_000_000); // 3 J between the two reads, on a clock that did not see it
                    }
                }))
                .orElseThrow();
        jump.set(true);
        assertThat(meter.read().joules()).isZero();
        clock.add(Duration.ofSeconds(1));
        assertThat(meter.read().joules()).isCloseTo(3, within(1e-9));
        clock.add(Duration.ofSeconds(1));
        addToBoth(1_000_000);
        assertThat(meter.read().joules()).isCloseTo(4, within(1e-9));
        assertThat(meter.method().detail()).contains("counted once");
        meter.close();
    }

    @Test
    void diesThatKeepDisagreeingAreTwoCountersAndLoseNothing() {
        EnergyMeter meter = openTree("mirrored-dies");
        for (int i = 1; i <= 2; i++) {
            clock.add(Duration.ofSeconds(1));
            tree.add("intel-rapl:0", 1_000_000).add("intel-rapl:1", 4_000_000);
            assertThat(meter.read().joules())
                    .as("still one counter after %d", i)
                    .isCloseTo(i, within(1e-9));
        }
        clock.add(Duration.ofSeconds(1));
        tree.add("intel-rapl:0", 1_000_000).add("intel-rapl:1", 4_000_000);
        // The third disagreement a second apart: two counters, and the second's energy since they parted counts.
        assertThat(meter.read().joules()).isCloseTo(3 + 12, within(1e-9));
        assertThat(meter.method().detail()).isEqualTo("package-0-die-0 (intel-rapl:0), package-0-die-1 (intel-rapl:1)");
        tree.add("intel-rapl:0", 1_000_000).add("intel-rapl:1", 4_000_000);
        assertThat(meter.read().joules()).isCloseTo(20, within(1e-9));
        meter.close();
    }

    @Test
    void disagreementsWithinASecondAreOnePieceOfEvidence() {
        EnergyMeter meter = openTree("mirrored-dies");
        for (int i = 1; i <= 9; i++) {
            clock.add(Duration.ofMillis(100));
            tree.add("intel-rapl:0", 1_000_000).add("intel-rapl:1", 4_000_000);
            meter.read();
        }
        assertThat(meter.method().detail()).contains("counted once");
        assertThat(meter.read().joules()).isCloseTo(9, within(1e-9));
        clock.add(Duration.ofSeconds(1));
        tree.add("intel-rapl:0", 1_000_000).add("intel-rapl:1", 4_000_000);
        assertThat(meter.read().joules()).isCloseTo(10, within(1e-9));
        clock.add(Duration.ofSeconds(1));
        tree.add("intel-rapl:0", 1_000_000).add("intel-rapl:1", 4_000_000);
        assertThat(meter.read().joules()).isCloseTo(11 + 44, within(1e-9));
        meter.close();
    }

    @Test
    void theToleranceGrowsWithTheTimeTheReadsTook() {
        assertThat(RaplMeter.tolerance(0)).isEqualTo(1_000_000);
        assertThat(RaplMeter.tolerance(4_000_000))
                .as("4 ms at 1000 W: 4 J more")
                .isEqualTo(5_000_000);
    }

    @Test
    void socketsThatReadAlikeAreNeverMirrors() {
        tree = FakePowercap.copy("two-sockets", temp);
        tree.set("intel-rapl:1", Long.toString(tree.energy("intel-rapl:0")));
        EnergyMeter meter = open(tree, false, KernelFiles.SYSTEM).orElseThrow();
        assertThat(meter.method().detail()).doesNotContain("mirrors");
        tree.add("intel-rapl:0", 1_000_000).add("intel-rapl:1", 1_000_000);
        assertThat(meter.read().joules()).isCloseTo(2, within(1e-9));
        meter.close();
    }

    private void addToBoth(long microjoules) {
        tree.add("intel-rapl:0", microjoules).add("intel-rapl:1", microjoules);
    }

    // ---- dram ----

    private Optional<EnergyMeter> openDram(FakePowercap powercap, boolean psys) {
        return RaplZones.openDram(
                powercap.root(),
                psys,
                KernelFiles.SYSTEM,
                clock,
                notices,
                () -> new FixedPowerMeter(
                        Component.RAM,
                        Power.ofWatts(10),
                        clock,
                        MeasurementMethod.estimated("DIMM model", "fake fallback")),
                RaplSampler.MANUAL);
    }

    @Test
    void theDramZonesOfEverySocketAreTheMeasuredRam() {
        tree = FakePowercap.copy("two-sockets", temp);
        EnergyMeter ram = openDram(tree, false).orElseThrow();
        assertThat(ram.component()).isEqualTo(Component.RAM);
        assertThat(ram.method())
                .isEqualTo(MeasurementMethod.measured("RAPL dram", "dram (intel-rapl:0:0), dram (intel-rapl:1:0)"));
        tree.add("intel-rapl:0:0", 1_500_000).add("intel-rapl:1:0", 2_000_000).add("intel-rapl:0", 9_000_000);
        assertThat(ram.read().joules()).isCloseTo(3.5, within(1e-9));
        ram.close();
    }

    @Test
    void theDramZonesOfTwoSocketsAreNeverMirrors() {
        tree = FakePowercap.copy("two-sockets", temp);
        tree.set("intel-rapl:1:0", Long.toString(tree.energy("intel-rapl:0:0")));
        EnergyMeter ram = openDram(tree, false).orElseThrow();
        assertThat(ram.method().detail()).doesNotContain("mirrors");
        tree.add("intel-rapl:0:0", 1_000_000).add("intel-rapl:1:0", 1_000_000);
        assertThat(ram.read().joules()).isCloseTo(2, within(1e-9));
        ram.close();
    }

    @Test
    void whereTheCpuIsPsysMemoryIsIncludedNotAdded() {
        tree = FakePowercap.copy("package-and-psys", temp);
        tree.zone("intel-rapl:0:2", "dram", 1_000_000, RANGE);
        EnergyMeter ram = openDram(tree, true).orElseThrow();
        tree.add("intel-rapl:0:2", 5_000_000);
        clock.add(Duration.ofSeconds(1));
        assertThat(ram.read().joules()).isZero();
        assertThat(ram.method().kind()).isEqualTo(MeasurementMethod.Kind.MEASURED);
        assertThat(ram.method().name()).isEqualTo("RAPL psys");
        assertThat(ram.method().detail()).contains("inside the CPU's psys figure", "not added");
        assertThat(openDram(tree, false).orElseThrow().method().name()).isEqualTo("RAPL dram");
    }

    @Test
    void psysIsChosenOnlyWhenPreferredOrAlone() {
        assertThat(RaplZones.choosesPsys(
                        FakePowercap.copy("package-and-psys", temp.resolve("a")).root(),
                        false,
                        KernelFiles.SYSTEM,
                        notices))
                .isFalse();
        assertThat(RaplZones.choosesPsys(
                        FakePowercap.copy("package-and-psys", temp.resolve("b")).root(),
                        true,
                        KernelFiles.SYSTEM,
                        notices))
                .isTrue();
        Path alone = FakePowercap.copy("psys-only", temp.resolve("c")).root();
        assertThat(RaplZones.choosesPsys(alone, false, KernelFiles.SYSTEM, notices))
                .isTrue();
        assertThat(RaplZones.choosesPsys(alone, false, FakePowercap.energyDenied(), notices))
                .as("unreadable")
                .isFalse();
        assertThat(RaplZones.choosesPsys(temp.resolve("missing"), true, KernelFiles.SYSTEM, notices))
                .isFalse();
    }

    @Test
    void aDramZoneShownThroughMsrAndMmioCountsOnce() {
        tree = FakePowercap.copy("one-socket", temp);
        tree.zone("intel-rapl:0:2", "dram", 1_000_000, RANGE).zone("intel-rapl-mmio:0:0", "dram", 1_000_000, RANGE);
        EnergyMeter ram = openDram(tree, false).orElseThrow();
        assertThat(ram.method().detail()).isEqualTo("dram (intel-rapl:0:2)");
        ram.close();
    }

    @Test
    void unreadableDramMeansNoDramMeter() {
        tree = FakePowercap.copy("two-sockets", temp);
        assertThat(RaplZones.openDram(
                        tree.root(),
                        false,
                        FakePowercap.energyDenied(),
                        clock,
                        notices,
                        () -> null,
                        RaplSampler.MANUAL))
                .isEmpty();
    }
}
