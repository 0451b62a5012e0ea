package io.github.carbon4j.meter;

import java.util.Locale;
import java.util.Optional;

/**
 * What the meters need to know about the machine, probed once. Immutable.
 *
 * @param cpuName the CPU model name as the OS reports it, empty when unknown
 * @param sockets physical packages, at least 1
 * @param logicalCpus logical processors, at least 1
 * @param totalMemoryBytes physical memory in bytes, 0 when unknown
 * @param pageSizeBytes memory page size in bytes
 * @param architecture {@code os.arch}, e.g. {@code amd64} or {@code aarch64}
 * @param problem why the OS could not be asked, for a notice where the meters use these facts; empty when it could
 */
record HardwareInfo(
        Optional<String> cpuName,
        int sockets,
        int logicalCpus,
        long totalMemoryBytes,
        long pageSizeBytes,
        String architecture,
        Optional<String> problem) {

    HardwareInfo(
            Optional<String> cpuName,
            int sockets,
            int logicalCpus,
            long totalMemoryBytes,
            long pageSizeBytes,
            String architecture) {
        this(cpuName, sockets, logicalCpus, totalMemoryBytes, pageSizeBytes, architecture, Optional.empty());
    }

    HardwareInfo {
        // Not map and filter: their lambdas are classes a starting JVM spins.
        String name = cpuName.isPresent() ? cpuName.get().strip() : "";
        cpuName = name.isEmpty() ? Optional.empty() : Optional.of(name);
        sockets = Math.max(1, sockets);
        logicalCpus = Math.max(1, logicalCpus);
        totalMemoryBytes = Math.max(0, totalMemoryBytes);
        pageSizeBytes = pageSizeBytes > 0 ? pageSizeBytes : 4096;
    }

    /** What the JVM alone can tell, when the OS cannot be asked, with why not. */
    static HardwareInfo ofJvm(String problem) {
        return new HardwareInfo(
                Optional.empty(),
                1,
                Runtime.getRuntime().availableProcessors(),
                0,
                4096,
                System.getProperty("os.arch", ""),
                Optional.of(problem));
    }

    /** ARM machines have lower-power memory (the DIMM model's 1.5 W rather than 5 W). */
    boolean arm() {
        String arch = architecture.toLowerCase(Locale.ROOT);
        return arch.startsWith("aarch") || arch.startsWith("arm");
    }
}
