package io.github.carbon4j.meter;

import java.io.IOException;
import java.util.Optional;
import java.util.function.LongSupplier;
import oshi.SystemInfo;
import oshi.hardware.CentralProcessor;
import oshi.hardware.GlobalMemory;
import oshi.hardware.HardwareAbstractionLayer;
import oshi.software.os.OSProcess;
import oshi.software.os.OperatingSystem;

/**
 * Everything carbon4j asks OSHI, and the only class that imports it. Used for facts that do not
 * change (CPU model, sockets, memory) and, off Linux, for what {@code /proc} would give.
 */
final class OshiPlatform {

    private OshiPlatform() {}

    /**
     * Probes the hardware; never throws (OSHI's native access can fail on exotic platforms). Only where
     * the kernel's files cannot tell ({@link KernelHardware}), since OSHI loads JNA's native part, which
     * JDK 24 and newer warn about in every user's output.
     */
    static HardwareInfo probe() {
        try {
            HardwareAbstractionLayer hal = new SystemInfo().getHardware();
            CentralProcessor cpu = hal.getProcessor();
            GlobalMemory memory = hal.getMemory();
            return new HardwareInfo(
                    Optional.ofNullable(cpu.getProcessorIdentifier().getName()),
                    cpu.getPhysicalPackageCount(),
                    cpu.getLogicalProcessorCount(),
                    memory.getTotal(),
                    memory.getPageSize(),
                    System.getProperty("os.arch", ""));
        } catch (RuntimeException | LinkageError e) {
            // Probed once per JVM: each logger whose meters use these facts gives the notice (Detection).
            return HardwareInfo.ofJvm(
                    "cannot ask the OS about the hardware (" + e + "); the CPU and RAM estimates use generic figures");
        }
    }

    /**
     * The machine's CPU ticks through OSHI, for systems without {@code /proc/stat}. OSHI caches these
     * for 300 ms, longer than the window {@link MachineLoad} takes them over, which then sees some
     * windows without a change. Where OSHI cannot work, every read fails with an {@link IOException},
     * which the load sampler reports once.
     */
    static CpuTimes.TickSource ticks() {
        CentralProcessor cpu;
        try {
            cpu = new SystemInfo().getHardware().getProcessor();
        } catch (RuntimeException | LinkageError e) {
            return busyAndTotal -> {
                throw new IOException("OSHI cannot read CPU ticks here: " + e);
            };
        }
        return busyAndTotal -> {
            long[] ticks = cpu.getSystemCpuLoadTicks();
            long idle = ticks[CentralProcessor.TickType.IDLE.getIndex()]
                    + ticks[CentralProcessor.TickType.IOWAIT.getIndex()];
            long total = 0;
            for (long tick : ticks) {
                total += tick;
            }
            // OSHI's ticks are milliseconds.
            busyAndTotal[0] = (total - idle) * 1_000_000;
            busyAndTotal[1] = total * 1_000_000;
        };
    }

    /**
     * This process's resident memory in bytes through OSHI, for systems without {@code /proc}; -1 when
     * unknown (the meter then keeps its previous share), so that a failing probe never reaches a test.
     */
    static LongSupplier residentBytes() {
        OperatingSystem os;
        try {
            os = new SystemInfo().getOperatingSystem();
        } catch (RuntimeException | LinkageError e) {
            return () -> -1;
        }
        return () -> {
            try {
                OSProcess self = os.getCurrentProcess();
                return self == null ? -1 : self.getResidentSetSize();
            } catch (RuntimeException e) {
                return -1;
            }
        };
    }
}
