package io.github.carbon4j.meter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.carbon4j.CarbonConfig;
import io.github.carbon4j.Component;
import io.github.carbon4j.MeasurementMethod;
import io.github.carbon4j.MockClock;
import io.github.carbon4j.Power;
import io.github.carbon4j.Scope;
import io.github.carbon4j.internal.Notices;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DetectionTests {

    private final Notices notices = new Notices();

    private static final long GIB = 1L << 30;
    private static final long SECOND = 1_000_000_000L;

    @TempDir
    Path temp;

    private final MockClock clock = new MockClock();
    private final FakeCpu cpu = new FakeCpu();
    private final HardwareInfo hardware =
            new HardwareInfo(Optional.of("Intel(R) Xeon(R) Gold 6248 CPU @ 2.50GHz"), 1, 4, 16 * GIB, 4096, "amd64");

    /** A machine without /proc (the fake CPU stands in for it) unless a proc root is given. */
    private Platform platform(KernelFiles files, Path procRoot) {
        return new Platform(files, procRoot, () -> hardware, cpu::processNanos, cpu, () -> cpu, () -> () -> 2 * GIB);
    }

    private Platform platform() {
        return platform(KernelFiles.SYSTEM, temp.resolve("no-proc"));
    }

    private CarbonConfig.Builder config() {
        return CarbonConfig.builder().clock(clock).powercapRoot(temp.resolve("no-powercap"));
    }

    private static Path fixtureProc() throws URISyntaxException {
        return Path.of(DetectionTests.class.getResource("/proc").toURI());
    }

    @Test
    void aFixedCpuPowerWinsOverRapl() {
        FakePowercap tree = FakePowercap.copy("one-socket", temp.resolve("powercap"));
        EnergyMeter meter = detection(
                        config().cpuPower(Power.ofWatts(100))
                                .powercapRoot(tree.root())
                                .scope(Scope.MACHINE)
                                .build(),
                        platform())
                .cpu();
        assertThat(meter.method().describe(Component.CPU)).isEqualTo("cpu configured as fixed power");
        clock.add(Duration.ofSeconds(2));
        assertThat(meter.read().joules()).isCloseTo(200, within(1e-9));
    }

    @Test
    void raplWhenItsCountersAreReadable() {
        FakePowercap tree = FakePowercap.copy("two-sockets", temp.resolve("powercap"));
        EnergyMeter meter = detection(
                        config().powercapRoot(tree.root()).scope(Scope.MACHINE).build(), platform())
                .cpu();
        assertThat(meter.method().describe(Component.CPU)).isEqualTo("cpu measured by RAPL");
        tree.add("intel-rapl:1", 7_000_000);
        assertThat(meter.read().joules()).isCloseTo(7, within(1e-9));
        meter.close();
    }

    @Test
    void unreadableRaplFallsBackToTheTdpModel() {
        FakePowercap tree = FakePowercap.copy("one-socket", temp.resolve("powercap"));
        EnergyMeter meter = detection(
                        config().powercapRoot(tree.root()).scope(Scope.MACHINE).build(),
                        platform(FakePowercap.energyDenied(), temp.resolve("no-proc")))
                .cpu();
        assertThat(meter.method().describe(Component.CPU)).isEqualTo("cpu estimated by TDP model");
        assertThat(notices.issued()).singleElement().asString().contains("sudo chmod o+r");
    }

    @Test
    void theTdpModelUsesTheTableAndTheMachineLoad() {
        EnergyMeter meter =
                detection(config().scope(Scope.MACHINE).build(), platform()).cpu();
        assertThat(meter.method().detail()).contains("Intel Xeon Gold 6248", "150 W");
        clock.add(Duration.ofSeconds(1));
        cpu.run(4 * SECOND, 0, 0);
        assertThat(meter.read().joules()).isCloseTo(150, within(1e-9));
    }

    @Test
    void aConfiguredTdpReplacesTheTables() {
        EnergyMeter meter = detection(
                        config().cpuTdp(Power.ofWatts(65)).scope(Scope.MACHINE).build(), platform())
                .cpu();
        clock.add(Duration.ofSeconds(1));
        cpu.run(4 * SECOND, 0, 0);
        assertThat(meter.read().joules()).isCloseTo(65, within(1e-9));
    }

    @Test
    void processScopePricesThisJvmsCpuTimeAtTheMachinesPowerPerLogicalCpu() {
        EnergyMeter meter = detection(config().cpuPower(Power.ofWatts(100)).build(), platform())
                .cpu();
        assertThat(meter.method().describe(Component.CPU)).isEqualTo("cpu configured as fixed power");
        assertThat(meter.method().detail())
                .isEqualTo("100 W; this JVM's CPU time × the machine's power per logical CPU (4)");
        clock.add(Duration.ofSeconds(1));
        // Half a CPU-second of this JVM on a 100 W machine of 4 logical CPUs, whatever the others do.
        cpu.run(3 * SECOND, SECOND, SECOND / 2);
        assertThat(meter.read().joules()).isCloseTo(12.5, within(1e-9));
        meter.close();
    }

    @Test
    void theTdpModelInProcessScopeChargesTdpPerLogicalCpuAndReadsNoMachineTicks() {
        EnergyMeter meter = detection(config().build(), platform()).cpu();
        assertThat(meter.method().detail()).endsWith("this JVM's CPU time × TDP per logical CPU (4)");
        int before = cpu.reads();
        clock.add(Duration.ofSeconds(1));
        // Two CPU-seconds of this JVM at 150 W over 4 logical CPUs; the machine's load does not matter.
        cpu.run(4 * SECOND, 0, 2 * SECOND);
        assertThat(meter.read().joules()).isCloseTo(75, within(1e-9));
        clock.add(Duration.ofSeconds(1));
        cpu.run(SECOND, 3 * SECOND, SECOND);
        assertThat(meter.read().joules()).isCloseTo(75 + 37.5, within(1e-9));
        // A second of sleep costs nothing.
        clock.add(Duration.ofSeconds(1));
        cpu.run(0, 4 * SECOND, 0);
        assertThat(meter.read().joules()).isCloseTo(112.5, within(1e-9));
        assertThat(cpu.reads()).isEqualTo(before);
        meter.close();
    }

    @Test
    void ramIsTheDimmModelOfTheMachinesMemory() {
        EnergyMeter meter =
                detection(config().scope(Scope.MACHINE).build(), platform()).ram();
        assertThat(meter.method())
                .isEqualTo(MeasurementMethod.estimated("DIMM model", "16.0 GiB, 2 DIMMs × 5 W (x86)"));
        clock.add(Duration.ofSeconds(2));
        assertThat(meter.read().joules()).isCloseTo(20, within(1e-9));
    }

    @Test
    void ramIsTheRaplDramZonesWhereTheyAreReadable() {
        FakePowercap tree = FakePowercap.copy("two-sockets", temp.resolve("powercap"));
        try (EnergyMeter meter = detection(
                        config().powercapRoot(tree.root()).scope(Scope.MACHINE).build(), platform())
                .ram()) {
            assertThat(meter.method())
                    .isEqualTo(MeasurementMethod.measured("RAPL dram", "dram (intel-rapl:0:0), dram (intel-rapl:1:0)"));
            tree.add("intel-rapl:0:0", 2_000_000).add("intel-rapl:1:0", 3_000_000);
            clock.add(Duration.ofSeconds(2));
            assertThat(meter.read().joules()).isCloseTo(5, within(1e-9));
        }
    }

    @Test
    void unreadableDramLeavesRamToTheDimmModel() {
        FakePowercap tree = FakePowercap.copy("two-sockets", temp.resolve("powercap"));
        EnergyMeter meter = detection(
                        config().powercapRoot(tree.root()).scope(Scope.MACHINE).build(),
                        platform(FakePowercap.energyDenied(), temp.resolve("no-proc")))
                .ram();
        assertThat(meter.method().name()).isEqualTo("DIMM model");
    }

    @Test
    void aFixedRamPowerWinsOverDram() {
        FakePowercap tree = FakePowercap.copy("two-sockets", temp.resolve("powercap"));
        EnergyMeter meter = detection(
                        config().ramPower(Power.ofWatts(7))
                                .powercapRoot(tree.root())
                                .scope(Scope.MACHINE)
                                .build(),
                        platform())
                .ram();
        assertThat(meter.method().describe(Component.RAM)).isEqualTo("ram configured as fixed power");
    }

    @Test
    void whereTheCpuIsPsysRamIsIncludedNotAdded() {
        FakePowercap tree = FakePowercap.copy("package-and-psys", temp.resolve("powercap"));
        tree.zone("intel-rapl:0:0", "dram", 1_000_000, 262_143_328_850L);
        CarbonConfig psys = config().powercapRoot(tree.root())
                .raplPsys(true)
                .scope(Scope.MACHINE)
                .build();
        try (EnergyMeter ram = detection(psys, platform()).ram()) {
            tree.add("intel-rapl:0:0", 4_000_000);
            clock.add(Duration.ofSeconds(2));
            assertThat(ram.read().joules()).isZero();
            assertThat(ram.method().describe(Component.RAM)).isEqualTo("ram measured by RAPL psys");
        }
        // Packages, or a CPU of fixed power, leave memory out: the dram zone is added.
        for (CarbonConfig other : new CarbonConfig[] {
            psys.toBuilder().raplPsys(false).build(),
            psys.toBuilder().cpuPower(Power.ofWatts(50)).build()
        }) {
            try (EnergyMeter ram = detection(other, platform()).ram()) {
                assertThat(ram.method().name()).isEqualTo("RAPL dram");
            }
        }
    }

    @Test
    void processScopeScalesDramByTheResidentShare() throws Exception {
        FakePowercap tree = FakePowercap.copy("two-sockets", temp.resolve("powercap"));
        try (EnergyMeter meter = detection(
                        config().powercapRoot(tree.root()).build(), platform(KernelFiles.SYSTEM, fixtureProc()))
                .ram()) {
            assertThat(meter.method().describe(Component.RAM)).isEqualTo("ram measured by RAPL dram");
            assertThat(meter.method().detail())
                    .isEqualTo("dram (intel-rapl:0:0), dram (intel-rapl:1:0); process share by resident memory");
            tree.add("intel-rapl:0:0", 100_000_000);
            clock.add(Duration.ofSeconds(10));
            assertThat(meter.read().joules()).isCloseTo(100.0 * 52480 * 4096 / (16 * GIB), within(1e-9));
        }
    }

    @Test
    void noRaplReaderThreadWhereThereAreNoCounters() {
        long before = raplThreads();
        try (EnergyMeter cpu = detection(config().scope(Scope.MACHINE).build(), platform())
                        .cpu();
                EnergyMeter ram = detection(config().scope(Scope.MACHINE).build(), platform())
                        .ram()) {
            assertThat(raplThreads()).isEqualTo(before);
            assertThat(cpu.method().kind()).isNotEqualTo(MeasurementMethod.Kind.MEASURED);
            assertThat(ram.method().kind()).isNotEqualTo(MeasurementMethod.Kind.MEASURED);
        }
    }

    private static long raplThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("carbon4j-rapl"))
                .count();
    }

    @Test
    void processScopeScalesRamByTheResidentShare() throws Exception {
        EnergyMeter meter = detection(
                        config().ramPower(Power.ofWatts(10)).build(), platform(KernelFiles.SYSTEM, fixtureProc()))
                .ram();
        assertThat(meter.method().detail()).isEqualTo("10 W; process share by resident memory");
        clock.add(Duration.ofSeconds(10));
        // statm: 52480 resident pages of 4 KiB in 16 GiB.
        assertThat(meter.read().joules()).isCloseTo(100.0 * 52480 * 4096 / (16 * GIB), within(1e-9));
        meter.close();
    }

    @Test
    void withoutProcTheResidentShareComesFromTheOtherSource() {
        EnergyMeter meter = detection(config().ramPower(Power.ofWatts(10)).build(), platform())
                .ram();
        clock.add(Duration.ofSeconds(10));
        assertThat(meter.read().joules()).isCloseTo(100.0 / 8, within(1e-9));
    }

    @Test
    void procStatIsReadWhenPresent() throws Exception {
        // The fixture's ticks never move, so the machine keeps its load since boot: 8490 of 92898 ticks busy.
        EnergyMeter meter = detection(
                        config().scope(Scope.MACHINE).build(), platform(KernelFiles.SYSTEM, fixtureProc()))
                .cpu();
        clock.add(Duration.ofSeconds(1));
        assertThat(meter.read().joules()).isCloseTo(150 * TdpLoadMeter.loadFactor(8490.0 / 92898), within(1e-9));
        meter.close();
    }

    /** Detection with the meters' settings of the configuration, reporting to this test's own notices. */
    private Detection detection(CarbonConfig config, Platform platform) {
        return new Detection(config.meterSettings(), platform, notices);
    }
}
