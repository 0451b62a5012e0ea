package io.github.carbon4j.nvml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * NVML as a test scripts it: devices with or without an energy counter, power in milliwatts, and
 * return codes to fail with, per call. Handles are {@code 0x1000 + index}. Thread-safe enough for the
 * meter's own locking: fields are volatile and set before or between calls.
 */
final class FakeNvml implements Nvml {

    private static final Map<Integer, String> ERRORS = Map.of(
            NOT_SUPPORTED,
            "Not Supported",
            NOT_FOUND,
            "Not Found",
            FUNCTION_NOT_FOUND,
            "Function Not Found",
            NO_PERMISSION,
            "Insufficient Permissions",
            DRIVER_NOT_LOADED,
            "Driver Not Loaded",
            GPU_IS_LOST,
            "GPU is lost",
            999,
            "Unknown Error");

    /** One scripted device. {@code energyMillijoules < 0} means no energy counter (NOT_SUPPORTED). */
    static final class Device {
        final String name;
        final String uuid;
        volatile long energyMillijoules;
        volatile long powerMilliwatts;
        volatile int energyError = SUCCESS;
        volatile int powerError = SUCCESS;
        volatile int handleError = SUCCESS;
        /** Pids with a compute or graphics context on the GPU itself. */
        volatile long[] computePids = {};

        volatile long[] graphicsPids = {};
        volatile int computeError = SUCCESS;
        volatile int graphicsError = SUCCESS;
        /** The GPU's MIG devices: their UUIDs and the pids on each. */
        final List<String> migs = new ArrayList<>();

        final Map<String, long[]> migPids = new ConcurrentHashMap<>();

        Device(String name, String uuid, long energyMillijoules, long powerMilliwatts) {
            this.name = name;
            this.uuid = uuid;
            this.energyMillijoules = energyMillijoules;
            this.powerMilliwatts = powerMilliwatts;
        }
    }

    final List<Device> devices = new ArrayList<>();
    final AtomicInteger inits = new AtomicInteger();
    final AtomicInteger shutdowns = new AtomicInteger();
    final AtomicInteger energyCalls = new AtomicInteger();
    final AtomicInteger powerCalls = new AtomicInteger();
    volatile int initError = SUCCESS;
    volatile int countError = SUCCESS;

    /** An H100-like device with an energy counter at {@code millijoules}. */
    FakeNvml withCounter(String uuid, long millijoules) {
        devices.add(new Device("NVIDIA H100 80GB HBM3", uuid, millijoules, 300_000));
        return this;
    }

    /** A Pascal-like device without an energy counter, drawing {@code milliwatts}. */
    FakeNvml withPowerOnly(String uuid, long milliwatts) {
        devices.add(new Device("Tesla P100-PCIE-16GB", uuid, -1, milliwatts));
        return this;
    }

    Device device(int index) {
        return devices.get(index);
    }

    /** Adds a MIG device to the GPU at {@code index}; its handle is {@code 0x2000 + 16 × index + k}. */
    FakeNvml withMig(int index, String migUuid) {
        devices.get(index).migs.add(migUuid);
        devices.get(index).migPids.put(migUuid, new long[0]);
        return this;
    }

    final AtomicInteger processCalls = new AtomicInteger();
    volatile int uuidError = SUCCESS;
    volatile int migParentError = SUCCESS;

    @Override
    public void init() {
        check("nvmlInit_v2", initError);
        inits.incrementAndGet();
    }

    @Override
    public void shutdown() {
        shutdowns.incrementAndGet();
    }

    @Override
    public int deviceCount() {
        check("nvmlDeviceGetCount_v2", countError);
        return devices.size();
    }

    @Override
    public long deviceHandle(int index) {
        check("nvmlDeviceGetHandleByIndex_v2", devices.get(index).handleError);
        return 0x1000 + index;
    }

    @Override
    public String deviceName(long device) {
        return of(device).name;
    }

    @Override
    public String deviceUuid(long device) {
        return of(device).uuid;
    }

    @Override
    public long totalEnergyMillijoules(long device) {
        energyCalls.incrementAndGet();
        Device d = of(device);
        check("nvmlDeviceGetTotalEnergyConsumption", d.energyMillijoules < 0 ? NOT_SUPPORTED : d.energyError);
        return d.energyMillijoules;
    }

    @Override
    public long powerMilliwatts(long device) {
        powerCalls.incrementAndGet();
        Device d = of(device);
        check("nvmlDeviceGetPowerUsage", d.powerError);
        return d.powerMilliwatts;
    }

    @Override
    public long deviceHandleByUuid(String uuid) {
        check("nvmlDeviceGetHandleByUUID", uuidError);
        for (int i = 0; i < devices.size(); i++) {
            Device d = devices.get(i);
            if (d.uuid.equals(uuid)) {
                return 0x1000 + i;
            }
            int k = d.migs.indexOf(uuid);
            if (k >= 0) {
                return 0x2000 + 16L * i + k;
            }
        }
        throw new NvmlException("nvmlDeviceGetHandleByUUID", NOT_FOUND);
    }

    @Override
    public long migParentHandle(long migDevice) {
        check("nvmlDeviceGetDeviceHandleFromMigDeviceHandle", migParentError);
        if (migDevice < 0x2000) {
            throw new NvmlException("nvmlDeviceGetDeviceHandleFromMigDeviceHandle", INVALID_ARGUMENT);
        }
        return 0x1000 + (migDevice - 0x2000) / 16;
    }

    @Override
    public long[] computeProcesses(long device) {
        processCalls.incrementAndGet();
        if (device >= 0x2000) {
            // A MIG device's own list: unprivileged, unlike its GPU's in MIG mode (computeError).
            Device parent = devices.get((int) ((device - 0x2000) / 16));
            return parent.migPids
                    .get(parent.migs.get((int) ((device - 0x2000) % 16)))
                    .clone();
        }
        Device d = of(device);
        check("nvmlDeviceGetComputeRunningProcesses_v3", d.computeError);
        return d.computePids.clone();
    }

    @Override
    public long[] graphicsProcesses(long device) {
        processCalls.incrementAndGet();
        if (device >= 0x2000) {
            throw new NvmlException("nvmlDeviceGetGraphicsRunningProcesses_v3", NOT_SUPPORTED);
        }
        Device d = of(device);
        check("nvmlDeviceGetGraphicsRunningProcesses_v3", d.graphicsError);
        return d.graphicsPids.clone();
    }

    @Override
    public String errorString(int code) {
        return ERRORS.getOrDefault(code, "Unknown Error");
    }

    private Device of(long handle) {
        if (inits.get() <= shutdowns.get()) {
            throw new NvmlException("device call after nvmlShutdown", UNINITIALIZED);
        }
        return devices.get((int) (handle - 0x1000));
    }

    private static void check(String function, int code) {
        if (code != SUCCESS) {
            throw new NvmlException(function, code);
        }
    }
}
