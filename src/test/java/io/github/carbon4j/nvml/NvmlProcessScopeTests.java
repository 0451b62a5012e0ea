package io.github.carbon4j.nvml;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.carbon4j.CarbonConfig;
import io.github.carbon4j.MeasurementMethod;
import io.github.carbon4j.MockClock;
import io.github.carbon4j.Scope;
import io.github.carbon4j.internal.Notices;
import io.github.carbon4j.meter.EnergyMeter;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Process scope on the fake NVML: which GPUs count, when, and what the report says about it. */
class NvmlProcessScopeTests {

    /** This test\'s own notices, as a logger\'s would be. */
    private final Notices notices = new Notices();

    private static final String UUID_A = "GPU-aaaa1111-0000-0000-0000-000000000000";
    private static final String UUID_B = "GPU-bbbb2222-0000-0000-0000-000000000000";
    private static final String MIG_A0 = "MIG-5f1e0c3a-0000-0000-0000-000000000000";
    private static final String MIG_A1 = "MIG-6e2d1b4c-0000-0000-0000-000000000000";
    private static final long JVM = 100;
    private static final long CHILD = 101;
    private static final long NEIGHBOUR = 999;

    private final MockClock clock = new MockClock();
    private final ManualTicker ticker = new ManualTicker();
    /** This JVM is pid 100 and has started pid 101. */
    private final ProcessTree tree = new ProcessTree() {
        @Override
        public boolean claims(long pid) {
            return Set.of(JVM, CHILD).contains(pid);
        }

        @Override
        public String rule() {
            return "while this JVM or a process it started has a context on it";
        }
    };

    private EnergyMeter open(FakeNvml nvml, CarbonConfig.Builder config, Map<String, String> env) {
        return NvmlMeters.detect(
                config.clock(clock).build().gpuSettings(),
                notices,
                () -> Optional.of(nvml),
                env::get,
                () -> ticker,
                () -> tree);
    }

    private EnergyMeter open(FakeNvml nvml) {
        return open(nvml, CarbonConfig.builder().scope(Scope.PROCESS), Map.of());
    }

    private static FakeNvml twoGpus() {
        return new FakeNvml().withCounter(UUID_A, 0).withCounter(UUID_B, 0);
    }

    /** GPU 0 draws 1 J, GPU 1 2 J, in 200 ms: past the check period, so every read checks. */
    private static void step(FakeNvml nvml, MockClock clock) {
        clock.add(Duration.ofMillis(200));
        for (int i = 0; i < nvml.devices.size(); i++) {
            nvml.device(i).energyMillijoules += 1_000L * (i + 1);
        }
    }

    @Test
    void aGpuCountsOnlyWhileThisJvmHasAContextOnIt() {
        FakeNvml nvml = twoGpus();
        nvml.device(1).computePids = new long[] {JVM};
        nvml.device(0).computePids = new long[] {NEIGHBOUR};
        try (EnergyMeter meter = open(nvml)) {
            step(nvml, clock);
            assertThat(meter.read().joules()).as("only GPU 1, this JVM's").isEqualTo(2.0);
            nvml.device(1).computePids = new long[] {NEIGHBOUR, JVM};
            step(nvml, clock);
            assertThat(meter.read().joules()).isEqualTo(4.0);
        }
    }

    @Test
    void aCpuOnlySuiteOnAGpuNodeIsChargedNoGpu() {
        FakeNvml nvml = twoGpus();
        nvml.device(0).computePids = new long[] {NEIGHBOUR};
        try (EnergyMeter meter = open(nvml)) {
            for (int i = 0; i < 5; i++) {
                step(nvml, clock);
                assertThat(meter.read().joules()).isZero();
            }
            assertThat(meter.method().kind()).isEqualTo(MeasurementMethod.Kind.MEASURED);
            assertThat(meter.method().detail())
                    .contains(
                            "process scope: a GPU's energy counts while this JVM or a"
                                    + " process it started has a context on it (NVML's running-process lists, read at most every 100 ms)");
        }
    }

    @Test
    void aChildProcessAndAGraphicsContextCountToo() {
        FakeNvml nvml = twoGpus();
        nvml.device(0).computePids = new long[] {CHILD};
        nvml.device(1).graphicsPids = new long[] {JVM};
        try (EnergyMeter meter = open(nvml)) {
            step(nvml, clock);
            assertThat(meter.read().joules()).isEqualTo(3.0);
        }
    }

    @Test
    void theRealProcessTreeClaimsThisJvmAndItsChildren() throws Exception {
        ProcessTree real = ProcessTree.of(ProcessHandle.current(), false);
        assertThat(real.claims(ProcessHandle.current().pid())).isTrue();
        Process child = new ProcessBuilder("sleep", "30").start();
        try {
            assertThat(real.claims(child.pid())).isTrue();
        } finally {
            child.destroy();
            child.waitFor(5, TimeUnit.SECONDS);
        }
        assertThat(real.claims(ProcessHandle.current().parent().orElseThrow().pid()))
                .as("the parent")
                .isFalse();
        long unknown = 4_000_000_000L;
        assertThat(real.claims(unknown)).as("no such process here").isFalse();
        assertThat(ProcessTree.of(ProcessHandle.current(), true).claims(unknown))
                .as("in a container, an unknown pid may be the host's name for ours")
                .isTrue();
        assertThat(ProcessTree.of(ProcessHandle.current(), true).rule()).contains("PID namespace");
    }

    @Test
    void aContextCreatedBetweenTwoChecksCountsFromThePreviousCheck() {
        FakeNvml nvml = new FakeNvml().withCounter(UUID_A, 0);
        try (EnergyMeter meter = open(nvml)) {
            for (int i = 0; i < 4; i++) {
                clock.add(Duration.ofMillis(20));
                nvml.device(0).energyMillijoules += 1_000;
                assertThat(meter.read().joules()).as("no check yet: waits").isZero();
            }
            nvml.device(0).computePids = new long[] {JVM};
            clock.add(Duration.ofMillis(20));
            nvml.device(0).energyMillijoules += 1_000;
            // 100 ms after the last check: this read checks, sees the JVM, and counts everything since.
            assertThat(meter.read().joules()).isEqualTo(5.0);
            clock.add(Duration.ofMillis(20));
            nvml.device(0).energyMillijoules += 1_000;
            assertThat(meter.read().joules()).isEqualTo(6.0);
        }
    }

    @Test
    void aProcessThatEndsCountsUntilTheCheckThatNoLongerSeesIt() {
        FakeNvml nvml = new FakeNvml().withCounter(UUID_A, 0);
        nvml.device(0).computePids = new long[] {JVM};
        try (EnergyMeter meter = open(nvml)) {
            clock.add(Duration.ofMillis(50));
            nvml.device(0).energyMillijoules += 1_000;
            assertThat(meter.read().joules()).isEqualTo(1.0);
            nvml.device(0).computePids = new long[0];
            clock.add(Duration.ofMillis(60));
            nvml.device(0).energyMillijoules += 1_000;
            assertThat(meter.read().joules())
                    .as("present at the interval's first check")
                    .isEqualTo(2.0);
            step(nvml, clock);
            assertThat(meter.read().joules()).isEqualTo(2.0);
        }
    }

    @Test
    void processListsAreReadAtMostEvery100Milliseconds() {
        FakeNvml nvml = twoGpus();
        nvml.device(0).computePids = new long[] {JVM};
        try (EnergyMeter meter = open(nvml)) {
            int opened = nvml.processCalls.get();
            for (int i = 0; i < 1_000; i++) {
                clock.add(50, TimeUnit.MICROSECONDS);
                meter.read();
            }
            assertThat(nvml.processCalls.get()).as("50 ms of steps of 50 µs").isEqualTo(opened);
            clock.add(Duration.ofMillis(50));
            meter.read();
            meter.read();
            // GPU 0: its compute list shows the JVM; GPU 1: compute and graphics lists, both empty.
            assertThat(nvml.processCalls.get() - opened).isEqualTo(3);
        }
    }

    @Test
    void machineScopeCountsEveryGpuAndNeverReadsProcessLists() {
        FakeNvml nvml = twoGpus();
        try (EnergyMeter meter = open(nvml, CarbonConfig.builder().scope(Scope.MACHINE), Map.of())) {
            step(nvml, clock);
            assertThat(meter.read().joules()).isEqualTo(3.0);
            assertThat(meter.method().detail()).doesNotContain("process");
        }
        assertThat(nvml.processCalls).hasValue(0);
    }

    @Test
    void unavailableProcessListsCountTheGpuWholeAndSaySoOnce() {
        String uuid = "GPU-cccc3333-0000-0000-0000-000000000000";
        FakeNvml nvml = new FakeNvml().withCounter(UUID_A, 0).withCounter(uuid, 0);
        nvml.device(1).computeError = Nvml.NOT_SUPPORTED;
        try (EnergyMeter meter = open(nvml)) {
            step(nvml, clock);
            step(nvml, clock);
            assertThat(meter.read().joules())
                    .as("GPU 1 whole, GPU 0 not this JVM's")
                    .isEqualTo(4.0);
            assertThat(meter.method().detail())
                    .contains("GPU 1 counted whole, its process lists being unavailable"
                            + " (nvmlDeviceGetComputeRunningProcesses_v3: Not Supported)");
        }
        assertThat(notices.issued())
                .filteredOn(n -> n.contains("[GPU-cccc3333]"))
                .containsExactly("cannot tell which processes use GPU 1 NVIDIA H100 80GB HBM3 [GPU-cccc3333] "
                        + "(nvmlDeviceGetComputeRunningProcesses_v3: Not Supported); its whole energy is counted, as in"
                        + " machine scope");
    }

    @Test
    void anErrorMidRunCountsTheGpuWholeFromThere() {
        FakeNvml nvml = new FakeNvml().withCounter(UUID_A, 0);
        try (EnergyMeter meter = open(nvml)) {
            step(nvml, clock);
            assertThat(meter.read().joules()).isZero();
            assertThat(meter.method().detail()).doesNotContain("counted whole");
            nvml.device(0).computeError = Nvml.NO_PERMISSION;
            step(nvml, clock);
            assertThat(meter.read().joules()).isEqualTo(1.0);
            nvml.device(0).computeError = Nvml.SUCCESS;
            step(nvml, clock);
            assertThat(meter.read().joules()).as("whole for good").isEqualTo(2.0);
            assertThat(meter.method().detail()).contains("GPU 0 counted whole", "Insufficient Permissions");
        }
    }

    @Test
    void aGpuWithoutGraphicsIsAskedOnlyForComputeContexts() {
        FakeNvml nvml = new FakeNvml().withCounter(UUID_A, 0);
        nvml.device(0).graphicsError = Nvml.NOT_SUPPORTED;
        try (EnergyMeter meter = open(nvml)) {
            int opened = nvml.processCalls.get();
            nvml.device(0).computePids = new long[] {JVM};
            step(nvml, clock);
            assertThat(meter.read().joules()).isEqualTo(1.0);
            nvml.device(0).computePids = new long[0];
            step(nvml, clock);
            assertThat(meter.read().joules())
                    .as("seen at the interval's first check")
                    .isEqualTo(2.0);
            step(nvml, clock);
            assertThat(meter.read().joules()).isEqualTo(2.0);
            assertThat(meter.method().detail()).doesNotContain("counted whole");
            assertThat(nvml.processCalls.get() - opened)
                    .as("compute lists only")
                    .isEqualTo(3);
        }
    }

    // ---- MIG ----

    private static FakeNvml gpusWithMig() {
        return twoGpus().withMig(0, MIG_A0).withMig(0, MIG_A1);
    }

    @Test
    void aMigUuidMeasuresItsGpuAndNoOther() {
        // Before: a bare MIG UUID selected every GPU.
        FakeNvml nvml = gpusWithMig();
        try (EnergyMeter meter =
                open(nvml, CarbonConfig.builder().scope(Scope.MACHINE), Map.of("CUDA_VISIBLE_DEVICES", MIG_A1))) {
            step(nvml, clock);
            assertThat(meter.read().joules()).isEqualTo(1.0);
            assertThat(meter.method().detail())
                    .isEqualTo("GPU 0 NVIDIA H100 80GB HBM3 [GPU-aaaa1111] for MIG-6e2d1b4c"
                            + " (MIG, measured as its GPU's energy: all instances)");
        }
    }

    @Test
    void inProcessScopeAMigDeviceCountsWhileThisJvmIsOnThatInstance() {
        FakeNvml nvml = gpusWithMig();
        nvml.device(0).migPids.put(MIG_A0, new long[] {NEIGHBOUR});
        try (EnergyMeter meter = open(nvml, CarbonConfig.builder().gpuDevices(MIG_A1), Map.of())) {
            step(nvml, clock);
            assertThat(meter.read().joules()).as("someone else's instance").isZero();
            nvml.device(0).migPids.put(MIG_A1, new long[] {JVM});
            step(nvml, clock);
            assertThat(meter.read().joules()).as("the whole GPU's energy").isEqualTo(1.0);
            assertThat(meter.method().detail()).contains("for MIG-6e2d1b4c (MIG, measured as its GPU's energy");
        }
        // The GPU's own lists (privileged in MIG mode) were never needed.
        nvml.device(0).computeError = Nvml.NO_PERMISSION;
        try (EnergyMeter meter = open(nvml, CarbonConfig.builder().gpuDevices(MIG_A1), Map.of())) {
            assertThat(meter.method().detail()).doesNotContain("counted whole");
        }
    }

    @Test
    void aMigUuidNvmlCannotTraceSelectsNothingWithANotice() {
        FakeNvml nvml = gpusWithMig();
        nvml.migParentError = Nvml.NOT_SUPPORTED;
        try (EnergyMeter meter = open(nvml, CarbonConfig.builder(), Map.of("CUDA_VISIBLE_DEVICES", MIG_A0))) {
            assertThat(meter.method()).isEqualTo(MeasurementMethod.NONE);
        }
        assertThat(notices.issued())
                .contains("cannot find the GPU of " + MIG_A0
                        + " (nvmlDeviceGetDeviceHandleFromMigDeviceHandle: Not Supported); it selects no GPU");
    }

    @Test
    void theOldMigFormReadsItsGpusLists() {
        FakeNvml nvml = gpusWithMig();
        nvml.device(0).computePids = new long[] {JVM};
        try (EnergyMeter meter =
                open(nvml, CarbonConfig.builder(), Map.of("CUDA_VISIBLE_DEVICES", "MIG-" + UUID_A + "/1/0"))) {
            step(nvml, clock);
            assertThat(meter.read().joules()).isEqualTo(1.0);
            assertThat(meter.method().detail()).contains("for MIG-" + UUID_A + "/1/0 (MIG");
        }
    }
}
