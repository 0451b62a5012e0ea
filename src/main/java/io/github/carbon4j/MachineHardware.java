package io.github.carbon4j;

import java.util.List;
import java.util.Optional;

/**
 * The hardware facts the meters were chosen from (the CPU model that picks a TDP, the memory the
 * DIMM model sizes, the GPUs NVML reads), for reports that describe the machine. Immutable.
 *
 * @param cpuModel the CPU model name as the OS reports it, empty when unknown
 * @param logicalCpus logical processors, at least 1
 * @param totalMemoryBytes physical memory in bytes, 0 when unknown
 * @param gpuModels the model of each GPU the GPU meter reads, empty when it reads none
 * @param sockets CPU packages, at least 1 (since 0.2)
 * @since 0.1
 */
public record MachineHardware(
        Optional<String> cpuModel, int logicalCpus, long totalMemoryBytes, List<String> gpuModels, int sockets) {

    /**
     * A machine of one socket, as carbon4j 0.1 described it.
     *
     * @param cpuModel the CPU model name as the OS reports it, empty when unknown
     * @param logicalCpus logical processors; below 1 counts as 1
     * @param totalMemoryBytes physical memory in bytes, 0 when unknown
     * @param gpuModels the model of each GPU the GPU meter reads, empty when it reads none
     */
    public MachineHardware(Optional<String> cpuModel, int logicalCpus, long totalMemoryBytes, List<String> gpuModels) {
        this(cpuModel, logicalCpus, totalMemoryBytes, gpuModels, 1);
    }

    /**
     * Checks the facts, raising counts below their minimum to it and copying the GPU list.
     *
     * @param cpuModel the CPU model name, empty when unknown
     * @param logicalCpus logical processors; below 1 counts as 1
     * @param totalMemoryBytes physical memory in bytes; below 0 counts as 0
     * @param gpuModels the model of each GPU, empty when none
     * @param sockets CPU packages; below 1 counts as 1
     * @throws IllegalArgumentException when the CPU model or the GPU list is null
     */
    public MachineHardware {
        if (cpuModel == null || gpuModels == null) {
            throw new IllegalArgumentException("cpuModel and gpuModels are required (empty when unknown)");
        }
        gpuModels = List.copyOf(gpuModels);
        logicalCpus = Math.max(1, logicalCpus);
        totalMemoryBytes = Math.max(0, totalMemoryBytes);
        sockets = Math.max(1, sockets);
    }
}
