package io.github.carbon4j.nvml;

import io.github.carbon4j.Clock;
import io.github.carbon4j.Scope;
import java.util.Optional;

/**
 * What opening the GPU meter needs from a configuration; the façade ({@code CarbonConfig}) builds it.
 * Immutable.
 *
 * @param devices the configured {@code carbon4j.gpu.devices} (NVML indices or UUIDs, comma-separated),
 *     empty for {@code CUDA_VISIBLE_DEVICES} or all
 * @param scope whether a device counts whole or only while this JVM's processes use it
 * @param clock times the readings
 * @since 0.3
 */
public record GpuSettings(Optional<String> devices, Scope scope, Clock clock) {}
