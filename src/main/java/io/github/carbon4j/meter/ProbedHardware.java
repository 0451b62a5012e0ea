package io.github.carbon4j.meter;

import java.util.Optional;

/**
 * The hardware facts the meters were chosen from (the CPU model that picks a TDP, the memory the
 * DIMM model sizes), for reports that describe the machine. Immutable.
 *
 * @param cpuModel the CPU model name as the OS reports it, empty when unknown
 * @param logicalCpus logical processors, at least 1
 * @param totalMemoryBytes physical memory in bytes, 0 when unknown
 * @since 0.1
 */
public record ProbedHardware(Optional<String> cpuModel, int logicalCpus, long totalMemoryBytes) {
}
