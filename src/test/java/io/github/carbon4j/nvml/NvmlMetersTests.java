package io.github.carbon4j.nvml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.offset;

import io.github.carbon4j.CarbonConfig;
import io.github.carbon4j.Component;
import io.github.carbon4j.Energy;
import io.github.carbon4j.MeasurementMethod;
import io.github.carbon4j.MockClock;
import io.github.carbon4j.Scope;
import io.github.carbon4j.internal.Notices;
import io.github.carbon4j.meter.EnergyMeter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NvmlMetersTests {

    /** This test\'s own notices, as a logger\'s would be. */
    private final Notices notices = new Notices();

    private static final String UUID_A = "GPU-aaaa1111-0000-0000-0000-000000000000";
    private static final String UUID_B = "GPU-bbbb2222-0000-0000-0000-000000000000";
    private static final String UUID_C = "GPU-cccc3333-0000-0000-0000-000000000000";

    private final MockClock clock = new MockClock();
    private final ManualTicker ticker = new ManualTicker();

    private EnergyMeter open(FakeNvml nvml, CarbonConfig config, Map<String, String> env) {
        return NvmlMeters.detect(config.gpuSettings(), notices, () -> Optional.of(nvml), env::get, () -> ticker);
    }

    private EnergyMeter open(FakeNvml nvml) {
        return open(nvml, config().build(), Map.of());
    }

    /** Machine scope: every selected device counts (process scope is {@link NvmlProcessScopeTests}'s). */
    private CarbonConfig.Builder config() {
        return CarbonConfig.builder().clock(clock).scope(Scope.MACHINE);
    }

    private static double joules(EnergyMeter meter) {
        return meter.read().joules();
    }

    @Test
    void countsTheDeltaOfEachDevicesEnergyCounter() {
        FakeNvml nvml = new FakeNvml().withCounter(UUID_A, 1_000_000).withCounter(UUID_B, 5_000_000);
        try (EnergyMeter meter = open(nvml)) {
            assertThat(joules(meter)).isZero();
            nvml.device(0).energyMillijoules += 2_500;
            nvml.device(1).energyMillijoules += 1_500;
            assertThat(joules(meter)).isEqualTo(4.0);
            nvml.device(0).energyMillijoules += 500;
            assertThat(joules(meter)).isEqualTo(4.5);

            assertThat(meter.component()).isEqualTo(Component.GPU);
            assertThat(meter.method().kind()).isEqualTo(MeasurementMethod.Kind.MEASURED);
            assertThat(meter.method().name()).isEqualTo("NVML energy counter");
            assertThat(meter.method().detail())
                    .contains("0 NVIDIA H100 80GB HBM3 [GPU-aaaa1111]", "1 NVIDIA H100 80GB HBM3 [GPU-bbbb2222]");
            assertThat(ticker.starts)
                    .as("no sampler thread when every device has a counter")
                    .isZero();
        }
    }

    @Test
    void integratesPowerOverTimeForTheDeviceWithoutCounter() {
        FakeNvml nvml = new FakeNvml().withCounter(UUID_A, 7_000).withPowerOnly(UUID_B, 50_000);
        try (EnergyMeter meter = open(nvml)) {
            assertThat(ticker.running()).isTrue();
            clock.add(Duration.ofSeconds(1));
            ticker.tick(); // 50 W for 1 s
            nvml.device(1).powerMilliwatts = 150_000;
            clock.add(Duration.ofSeconds(1)); // trapezoid: (50 + 150) / 2 W for 1 s
            nvml.device(0).energyMillijoules += 1_000;
            assertThat(joules(meter)).isCloseTo(151.0, offset(1e-9));

            MeasurementMethod method = meter.method();
            assertThat(method.kind()).isEqualTo(MeasurementMethod.Kind.ESTIMATED);
            assertThat(method.name()).isEqualTo("NVML energy counter and power × time");
            assertThat(method.detail())
                    .contains("1 Tesla P100-PCIE-16GB [GPU-bbbb2222] by power × time")
                    .doesNotContain("H100 80GB HBM3 [GPU-aaaa1111] by");
        }
        assertThat(ticker.running()).as("close stops the sampler").isFalse();
    }

    @Test
    void samplerTicksTouchOnlyTheDevicesWithoutCounter() {
        FakeNvml nvml = new FakeNvml().withCounter(UUID_A, 0).withPowerOnly(UUID_B, 10_000);
        try (EnergyMeter meter = open(nvml)) {
            int energyCalls = nvml.energyCalls.get();
            clock.add(Duration.ofMillis(100));
            ticker.tick();
            assertThat(nvml.energyCalls.get()).isEqualTo(energyCalls);
            assertThat(joules(meter)).isCloseTo(1.0, offset(1e-9));
        }
    }

    @Test
    void closeCallsShutdownExactlyOnce() {
        FakeNvml nvml = new FakeNvml().withCounter(UUID_A, 0).withPowerOnly(UUID_B, 10_000);
        EnergyMeter meter = open(nvml);
        nvml.device(0).energyMillijoules = 3_000;
        assertThat(joules(meter)).isEqualTo(3.0);
        meter.close();
        meter.close();
        assertThat(nvml.inits).hasValue(1);
        assertThat(nvml.shutdowns).hasValue(1);
        assertThat(ticker.running()).isFalse();

        int calls = nvml.energyCalls.get() + nvml.powerCalls.get();
        nvml.device(0).energyMillijoules = 9_000;
        ticker.tick();
        assertThat(joules(meter))
                .as("the last reading, without calling NVML after shutdown")
                .isEqualTo(3.0);
        assertThat(nvml.energyCalls.get() + nvml.powerCalls.get()).isEqualTo(calls);
    }

    @Test
    void selectsConfiguredDevicesByIndexAndByUuid() {
        assertThat(measuredDevices(config().gpuDevices("2").build(), Map.of())).isEqualTo(4.0);
        assertThat(measuredDevices(config().gpuDevices("GPU-bbbb").build(), Map.of()))
                .isEqualTo(2.0);
        assertThat(measuredDevices(config().gpuDevices(" 0 , " + UUID_C).build(), Map.of()))
                .isEqualTo(5.0);
        assertThat(measuredDevices(config().build(), Map.of()))
                .as("all by default")
                .isEqualTo(7.0);
    }

    @Test
    void followsCudaVisibleDevicesUnlessConfigured() {
        assertThat(measuredDevices(config().build(), Map.of("CUDA_VISIBLE_DEVICES", "1")))
                .isEqualTo(2.0);
        assertThat(measuredDevices(config().build(), Map.of("CUDA_VISIBLE_DEVICES", "GPU-cccc,0")))
                .isEqualTo(5.0);
        assertThat(measuredDevices(config().build(), Map.of("CUDA_VISIBLE_DEVICES", "MIG-" + UUID_B + "/1/0")))
                .isEqualTo(2.0);
        assertThat(measuredDevices(config().gpuDevices("0").build(), Map.of("CUDA_VISIBLE_DEVICES", "1")))
                .isEqualTo(1.0);
    }

    /** Three devices whose counters then advance by 1, 2 and 4 J: the sum names the devices measured. */
    private double measuredDevices(CarbonConfig config, Map<String, String> env) {
        FakeNvml nvml =
                new FakeNvml().withCounter(UUID_A, 0).withCounter(UUID_B, 0).withCounter(UUID_C, 0);
        try (EnergyMeter meter = open(nvml, config, env)) {
            nvml.device(0).energyMillijoules = 1_000;
            nvml.device(1).energyMillijoules = 2_000;
            nvml.device(2).energyMillijoules = 4_000;
            return joules(meter);
        }
    }

    @Test
    void cudaHidingEveryDeviceMeansNoneAndReleasesNvml() {
        for (String hidden : new String[] {"", "-1", "7"}) {
            FakeNvml nvml = new FakeNvml().withCounter(UUID_A, 0);
            try (EnergyMeter meter = open(nvml, config().build(), Map.of("CUDA_VISIBLE_DEVICES", hidden))) {
                assertThat(meter.method()).as(hidden).isEqualTo(MeasurementMethod.NONE);
                assertThat(joules(meter)).isZero();
            }
            assertThat(nvml.shutdowns).as(hidden).hasValue(1);
        }
    }

    @Test
    void noLibraryMeansNoneWithoutNotice() {
        try (EnergyMeter meter =
                NvmlMeters.detect(config().build().gpuSettings(), notices, Optional::empty, k -> null, () -> ticker)) {
            assertThat(meter.method()).isEqualTo(MeasurementMethod.NONE);
            assertThat(meter.component()).isEqualTo(Component.GPU);
            assertThat(joules(meter)).isZero();
        }
        assertThat(ticker.starts).isZero();
    }

    @Test
    void noDeviceMeansNoneAndShutsDownOnce() {
        FakeNvml nvml = new FakeNvml();
        try (EnergyMeter meter = open(nvml)) {
            assertThat(meter.method()).isEqualTo(MeasurementMethod.NONE);
        }
        assertThat(nvml.shutdowns).hasValue(1);
    }

    @Test
    void initErrorDegradesToNoneWithOneNoticeQuotingNvml() {
        FakeNvml nvml = new FakeNvml().withCounter(UUID_A, 0);
        nvml.initError = 999;
        assertThat(open(nvml).method()).isEqualTo(MeasurementMethod.NONE);
        assertThat(open(nvml).method()).isEqualTo(MeasurementMethod.NONE);
        assertThat(notices.issued())
                .filteredOn(n -> n.startsWith("nvmlInit_v2 failed"))
                .containsExactly("nvmlInit_v2 failed: Unknown Error; GPU energy is not measured");
        assertThat(nvml.shutdowns)
                .as("nothing to shut down after a failed init")
                .hasValue(0);
    }

    @Test
    void driverNotLoadedIsNoGpuNotAnError() {
        FakeNvml nvml = new FakeNvml().withCounter(UUID_A, 0);
        nvml.initError = Nvml.DRIVER_NOT_LOADED;
        assertThat(open(nvml).method()).isEqualTo(MeasurementMethod.NONE);
        assertThat(notices.issued()).noneMatch(n -> n.contains("Driver Not Loaded"));
    }

    @Test
    void errorMidRunFreezesThatDeviceWithOneNotice() {
        String lostUuid = "GPU-dddd4444-0000-0000-0000-000000000000";
        FakeNvml nvml = new FakeNvml().withCounter(UUID_A, 0).withCounter(lostUuid, 0);
        try (EnergyMeter meter = open(nvml)) {
            nvml.device(0).energyMillijoules = 1_000;
            nvml.device(1).energyMillijoules = 2_000;
            assertThat(joules(meter)).isEqualTo(3.0);

            nvml.device(1).energyError = Nvml.GPU_IS_LOST;
            nvml.device(0).energyMillijoules = 1_500;
            nvml.device(1).energyMillijoules = 9_000;
            assertThat(joules(meter)).isEqualTo(3.5);
            nvml.device(1).energyError = Nvml.SUCCESS;
            nvml.device(0).energyMillijoules = 2_000;
            assertThat(joules(meter)).as("a lost device stays out").isEqualTo(4.0);

            assertThat(meter.method().kind()).isEqualTo(MeasurementMethod.Kind.MEASURED);
            assertThat(meter.method().detail()).contains("stopped after NVML errors: GPU 1 (GPU is lost)");
            assertThat(notices.issued())
                    .filteredOn(n -> n.contains("[GPU-dddd4444]"))
                    .containsExactly("NVML failed for GPU 1 NVIDIA H100 80GB HBM3 [GPU-dddd4444] in "
                            + "nvmlDeviceGetTotalEnergyConsumption: GPU is lost; its energy stays at what was "
                            + "measured so far");
        }
        assertThat(nvml.shutdowns).hasValue(1);
    }

    @Test
    void powerErrorMidRunFreezesThatDevice() {
        String uuid = "GPU-eeee5555-0000-0000-0000-000000000000";
        FakeNvml nvml = new FakeNvml().withPowerOnly(uuid, 20_000);
        try (EnergyMeter meter = open(nvml)) {
            clock.add(Duration.ofSeconds(2));
            ticker.tick();
            nvml.device(0).powerError = Nvml.NO_PERMISSION;
            clock.add(Duration.ofSeconds(2));
            ticker.tick();
            assertThat(joules(meter)).isEqualTo(40.0);
            assertThat(meter.method().detail()).contains("GPU 0 (Insufficient Permissions)");
            assertThat(notices.issued())
                    .anyMatch(n ->
                            n.contains("[GPU-eeee5555] in nvmlDeviceGetPowerUsage: " + "Insufficient Permissions"));
        }
    }

    @Test
    void counterRestartedByDriverReloadNeverCountsBackwards() {
        FakeNvml nvml = new FakeNvml().withCounter(UUID_A, 50_000);
        try (EnergyMeter meter = open(nvml)) {
            nvml.device(0).energyMillijoules = 60_000;
            assertThat(joules(meter)).isEqualTo(10.0);
            nvml.device(0).energyMillijoules = 1_000;
            assertThat(joules(meter)).isEqualTo(10.0);
            nvml.device(0).energyMillijoules = 4_000;
            assertThat(joules(meter)).isEqualTo(13.0);
        }
    }

    @Test
    void deviceThatCannotBeOpenedIsSkipped() {
        String forbidden = "GPU-ffff6666-0000-0000-0000-000000000000";
        FakeNvml nvml = new FakeNvml().withCounter(forbidden, 0).withCounter(UUID_B, 0);
        nvml.device(0).handleError = Nvml.NO_PERMISSION;
        try (EnergyMeter meter = open(nvml)) {
            nvml.device(1).energyMillijoules = 2_000;
            assertThat(joules(meter)).isEqualTo(2.0);
            assertThat(meter.method().detail()).startsWith("GPU 1 NVIDIA H100 80GB HBM3 [GPU-bbbb2222]");
        }
        assertThat(notices.issued())
                .contains(
                        "nvmlDeviceGetHandleByIndex_v2 failed for GPU 0: Insufficient Permissions; that GPU is not measured");
    }

    @Test
    void deviceWithNeitherCounterNorPowerIsSkipped() {
        FakeNvml nvml = new FakeNvml().withPowerOnly("GPU-99990000", 1_000);
        nvml.device(0).powerError = Nvml.NOT_SUPPORTED;
        assertThat(open(nvml).method()).isEqualTo(MeasurementMethod.NONE);
        assertThat(nvml.shutdowns).hasValue(1);
        assertThat(ticker.starts).isZero();
    }

    @Test
    void malformedDeviceListFailsFastEvenWithoutNvml() {
        CarbonConfig config = config().gpuDevices("0,first").build();
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        NvmlMeters.detect(config.gpuSettings(), notices, Optional::empty, k -> null, () -> ticker))
                .withMessageContainingAll("carbon4j.gpu.devices", "\"0,first\"", "\"first\"");
    }

    @Test
    void detectsTheRealMachineWithoutThrowing() {
        // Here there is no NVIDIA driver (CI): none. On a GPU machine: the counter. Either way it closes cleanly.
        for (Scope scope : Scope.values()) {
            try (EnergyMeter meter =
                    NvmlMeters.detect(config().scope(scope).build().gpuSettings(), notices)) {
                assertThat(meter.component()).isEqualTo(Component.GPU);
                Energy first = meter.read();
                if (NvmlLibraryFile.find().flatMap(JnaNvml::load).isEmpty()) {
                    assertThat(meter.method()).isEqualTo(MeasurementMethod.NONE);
                    assertThat(first).isEqualTo(Energy.ZERO);
                }
                assertThat(meter.read()).as("a cumulative counter").isGreaterThanOrEqualTo(first);
            }
        }
    }

    @Test
    void withoutTheLibraryFileNvmlIsNotLoaded() {
        AtomicInteger loads = new AtomicInteger();
        try (EnergyMeter meter = NvmlMeters.detect(config().build().gpuSettings(), notices, Optional::empty)) {
            assertThat(meter.method()).isEqualTo(MeasurementMethod.NONE);
        }
        try (EnergyMeter meter = NvmlMeters.detect(
                config().build().gpuSettings(),
                notices,
                () -> {
                    loads.incrementAndGet();
                    return Optional.empty();
                },
                k -> null,
                () -> ticker)) {
            assertThat(loads).hasValue(1);
            assertThat(meter.method()).isEqualTo(MeasurementMethod.NONE);
        }
    }

    @Test
    void aLibraryFileThatIsNotALibraryIsNoGpu(@TempDir Path temp) throws Exception {
        Path fake = Files.writeString(temp.resolve(NvmlLibraryFile.LINUX_NAME), "not a shared object");
        try (EnergyMeter meter = NvmlMeters.detect(config().build().gpuSettings(), notices, () -> Optional.of(fake))) {
            assertThat(meter.method()).isEqualTo(MeasurementMethod.NONE);
        }
    }
}
