package io.github.carbon4j.report;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import io.github.carbon4j.MachineHardware;
import java.util.List;
import java.util.Optional;

/**
 * The machine a run was on, for the summaries and CodeCarbon's columns. Immutable. Values that
 * cannot be read are empty text or 0, never a guess.
 *
 * @param os operating system name and version
 * @param cpuModel the processor's model name as the meters probed it, or empty
 * @param cpuCount logical processors, as the meters probed them
 * @param ramTotalBytes physical memory of the machine as the meters probed it, 0 when unknown
 * @param hostname the host name, or empty
 * @param javaVersion the runtime's version
 * @param user the operating-system user running the JVM, the agent of the PROV document
 * @param gpuModels the model of each GPU the GPU meter reads, empty when none
 */
record MachineInfo(String os, String cpuModel, int cpuCount, long ramTotalBytes, String hostname, String javaVersion,
        String user, List<String> gpuModels) {

    MachineInfo {
        gpuModels = List.copyOf(gpuModels);
    }

    /** This machine with the hardware facts the meters use: CPU and memory as probed, the GPUs they read. */
    static MachineInfo current(MachineHardware hardware) {
        // What the hardware says is not looked up again: cpuinfo is read and the JVM's MXBean asked only without it.
        String cpu = hardware.cpuModel().orElseGet(MachineInfo::cpuinfoModel);
        long memory = hardware.totalMemoryBytes() > 0 ? hardware.totalMemoryBytes() : totalMemory();
        return new MachineInfo(osName(), cpu, hardware.logicalCpus(), memory, hostName(),
                System.getProperty("java.version", ""), System.getProperty("user.name", ""), hardware.gpuModels());
    }

    /** CodeCarbon's gpu_model: "N x name" per model, in the order first seen. */
    String gpuModelText() {
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        gpuModels.forEach(name -> counts.merge(name, 1, Integer::sum));
        List<String> parts = new java.util.ArrayList<>();
        counts.forEach((name, count) -> parts.add(count + " x " + name));
        return String.join(", ", parts);
    }

    private static final Path CPUINFO = Path.of("/proc/cpuinfo");
    private static final Path HOSTNAME = Path.of("/proc/sys/kernel/hostname");

    /** This machine. Reads /proc on Linux and the environment elsewhere; does no network lookup. */
    static MachineInfo current() {
        return new MachineInfo(osName(), cpuinfoModel(), Runtime.getRuntime().availableProcessors(), totalMemory(),
                hostName(), System.getProperty("java.version", ""), System.getProperty("user.name", ""), List.of());
    }

    private static String osName() {
        return (System.getProperty("os.name", "") + " " + System.getProperty("os.version", "")).trim();
    }

    private static String cpuinfoModel() {
        return read(CPUINFO).flatMap(MachineInfo::cpuModel)
                .orElseGet(() -> Optional.ofNullable(System.getenv("PROCESSOR_IDENTIFIER")).orElse(""));
    }

    private static String hostName() {
        return read(HOSTNAME).map(String::trim)
                .or(() -> Optional.ofNullable(System.getenv("COMPUTERNAME")))
                .or(() -> Optional.ofNullable(System.getenv("HOSTNAME")))
                .orElse("");
    }

    /** The first {@code model name} of a Linux {@code /proc/cpuinfo}. */
    static Optional<String> cpuModel(String cpuinfo) {
        for (String line : cpuinfo.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equals("model name")) {
                String value = line.substring(colon + 1).trim();
                return value.isEmpty() ? Optional.empty() : Optional.of(value);
            }
        }
        return Optional.empty();
    }

    double ramTotalGibibytes() {
        return ramTotalBytes / (1024.0 * 1024 * 1024);
    }

    private static long totalMemory() {
        OperatingSystemMXBean bean = ManagementFactory.getOperatingSystemMXBean();
        if (bean instanceof com.sun.management.OperatingSystemMXBean sun) {
            return Math.max(0, sun.getTotalMemorySize());
        }
        return 0;
    }

    private static Optional<String> read(Path file) {
        try {
            return Files.isReadable(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
