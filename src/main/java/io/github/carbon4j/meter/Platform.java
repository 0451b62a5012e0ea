package io.github.carbon4j.meter;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.file.Path;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The machine as the meters see it: where {@code /proc} is, how kernel files are opened, the
 * hardware facts, this process's CPU time, and what to use where {@code /proc} is missing. Tests
 * build one from fixtures; {@link #system()} is the real machine. Immutable.
 *
 * @param files opens procfs and sysfs files
 * @param procRoot the procfs mount, {@code /proc}
 * @param hardware the hardware facts, probed lazily (OSHI takes a while)
 * @param processCpuNanos this process's CPU time in ns, negative when unknown
 * @param otherTicks the machine's CPU ticks where {@code procRoot/stat} cannot be read
 * @param otherResidentBytes this process's resident memory where {@code procRoot/self/statm} cannot be read
 */
record Platform(KernelFiles files, Path procRoot, Supplier<HardwareInfo> hardware, LongSupplier processCpuNanos,
        Supplier<CpuTimes.TickSource> otherTicks, Supplier<LongSupplier> otherResidentBytes) {

    private static final class Probed {
        static final HardwareInfo HARDWARE = OshiPlatform.probe();
    }

    /** This machine; hardware is probed once per JVM, since it does not change. */
    static Platform system() {
        return new Platform(KernelFiles.SYSTEM, Path.of("/proc"), () -> Probed.HARDWARE, processCpuTime(),
                OshiPlatform::ticks, OshiPlatform::residentBytes);
    }

    /**
     * The JVM's own CPU time. On Linux it is counted in the same 10 ms ticks as {@code /proc/stat},
     * which is what makes their ratio a fair share (see {@link CpuSample#processShareSince}).
     */
    private static LongSupplier processCpuTime() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun::getProcessCpuTime;
        }
        return () -> -1;
    }
}
