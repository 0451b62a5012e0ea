package io.github.carbon4j.nvml;

import io.github.carbon4j.Component;
import io.github.carbon4j.Scope;
import io.github.carbon4j.internal.Notices;
import io.github.carbon4j.meter.EnergyMeter;
import io.github.carbon4j.meter.EnergyMeters;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Opens the GPU meter: NVIDIA GPUs through NVML ({@code libnvidia-ml.so.1} on Linux,
 * {@code nvml.dll} on Windows), each device's energy counter where it has one (Volta and newer),
 * else its power sampled every 100 ms on a daemon thread. Devices come from
 * {@code carbon4j.gpu.devices}, else {@code CUDA_VISIBLE_DEVICES}, else all; a MIG device is measured
 * as the GPU it lies on. In machine scope every selected device counts whole; in process scope a
 * device counts only while this JVM or a process it started has a context on it
 * ({@link ProcessPresence}).
 *
 * <p>Where the library file does not exist, JNA is not even loaded (on JDK 24 and newer loading it
 * prints warnings); without the library or a visible device the meter reads 0 J with method "none",
 * silently; an NVML error degrades the same way with one notice quoting NVML's error text.
 * Thread-safe.
 *
 * <p>Not API: the façade ({@code CarbonLogger.start}) opens the GPU meter through it and hands it to
 * {@link EnergyMeters#detect}; nothing of the meter package calls into NVML.
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
     * @param config the GPUs to measure ({@code carbon4j.gpu.devices}), the scope and the clock
     * @param notices where an NVML error is reported, once
     * @return the NVML meter, or one reading 0 J with method "none" without the library or a device
     * @throws IllegalArgumentException when {@code carbon4j.gpu.devices} is malformed
     */
    public static EnergyMeter detect(GpuSettings config, Notices notices) {
        validate(config);
        return detect(config, notices, NvmlLibraryFile.find());
    }

    private static void validate(GpuSettings config) {
        if (config.devices().isPresent()) {
            DeviceSelection.validate(config.devices().get());
        }
    }

    /**
     * The GPU meter with the library file found by {@code libraryFile}. JNA is referred to only on the
     * path taken where the file exists, so that without it no JNA class is loaded.
     */
    static EnergyMeter detect(GpuSettings config, Notices notices, Supplier<Optional<Path>> libraryFile) {
        validate(config);
        return detect(config, notices, libraryFile.get());
    }

    private static EnergyMeter detect(GpuSettings config, Notices notices, Optional<Path> file) {
        if (file.isEmpty()) {
            return none();
        }
        return detect(
                config,
                notices,
                () -> JnaNvml.load(file.get()),
                System::getenv,
                () -> Ticker.daemon(POWER_SAMPLE_MILLIS),
                ProcessTree::current);
    }

    static EnergyMeter detect(
            GpuSettings config,
            Notices notices,
            Supplier<Optional<Nvml>> library,
            Function<String, String> env,
            Supplier<Ticker> ticker) {
        return detect(config, notices, library, env, ticker, ProcessTree::current);
    }

    static EnergyMeter detect(
            GpuSettings config,
            Notices notices,
            Supplier<Optional<Nvml>> library,
            Function<String, String> env,
            Supplier<Ticker> ticker,
            Supplier<ProcessTree> processes) {
        validate(config);
        Optional<Nvml> loaded = library.get();
        if (loaded.isEmpty()) {
            return none();
        }
        Nvml nvml = loaded.get();
        try {
            nvml.init();
        } catch (NvmlException e) {
            if (e.code() != Nvml.DRIVER_NOT_LOADED && e.code() != Nvml.LIBRARY_NOT_FOUND) {
                fail(nvml, e, "", notices);
            }
            return none();
        }
        try {
            Map<String, Long> migHandles = new HashMap<>();
            List<Channel> channels = open(nvml, config, env, migHandles, notices);
            if (!channels.isEmpty()) {
                return meter(nvml, channels, config, ticker, processes, migHandles, notices);
            }
        } catch (NvmlException e) {
            fail(nvml, e, "", notices);
        }
        shutdownQuietly(nvml);
        return none();
    }

    /** The meter of the opened channels; in process scope, each with its device's {@link ProcessPresence}. */
    private static EnergyMeter meter(
            Nvml nvml,
            List<Channel> channels,
            GpuSettings config,
            Supplier<Ticker> ticker,
            Supplier<ProcessTree> processes,
            Map<String, Long> migHandles,
            Notices notices) {
        Map<Channel, ProcessPresence> presences = new IdentityHashMap<>();
        if (config.scope() != Scope.PROCESS) {
            return new NvmlEnergyMeter(
                    nvml, channels, config.clock(), config.scope(), ticker.get(), presences, "", notices);
        }
        ProcessTree tree = processes.get();
        long now = config.clock().monotonicTime();
        for (Channel channel : channels) {
            long[] handles = processHandles(channel.device, migHandles);
            presences.put(channel, new ProcessPresence(nvml, channel.device, handles, tree, now, notices));
        }
        return new NvmlEnergyMeter(
                nvml, channels, config.clock(), config.scope(), ticker.get(), presences, tree.rule(), notices);
    }

    /**
     * Where to read a device's process lists: the MIG devices it was selected through (a MIG device's
     * own lists need no privileges, its GPU's do), else the GPU. A MIG device named the old way
     * ({@code MIG-GPU-<uuid>/<gi>/<ci>}) has no handle here, so its GPU is read.
     */
    private static long[] processHandles(GpuDevice device, Map<String, Long> migHandles) {
        long[] handles = device.migs().stream()
                .filter(migHandles::containsKey)
                .mapToLong(migHandles::get)
                .toArray();
        return handles.length == device.migs().size() && handles.length > 0 ? handles : new long[] {device.handle()};
    }

    /** The GPU a MIG UUID lies on, remembering the MIG device's handle; empty with one notice where NVML cannot tell. */
    private static Optional<String> migParent(Nvml nvml, String mig, Map<String, Long> migHandles, Notices notices) {
        try {
            long handle = nvml.deviceHandleByUuid(mig);
            String parent = nvml.deviceUuid(nvml.migParentHandle(handle));
            migHandles.put(mig, handle);
            return Optional.of(parent);
        } catch (NvmlException e) {
            notices.warn(
                    "nvml.mig." + mig,
                    "cannot find the GPU of " + mig + " (" + e.function() + ": " + nvml.errorString(e.code())
                            + "); it selects no GPU");
            return Optional.empty();
        }
    }

    private static List<Channel> open(
            Nvml nvml,
            GpuSettings config,
            Function<String, String> env,
            Map<String, Long> migHandles,
            Notices notices) {
        List<GpuDevice> devices = new ArrayList<>();
        for (int i = 0, n = nvml.deviceCount(); i < n; i++) {
            try {
                long handle = nvml.deviceHandle(i);
                devices.add(new GpuDevice(i, handle, nvml.deviceName(handle), nvml.deviceUuid(handle)));
            } catch (NvmlException e) {
                // _v2 counts devices this process may not open (NO_PERMISSION); measure the others.
                fail(nvml, e, " for GPU " + i, notices);
            }
        }
        DeviceSelection.Selection selection = DeviceSelection.select(
                devices.stream()
                        .map(d -> new DeviceSelection.DeviceId(d.index(), d.uuid()))
                        .toList(),
                config.devices(),
                Optional.ofNullable(env.apply(DeviceSelection.CUDA_VISIBLE_DEVICES)),
                mig -> migParent(nvml, mig, migHandles, notices));
        if (!selection.unmatched().isEmpty()) {
            notices.warn(
                    "nvml.unmatched." + selection.unmatched(),
                    "no GPU here matches " + String.join(", ", selection.unmatched()) + " from " + selection.source());
        }
        List<Channel> channels = new ArrayList<>();
        for (GpuDevice device : devices) {
            if (selection.devices().stream().anyMatch(d -> d.index() == device.index())) {
                channel(
                                nvml,
                                device.withMigs(selection.migs().getOrDefault(device.index(), List.of())),
                                config,
                                notices)
                        .ifPresent(channels::add);
            }
        }
        return channels;
    }

    private static Optional<Channel> channel(Nvml nvml, GpuDevice device, GpuSettings config, Notices notices) {
        try {
            return Optional.of(new Channel.Counter(device, nvml.totalEnergyMillijoules(device.handle())));
        } catch (NvmlException e) {
            if (!e.unsupported()) {
                fail(nvml, e, " for GPU " + device.label(), notices);
                return Optional.empty();
            }
        }
        try {
            return Optional.of(new Channel.PowerOverTime(
                    device,
                    nvml.powerMilliwatts(device.handle()),
                    config.clock().monotonicTime()));
        } catch (NvmlException e) {
            fail(nvml, e, " for GPU " + device.label() + ", which has no energy counter either", notices);
            return Optional.empty();
        }
    }

    private static void fail(Nvml nvml, NvmlException e, String where, Notices notices) {
        String error = nvml.errorString(e.code());
        notices.warn(
                "nvml." + e.function() + "." + e.code() + where,
                e.function() + " failed" + where + ": " + error + "; "
                        + (where.isEmpty() ? "GPU energy is not measured" : "that GPU is not measured"));
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
