package io.github.carbon4j.nvml;

/**
 * One NVML device as opened.
 *
 * @param index the NVML index (not stable across reboots; the UUID is)
 * @param handle NVML's device handle
 * @param name the product name
 * @param uuid the device UUID, {@code GPU-…}
 */
record GpuDevice(int index, long handle, String name, String uuid) {

    /** Reads like {@code "0 NVIDIA H100 80GB HBM3 [GPU-5a2b3c4d]"}: short, yet unique enough for CUDA. */
    String label() {
        return index + " " + name + " [" + (uuid.length() > 12 ? uuid.substring(0, 12) : uuid) + "]";
    }
}
