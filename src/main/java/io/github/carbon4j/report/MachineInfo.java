package io.github.carbon4j.report;

import io.github.carbon4j.MachineHardware;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
record MachineInfo(
        String os,
        String cpuModel,
        int cpuCount,
        long ramTotalBytes,
        String hostname,
        String javaVersion,
        String user,
        List<String> gpuModels) {

    MachineInfo {
        gpuModels = List.copyOf(gpuModels);
    }

    /**
     * This machine as its meters probed it: CPU model, logical CPUs, memory and GPUs all come from
     * the one hardware probe of the meters, so a report never names another CPU than the one whose TDP
     * was used; only the operating system, host, Java version and user are read here.
     */
    static MachineInfo current(MachineHardware hardware) {
        String os = System.getProperty("os.name", "") + " " + System.getProperty("os.version", "");
        // Ifs, not an Optional chain: each lambda is a class a closing JVM spins.
        Optional<String> file = read(HOSTNAME);
        String host = file.isPresent() ? file.get().trim() : System.getenv("COMPUTERNAME");
        if (host == null) {
            host = System.getenv("HOSTNAME");
        }
        if (host == null) {
            host = "";
        }
        return new MachineInfo(
                os.trim(),
                hardware.cpuModel().orElse(""),
                hardware.logicalCpus(),
                hardware.totalMemoryBytes(),
                host,
                System.getProperty("java.version", ""),
                System.getProperty("user.name", ""),
                hardware.gpuModels());
    }

    /** CodeCarbon's gpu_model: "N x name" per model, in the order first seen. */
    String gpuModelText() {
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (String name : gpuModels) {
            Integer count = counts.get(name);
            counts.put(name, count == null ? 1 : count + 1);
        }
        List<String> parts = new java.util.ArrayList<>();
        for (java.util.Map.Entry<String, Integer> count : counts.entrySet()) {
            parts.add(count.getValue() + " x " + count.getKey());
        }
        return String.join(", ", parts);
    }

    private static final Path HOSTNAME = Path.of("/proc/sys/kernel/hostname");

    double ramTotalGibibytes() {
        return ramTotalBytes / (1024.0 * 1024 * 1024);
    }

    private static Optional<String> read(Path file) {
        try {
            return Files.isReadable(file)
                    ? Optional.of(Files.readString(file, StandardCharsets.UTF_8))
                    : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
