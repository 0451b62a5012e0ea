package io.github.carbon4j.nvml;

import java.util.List;

/**
 * One NVML device as opened.
 *
 * @param index the NVML index (not stable across reboots; the UUID is)
 * @param handle NVML's device handle
 * @param name the product name
 * @param uuid the device UUID, {@code GPU-…}
 * @param migs the MIG devices it was selected through ({@code MIG-…}), empty when selected itself
 */
record GpuDevice(int index, long handle, String name, String uuid, List<String> migs) {

    GpuDevice {
        migs = List.copyOf(migs);
    }

    GpuDevice(int index, long handle, String name, String uuid) {
        this(index, handle, name, uuid, List.of());
    }

    GpuDevice withMigs(List<String> selectedThrough) {
        return new GpuDevice(index, handle, name, uuid, selectedThrough);
    }

    /** Reads like {@code "0 NVIDIA H100 80GB HBM3 [GPU-5a2b3c4d]"}: short, yet unique enough for CUDA. */
    String label() {
        return index + " " + name + " [" + shortUuid(uuid) + "]";
    }

    /** The first 12 characters of a UUID, as {@code nvidia-smi -L} users recognise it. */
    static String shortUuid(String uuid) {
        return uuid.length() > 12 ? uuid.substring(0, 12) : uuid;
    }
}
