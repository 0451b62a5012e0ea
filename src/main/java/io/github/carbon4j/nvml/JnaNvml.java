package io.github.carbon4j.nvml;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.LongByReference;
import com.sun.jna.ptr.PointerByReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntSupplier;

/** {@link Nvml} through JNA on the NVIDIA driver's own library. */
final class JnaNvml implements Nvml {

    /** {@code NVML_DEVICE_NAME_V2_BUFFER_SIZE} and {@code NVML_DEVICE_UUID_V2_BUFFER_SIZE}. */
    private static final int BUFFER_SIZE = 96;

    /**
     * The C functions as JNA maps them. NVML uses the plain C calling convention on Windows too
     * ({@code __declspec(dllimport)}, not {@code __stdcall}), hence a plain {@link Library}.
     */
    interface NvmlLibrary extends Library {
        int nvmlInit_v2();

        int nvmlShutdown();

        int nvmlDeviceGetCount_v2(IntByReference deviceCount);

        int nvmlDeviceGetHandleByIndex_v2(int index, PointerByReference device);

        int nvmlDeviceGetName(Pointer device, byte[] name, int length);

        int nvmlDeviceGetUUID(Pointer device, byte[] uuid, int length);

        int nvmlDeviceGetTotalEnergyConsumption(Pointer device, LongByReference energy);

        int nvmlDeviceGetPowerUsage(Pointer device, IntByReference power);

        int nvmlDeviceGetHandleByUUID(String uuid, PointerByReference device);

        int nvmlDeviceGetDeviceHandleFromMigDeviceHandle(Pointer migDevice, PointerByReference device);

        // nvmlProcessInfo_t of _v3 and _v2: pid, 4 bytes padding, usedGpuMemory, gpuInstanceId,
        // computeInstanceId (24 bytes); of the first version only pid and usedGpuMemory (16 bytes).
        int nvmlDeviceGetComputeRunningProcesses_v3(Pointer device, IntByReference infoCount, Pointer infos);

        int nvmlDeviceGetComputeRunningProcesses_v2(Pointer device, IntByReference infoCount, Pointer infos);

        int nvmlDeviceGetComputeRunningProcesses(Pointer device, IntByReference infoCount, Pointer infos);

        int nvmlDeviceGetGraphicsRunningProcesses_v3(Pointer device, IntByReference infoCount, Pointer infos);

        int nvmlDeviceGetGraphicsRunningProcesses_v2(Pointer device, IntByReference infoCount, Pointer infos);

        int nvmlDeviceGetGraphicsRunningProcesses(Pointer device, IntByReference infoCount, Pointer infos);

        String nvmlErrorString(int result);
    }

    /** One version of a running-processes function, with the size of its entries. */
    private interface ProcessCall {
        int call(Pointer device, IntByReference infoCount, Pointer infos);
    }

    private record ProcessFunction(String name, int entryBytes, ProcessCall call) {}

    /** Room for this many processes on the first try; the driver says how many more it needs. */
    private static final int FIRST_CAPACITY = 32;

    private final NvmlLibrary lib;
    private final List<ProcessFunction> compute;
    private final List<ProcessFunction> graphics;

    JnaNvml(NvmlLibrary lib) {
        this.lib = lib;
        this.compute = new CopyOnWriteArrayList<>(List.of(
                new ProcessFunction(
                        "nvmlDeviceGetComputeRunningProcesses_v3", 24, lib::nvmlDeviceGetComputeRunningProcesses_v3),
                new ProcessFunction(
                        "nvmlDeviceGetComputeRunningProcesses_v2", 24, lib::nvmlDeviceGetComputeRunningProcesses_v2),
                new ProcessFunction(
                        "nvmlDeviceGetComputeRunningProcesses", 16, lib::nvmlDeviceGetComputeRunningProcesses)));
        this.graphics = new CopyOnWriteArrayList<>(List.of(
                new ProcessFunction(
                        "nvmlDeviceGetGraphicsRunningProcesses_v3", 24, lib::nvmlDeviceGetGraphicsRunningProcesses_v3),
                new ProcessFunction(
                        "nvmlDeviceGetGraphicsRunningProcesses_v2", 24, lib::nvmlDeviceGetGraphicsRunningProcesses_v2),
                new ProcessFunction(
                        "nvmlDeviceGetGraphicsRunningProcesses", 16, lib::nvmlDeviceGetGraphicsRunningProcesses)));
    }

    /**
     * Loads the driver's NVML library from the file {@link NvmlLibraryFile} found, or nothing where it
     * does not load. Only called where that file exists: loading JNA's own native part is what makes
     * JDK 24 and newer warn about restricted methods. Symbols resolve lazily, so a function an old
     * driver lacks surfaces later as {@link Nvml#FUNCTION_NOT_FOUND}. Any {@link LinkageError} (JNA
     * missing or unable to unpack its own native part, a library of the wrong architecture) counts as
     * "no library": a GPU meter must never break a build.
     */
    static Optional<Nvml> load(Path library) {
        try {
            return Optional.of(new JnaNvml(Native.load(library.toString(), NvmlLibrary.class)));
        } catch (LinkageError e) {
            return Optional.empty();
        }
    }

    @Override
    public void init() {
        check("nvmlInit_v2", lib::nvmlInit_v2);
    }

    @Override
    public void shutdown() {
        check("nvmlShutdown", lib::nvmlShutdown);
    }

    @Override
    public int deviceCount() {
        IntByReference count = new IntByReference();
        check("nvmlDeviceGetCount_v2", () -> lib.nvmlDeviceGetCount_v2(count));
        return Math.toIntExact(Integer.toUnsignedLong(count.getValue()));
    }

    @Override
    public long deviceHandle(int index) {
        PointerByReference device = new PointerByReference();
        check("nvmlDeviceGetHandleByIndex_v2", () -> lib.nvmlDeviceGetHandleByIndex_v2(index, device));
        return Pointer.nativeValue(device.getValue());
    }

    @Override
    public String deviceName(long device) {
        byte[] name = new byte[BUFFER_SIZE];
        check("nvmlDeviceGetName", () -> lib.nvmlDeviceGetName(new Pointer(device), name, name.length));
        return text(name);
    }

    @Override
    public String deviceUuid(long device) {
        byte[] uuid = new byte[BUFFER_SIZE];
        check("nvmlDeviceGetUUID", () -> lib.nvmlDeviceGetUUID(new Pointer(device), uuid, uuid.length));
        return text(uuid);
    }

    @Override
    public long totalEnergyMillijoules(long device) {
        LongByReference energy = new LongByReference();
        check(
                "nvmlDeviceGetTotalEnergyConsumption",
                () -> lib.nvmlDeviceGetTotalEnergyConsumption(new Pointer(device), energy));
        // unsigned long long: 2^63 mJ is far beyond any driver's lifetime, so the sign bit stays clear.
        return energy.getValue();
    }

    @Override
    public long powerMilliwatts(long device) {
        IntByReference power = new IntByReference();
        check("nvmlDeviceGetPowerUsage", () -> lib.nvmlDeviceGetPowerUsage(new Pointer(device), power));
        return Integer.toUnsignedLong(power.getValue());
    }

    @Override
    public long deviceHandleByUuid(String uuid) {
        PointerByReference device = new PointerByReference();
        check("nvmlDeviceGetHandleByUUID", () -> lib.nvmlDeviceGetHandleByUUID(uuid, device));
        return Pointer.nativeValue(device.getValue());
    }

    @Override
    public long migParentHandle(long migDevice) {
        PointerByReference device = new PointerByReference();
        check(
                "nvmlDeviceGetDeviceHandleFromMigDeviceHandle",
                () -> lib.nvmlDeviceGetDeviceHandleFromMigDeviceHandle(new Pointer(migDevice), device));
        return Pointer.nativeValue(device.getValue());
    }

    @Override
    public long[] computeProcesses(long device) {
        return processes(compute, device);
    }

    @Override
    public long[] graphicsProcesses(long device) {
        return processes(graphics, device);
    }

    /**
     * The pids from the newest version of the function the driver has; a version it lacks is dropped
     * for good. The list can grow between the call that sizes the buffer and the one that fills it,
     * so a too-small buffer is retried at the size the driver asks for.
     */
    private long[] processes(List<ProcessFunction> versions, long device) {
        while (true) {
            ProcessFunction function = versions.get(0);
            try {
                return processes(function, device);
            } catch (UnsatisfiedLinkError e) {
                if (versions.size() == 1) {
                    throw new NvmlException(function.name(), FUNCTION_NOT_FOUND);
                }
                versions.remove(function);
            }
        }
    }

    private static long[] processes(ProcessFunction function, long device) {
        int capacity = FIRST_CAPACITY;
        for (int attempt = 0; ; attempt++) {
            Memory infos = new Memory((long) capacity * function.entryBytes());
            IntByReference count = new IntByReference(capacity);
            int rc = function.call().call(new Pointer(device), count, infos);
            int n = count.getValue();
            boolean tooSmall = rc == INSUFFICIENT_SIZE || (rc == SUCCESS && Integer.compareUnsigned(n, capacity) > 0);
            if (rc == SUCCESS && !tooSmall) {
                long[] pids = new long[n];
                for (int i = 0; i < n; i++) {
                    pids[i] = Integer.toUnsignedLong(infos.getInt((long) i * function.entryBytes()));
                }
                return pids;
            }
            if (!tooSmall || attempt == 3 || n < 0) {
                throw new NvmlException(function.name(), tooSmall ? INSUFFICIENT_SIZE : rc);
            }
            capacity = Math.max(capacity, n) + FIRST_CAPACITY;
        }
    }

    @Override
    public String errorString(int code) {
        try {
            String text = lib.nvmlErrorString(code);
            return text == null ? "NVML error " + code : text;
        } catch (UnsatisfiedLinkError e) {
            return "NVML error " + code;
        }
    }

    private static void check(String function, IntSupplier call) {
        int rc;
        try {
            rc = call.getAsInt();
        } catch (UnsatisfiedLinkError e) {
            rc = FUNCTION_NOT_FOUND;
        }
        if (rc != SUCCESS) {
            throw new NvmlException(function, rc);
        }
    }

    private static String text(byte[] buffer) {
        int end = 0;
        while (end < buffer.length && buffer[end] != 0) {
            end++;
        }
        return new String(buffer, 0, end, StandardCharsets.UTF_8);
    }
}
