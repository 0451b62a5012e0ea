package io.github.carbon4j.nvml;

/**
 * The NVML calls carbon4j uses, one method per C function, with C out-parameters turned into
 * return values and unsigned values widened. Every method except {@link #errorString} throws an
 * {@link NvmlException} carrying the {@code nvmlReturn_t} code when NVML does not return
 * {@code NVML_SUCCESS}. A device is NVML's opaque {@code nvmlDevice_t} handle held as a number.
 *
 * <p>Implementations are thread-safe (NVML itself is).
 */
interface Nvml {

    /** {@code NVML_SUCCESS}. */
    int SUCCESS = 0;
    /** {@code NVML_ERROR_UNINITIALIZED}. */
    int UNINITIALIZED = 1;
    /** {@code NVML_ERROR_INVALID_ARGUMENT}, e.g. a handle of the wrong kind. */
    int INVALID_ARGUMENT = 2;
    /** {@code NVML_ERROR_NOT_SUPPORTED}: the device lacks the feature (e.g. no energy counter before Volta). */
    int NOT_SUPPORTED = 3;
    /** {@code NVML_ERROR_NO_PERMISSION}. */
    int NO_PERMISSION = 4;
    /** {@code NVML_ERROR_NOT_FOUND}: no device has that UUID. */
    int NOT_FOUND = 6;
    /** {@code NVML_ERROR_INSUFFICIENT_SIZE}: the buffer was too small; the count says how many are needed. */
    int INSUFFICIENT_SIZE = 7;
    /** {@code NVML_ERROR_DRIVER_NOT_LOADED}: the library is there, the driver is not. */
    int DRIVER_NOT_LOADED = 9;
    /** {@code NVML_ERROR_LIBRARY_NOT_FOUND}. */
    int LIBRARY_NOT_FOUND = 12;
    /** {@code NVML_ERROR_FUNCTION_NOT_FOUND}: the installed driver predates the function. */
    int FUNCTION_NOT_FOUND = 13;
    /** {@code NVML_ERROR_GPU_IS_LOST}. */
    int GPU_IS_LOST = 15;

    /** {@code nvmlInit_v2}; reference-counted, so every successful call needs one {@link #shutdown()}. */
    void init();

    /** {@code nvmlShutdown}. */
    void shutdown();

    /** {@code nvmlDeviceGetCount_v2}. */
    int deviceCount();

    /** {@code nvmlDeviceGetHandleByIndex_v2}: the handle of the device with this NVML index. */
    long deviceHandle(int index);

    /** {@code nvmlDeviceGetName}, e.g. {@code "NVIDIA H100 80GB HBM3"}. */
    String deviceName(long device);

    /** {@code nvmlDeviceGetUUID}, e.g. {@code "GPU-5a2b…"}. */
    String deviceUuid(long device);

    /** {@code nvmlDeviceGetTotalEnergyConsumption}: millijoules since the driver was loaded. */
    long totalEnergyMillijoules(long device);

    /** {@code nvmlDeviceGetPowerUsage}: milliwatts (a one-second average on Ampere and newer). */
    long powerMilliwatts(long device);

    /**
     * {@code nvmlDeviceGetHandleByUUID}: the handle of a GPU ({@code GPU-…}) or, since driver 470, of a
     * MIG device ({@code MIG-…}), which is a handle of its own.
     */
    long deviceHandleByUuid(String uuid);

    /** {@code nvmlDeviceGetDeviceHandleFromMigDeviceHandle}: the GPU a MIG device lies on. */
    long migParentHandle(long migDevice);

    /**
     * The process IDs of {@code nvmlDeviceGetComputeRunningProcesses} ({@code _v3}, else {@code _v2},
     * else the first version): processes with a compute context on the device. On a MIG device, those of
     * that instance; on a GPU in MIG mode, all instances' (privileged callers only).
     */
    long[] computeProcesses(long device);

    /** The same for {@code nvmlDeviceGetGraphicsRunningProcesses}: processes with a graphics context. */
    long[] graphicsProcesses(long device);

    /** {@code nvmlErrorString}: NVML's text for a return code; never throws. */
    String errorString(int code);
}
