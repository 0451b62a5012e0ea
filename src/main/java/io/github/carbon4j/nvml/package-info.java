/**
 * NVIDIA GPU energy through NVML, bound with JNA and loaded only when the driver's library file exists.
 * Devices are chosen by index, UUID or {@code CUDA_VISIBLE_DEVICES}; MIG instances are read through their
 * parent GPU; in process scope only GPUs running this JVM or its descendants count. Everything native
 * sits behind the package-private {@code Nvml} binding, which tests replace with a fake.
 *
 * @since 0.1
 */
package io.github.carbon4j.nvml;
