/** {@code GpuCheck}: a check of the NVML meters to run on a machine with an NVIDIA GPU. */
package io.github.carbon4j.samples.gpu;
