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
 * @since 0.1
 */
public record MachineHardware(Optional<String> cpuModel, int logicalCpus, long totalMemoryBytes,
        List<String> gpuModels) {

    public MachineHardware {
        if (cpuModel == null || gpuModels == null) {
            throw new IllegalArgumentException("cpuModel and gpuModels are required (empty when unknown)");
        }
        gpuModels = List.copyOf(gpuModels);
        logicalCpus = Math.max(1, logicalCpus);
        totalMemoryBytes = Math.max(0, totalMemoryBytes);
    }
}
