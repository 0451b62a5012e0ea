package io.github.carbon4j.nvml;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.LongByReference;
import com.sun.jna.ptr.PointerByReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

        String nvmlErrorString(int result);
    }

    private final NvmlLibrary lib;

    JnaNvml(NvmlLibrary lib) {
        this.lib = lib;
    }

    /**
     * Loads the driver's NVML library, or nothing where there is none (no NVIDIA driver, not Linux
     * or Windows, no JNA). Symbols resolve lazily, so a function an old driver lacks surfaces later
     * as {@link Nvml#FUNCTION_NOT_FOUND}. Any {@link LinkageError} (JNA missing or unable to unpack its own
     * native part) counts as "no library": a GPU meter must never break a build.
     */
    static Optional<Nvml> load() {
        for (String name : libraryNames()) {
            try {
                return Optional.of(new JnaNvml(Native.load(name, NvmlLibrary.class)));
            } catch (LinkageError e) {
                // Try the next name; none at all means no NVIDIA driver here, which is not an error.
            }
        }
        return Optional.empty();
    }

    private static List<String> libraryNames() {
        List<String> names = new ArrayList<>();
        if (Platform.isWindows()) {
            // System32 with current (DCH) drivers; older installations keep it under NVSMI only.
            names.add("nvml");
            Optional.ofNullable(System.getenv("ProgramFiles"))
                    .map(p -> Path.of(p, "NVIDIA Corporation", "NVSMI", "nvml.dll"))
                    .filter(Files::isRegularFile)
                    .ifPresent(p -> names.add(p.toString()));
        } else if (Platform.isLinux()) {
            // The versioned name is what the driver installs (the bare .so comes with dev packages only).
            names.add("libnvidia-ml.so.1");
            names.add("nvidia-ml");
        }
        return names;
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
        check("nvmlDeviceGetTotalEnergyConsumption",
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
