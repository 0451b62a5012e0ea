package io.github.carbon4j.nvml;

import io.github.carbon4j.CarbonConfig;
import io.github.carbon4j.Component;
import io.github.carbon4j.Notices;
import io.github.carbon4j.meter.EnergyMeter;
import io.github.carbon4j.meter.EnergyMeters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Opens the GPU meter: NVIDIA GPUs through NVML ({@code libnvidia-ml.so.1} on Linux,
 * {@code nvml.dll} on Windows), each device's energy counter where it has one (Volta and newer),
 * else its power sampled every 100 ms on a daemon thread. The figure is the devices' energy, all
 * processes on them included. Devices come from {@code carbon4j.gpu.devices}, else
 * {@code CUDA_VISIBLE_DEVICES}, else all.
 *
 * <p>Without the library or a visible device the meter reads 0 J with method "none", silently; an
 * NVML error degrades the same way with one notice quoting NVML's error text. Thread-safe.
 *
 * @since 0.1
 */
public final class NvmlMeters {

    /** How often devices without an energy counter have their power sampled. */
    static final long POWER_SAMPLE_MILLIS = 100;

    private NvmlMeters() {}

    /**
     * The GPU meter for this machine; the caller closes it (which calls {@code nvmlShutdown}).
     *
     * @throws IllegalArgumentException when {@code carbon4j.gpu.devices} is malformed
     */
    public static EnergyMeter detect(CarbonConfig config) {
        return detect(config, JnaNvml::load, System::getenv, () -> Ticker.daemon(POWER_SAMPLE_MILLIS));
    }

    static EnergyMeter detect(CarbonConfig config, Supplier<Optional<Nvml>> library, Function<String, String> env,
            Supplier<Ticker> ticker) {
        config.gpuDevices().ifPresent(DeviceSelection::validate);
        Optional<Nvml> loaded = library.get();
        if (loaded.isEmpty()) {
            return none();
        }
        Nvml nvml = loaded.get();
        try {
            nvml.init();
        } catch (NvmlException e) {
            if (e.code() != Nvml.DRIVER_NOT_LOADED && e.code() != Nvml.LIBRARY_NOT_FOUND) {
                fail(nvml, e, "");
            }
            return none();
        }
        try {
            List<Channel> channels = open(nvml, config, env);
            if (!channels.isEmpty()) {
                return new NvmlEnergyMeter(nvml, channels, config.clock(), config.scope(), ticker.get());
            }
        } catch (NvmlException e) {
            fail(nvml, e, "");
        }
        shutdownQuietly(nvml);
        return none();
    }

    private static List<Channel> open(Nvml nvml, CarbonConfig config, Function<String, String> env) {
        List<GpuDevice> devices = new ArrayList<>();
        for (int i = 0, n = nvml.deviceCount(); i < n; i++) {
            try {
                long handle = nvml.deviceHandle(i);
                devices.add(new GpuDevice(i, handle, nvml.deviceName(handle), nvml.deviceUuid(handle)));
            } catch (NvmlException e) {
                // _v2 counts devices this process may not open (NO_PERMISSION); measure the others.
                fail(nvml, e, " for GPU " + i);
            }
        }
        DeviceSelection.Selection selection = DeviceSelection.select(
                devices.stream().map(d -> new DeviceSelection.DeviceId(d.index(), d.uuid())).toList(),
                config.gpuDevices(), Optional.ofNullable(env.apply(DeviceSelection.CUDA_VISIBLE_DEVICES)));
        if (!selection.unmatched().isEmpty()) {
            Notices.once("nvml.unmatched." + selection.unmatched(), "no GPU here matches "
                    + String.join(", ", selection.unmatched()) + " from " + selection.source());
        }
        List<Channel> channels = new ArrayList<>();
        for (GpuDevice device : devices) {
            if (selection.devices().stream().anyMatch(d -> d.index() == device.index())) {
                channel(nvml, device, config).ifPresent(channels::add);
            }
        }
        return channels;
    }

    private static Optional<Channel> channel(Nvml nvml, GpuDevice device, CarbonConfig config) {
        try {
            return Optional.of(new Channel.Counter(device, nvml.totalEnergyMillijoules(device.handle())));
        } catch (NvmlException e) {
            if (!e.unsupported()) {
                fail(nvml, e, " for GPU " + device.label());
                return Optional.empty();
            }
        }
        try {
            return Optional.of(new Channel.PowerOverTime(device, nvml.powerMilliwatts(device.handle()),
                    config.clock().monotonicTime()));
        } catch (NvmlException e) {
            fail(nvml, e, " for GPU " + device.label() + ", which has no energy counter either");
            return Optional.empty();
        }
    }

    private static void fail(Nvml nvml, NvmlException e, String where) {
        String error = nvml.errorString(e.code());
        Notices.once("nvml." + e.function() + "." + e.code() + where, e.function() + " failed" + where + ": "
                + error + "; " + (where.isEmpty() ? "GPU energy is not measured" : "that GPU is not measured"));
    }

    private static void shutdownQuietly(Nvml nvml) {
        try {
            nvml.shutdown();
        } catch (NvmlException e) {
            // Nothing was measured with it; the reference count is all that is at stake.
        }
    }

    private static EnergyMeter none() {
        return EnergyMeters.none(Component.GPU);
    }
}
