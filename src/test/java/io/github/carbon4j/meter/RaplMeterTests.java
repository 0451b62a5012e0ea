package io.github.carbon4j.meter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.carbon4j.Component;
import io.github.carbon4j.MeasurementMethod;
import io.github.carbon4j.MockClock;
import io.github.carbon4j.Notices;
import io.github.carbon4j.Power;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RaplMeterTests extends EnergyMeterContractTests {

    @TempDir
    Path temp;

    private FakePowercap tree;
    private final MockClock clock = new MockClock();

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
        return RaplZones.open(powercap.root(), psys, files,
                () -> new FixedPowerMeter(Component.CPU, Power.ofWatts(50), clock,
                        MeasurementMethod.estimated("TDP model", "fake fallback")));
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
        tree.add("intel-rapl:0", 1_000_000).add("intel-rapl:1", 2_000_000)
                .add("intel-rapl:0:0", 5_000_000).add("intel-rapl:1:0", 5_000_000);
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
    void mirroredDieCountersCountOnceUntilTheyDiffer() {
        EnergyMeter meter = openTree("mirrored-dies");
        assertThat(meter.method().detail()).contains("package-0-die-1 (intel-rapl:1) mirrors package-0-die-0");
        tree.add("intel-rapl:0", 2_000_000).add("intel-rapl:1", 2_000_000);
        assertThat(meter.read().joules()).isCloseTo(2, within(1e-9));
        // Read on either side of a counter update, mirrors differ by a little: still one counter.
        tree.add("intel-rapl:0", 1_000_000).add("intel-rapl:1", 1_300_000);
        assertThat(meter.read().joules()).isCloseTo(3, within(1e-9));
        // Counters that drift apart are two dies after all: both count from here on.
        tree.add("intel-rapl:0", 1_000_000).add("intel-rapl:1", 4_000_000);
        assertThat(meter.read().joules()).isCloseTo(3 + 1 + 4, within(1e-9));
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
    void aCounterGoingBackByLessThanAWrapIsAGlitch() {
        EnergyMeter meter = openTree("one-socket");
        tree.add("intel-rapl:0", 1_000_000);
        assertThat(meter.read().joules()).isCloseTo(1, within(1e-9));
        tree.add("intel-rapl:0", -3_000);
        assertThat(meter.read().joules()).isCloseTo(1, within(1e-9));
        tree.add("intel-rapl:0", 2_003_000);
        assertThat(meter.read().joules()).isCloseTo(3, within(1e-9));
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
        assertThat(Notices.issued()).anyMatch(notice -> notice.contains("garbled RAPL reading") && notice.contains("12ab34"));
        meter.close();
    }

    @Test
    void garbageWhenOpeningMeansNoRaplMeter() {
        tree = FakePowercap.copy("garbage", temp);
        assertThat(open(tree, false, KernelFiles.SYSTEM)).isEmpty();
        assertThat(Notices.issued()).anyMatch(notice -> notice.contains("cannot use the RAPL counter"));
    }

    @Test
    void unreadableCountersMeanNoRaplMeterAndOneNoticeNamingTheFix() {
        // Notices are once per JVM: another test may have given this one already, but never twice.
        tree = FakePowercap.copy("one-socket", temp);
        assertThat(open(tree, false, FakePowercap.energyDenied())).isEmpty();
        assertThat(open(tree, false, FakePowercap.energyDenied())).isEmpty();
        assertThat(Notices.issued()).filteredOn(notice -> notice.contains("not readable by this user"))
                .singleElement().asString()
                .contains("permission denied", "TDP model", "sudo chmod o+r ", "/intel-rapl*/energy_uj", "udev");
    }

    @Test
    void noPowercapTreeMeansNoRaplMeter() {
        tree = FakePowercap.copy("one-socket", temp);
        assertThat(open(tree, false, path -> {
            throw new IOException("not here");
        })).isEmpty();
        assertThat(RaplZones.open(temp.resolve("missing"), false, KernelFiles.SYSTEM, () -> null)).isEmpty();
    }

    @Test
    void countersThatBecomeUnreadableDegradeToTheFallbackOnceKeepingTheEnergy() {
        tree = FakePowercap.copy("one-socket", temp);
        AtomicBoolean denied = new AtomicBoolean();
        KernelFiles files = path -> {
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
}
