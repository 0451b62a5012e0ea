package io.github.carbon4j.meter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** This machine's {@link Platform}: the JVM's CPU time read from procfs is the figure the JVM's MXBean reports. */
class PlatformTests {

    @Test
    void processCpuTimeFromProcIsTheMxBeansFigure() {
        assumeTrue(Files.isReadable(Path.of("/proc/self/stat")), "a Linux procfs");
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        java.util.function.LongSupplier fromProc = Platform.system().processCpuNanos();
        for (int round = 0; round < 20; round++) {
            long before = os.getProcessCpuTime();
            long read = fromProc.getAsLong();
            long after = os.getProcessCpuTime();
            // Both count the kernel's 10 ms ticks: the same figure, read between the two.
            assertThat(read).isBetween(before, after).isPositive();
            assertThat(read % 10_000_000).isZero();
            burn();
        }
    }

    private static void burn() {
        long end = System.nanoTime() + 15_000_000;
        double x = 0;
        while (System.nanoTime() < end) {
            x += Math.sqrt(x + 1);
        }
        assertThat(x).isPositive();
    }
}
