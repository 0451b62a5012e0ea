package io.github.carbon4j.meter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.carbon4j.CarbonConfig;
import io.github.carbon4j.CarbonLogger;
import io.github.carbon4j.Component;
import io.github.carbon4j.Energy;
import io.github.carbon4j.MeasurementMethod;
import io.github.carbon4j.Scope;
import io.github.carbon4j.internal.Notices;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Detection on the machine that runs the tests, whatever it has. */
class EnergyMetersTests {

    @Test
    void detectsWorkingMetersOnThisMachine() {
        for (Scope scope : Scope.values()) {
            try (Meters meters = EnergyMeters.detect(
                    CarbonConfig.builder().scope(scope).build().meterSettings(),
                    EnergyMeters.none(Component.GPU),
                    new Notices())) {
                assertThat(meters.cpu().component()).isEqualTo(Component.CPU);
                assertThat(meters.gpu().component()).isEqualTo(Component.GPU);
                assertThat(meters.ram().component()).isEqualTo(Component.RAM);
                assertThat(meters.cpu().method().kind()).isNotEqualTo(MeasurementMethod.Kind.NONE);
                assertThat(meters.ram().method().name()).isIn("DIMM model", "memory size model");
                Energy cpu = meters.cpu().read();
                Energy ram = meters.ram().read();
                // Work rather than sleep: in process scope a sleeping JVM's share of the CPU is rightly zero.
                spin(60_000_000);
                assertThat(meters.cpu().read()).isGreaterThan(cpu);
                assertThat(meters.ram().read()).isGreaterThan(ram);
                if (scope == Scope.PROCESS) {
                    assertThat(meters.cpu().method().detail()).contains("this JVM's CPU time × ");
                }
            }
        }
    }

    @Test
    void aMalformedGpuListFailsFastAndLeavesNoKernelFileOpen() throws Exception {
        Path fds = Path.of("/proc/self/fd");
        assumeThat(fds).as("needs /proc/self/fd to count open files").isDirectory();
        CarbonConfig config = CarbonConfig.builder().gpuDevices("first-gpu").build();
        long before = count(fds);
        for (int i = 0; i < 50; i++) {
            // The logger opens the GPU meter first, which rejects the list before any kernel file is open.
            assertThatThrownBy(() -> CarbonLogger.start(config))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("carbon4j.gpu.devices")
                    .hasMessageContaining("first-gpu");
        }
        assertThat(count(fds)).isLessThan(before + 10);
    }

    private static long count(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.count();
        }
    }

    private static long spin(long nanos) {
        long end = System.nanoTime() + nanos;
        long sum = 0;
        while (System.nanoTime() < end) {
            sum += sum * 31 + 7;
        }
        return sum;
    }
}
