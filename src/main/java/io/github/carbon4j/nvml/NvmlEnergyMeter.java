package io.github.carbon4j.nvml;

import io.github.carbon4j.Clock;
import io.github.carbon4j.Component;
import io.github.carbon4j.Energy;
import io.github.carbon4j.MeasurementMethod;
import io.github.carbon4j.Scope;
import io.github.carbon4j.internal.Notices;
import io.github.carbon4j.meter.EnergyMeter;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The energy of the selected GPUs: each device's energy counter, or its power over time where it
 * has no counter, sampled on a ticker that runs only in that case. In process scope each device's
 * energy counts only while this JVM or a process it started has a context on it
 * ({@link ProcessPresence}). A device whose NVML calls fail keeps the energy it had and stops
 * counting, with one notice. Thread-safe.
 */
final class NvmlEnergyMeter implements EnergyMeter {

    private final Nvml nvml;
    private final Clock clock;
    private final Scope scope;
    private final List<Channel> all;
    private final List<Channel> live;
    private final List<String> lost = new ArrayList<>();
    private final Ticker ticker;
    private final Map<Channel, ProcessPresence> presences;
    private final String rule;
    private final Notices notices;
    private double joules;
    private boolean closed;
    private volatile MeasurementMethod method;

    /**
     * @param presences in process scope, each channel's; empty in machine scope
     * @param rule which processes count, for the method detail ({@link ProcessTree#rule()})
     */
    NvmlEnergyMeter(
            Nvml nvml,
            List<Channel> channels,
            Clock clock,
            Scope scope,
            Ticker ticker,
            Map<Channel, ProcessPresence> presences,
            String rule,
            Notices notices) {
        this.nvml = nvml;
        this.notices = notices;
        this.clock = clock;
        this.scope = scope;
        this.all = List.copyOf(channels);
        this.live = new ArrayList<>(channels);
        this.presences = new IdentityHashMap<>(presences);
        this.rule = rule;
        this.method = describe();
        if (all.stream().anyMatch(c -> !c.counter())) {
            this.ticker = ticker;
            ticker.start(this::samplePower);
        } else {
            this.ticker = null;
        }
    }

    @Override
    public Component component() {
        return Component.GPU;
    }

    @Override
    public MeasurementMethod method() {
        return method;
    }

    @Override
    public synchronized Energy read() {
        if (!closed) {
            advance(false);
        }
        return Energy.ofJoules(joules);
    }

    /** One tick of the background sampler: integrates the devices without a counter. */
    synchronized void samplePower() {
        if (!closed) {
            advance(true);
        }
    }

    /** Stops the sampler and releases NVML ({@code nvmlShutdown}) exactly once. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (ticker != null) {
            ticker.stop();
        }
        try {
            nvml.shutdown();
        } catch (NvmlException e) {
            notices.warn("nvml.shutdown." + e.code(), "NVML shutdown failed: " + nvml.errorString(e.code()));
        }
    }

    private void advance(boolean powerOnly) {
        long now = clock.monotonicTime();
        // Runs on every logged step: iterate in place rather than copying the list to allow removal.
        for (Iterator<Channel> it = live.iterator(); it.hasNext(); ) {
            Channel channel = it.next();
            if (powerOnly && channel.counter()) {
                continue;
            }
            try {
                double device = channel.advance(nvml, now);
                ProcessPresence presence = presences.get(channel);
                if (presence == null) {
                    joules += device;
                } else {
                    joules += presence.attribute(nvml, device, now);
                    if (presence.takeChange()) {
                        method = describe();
                    }
                }
            } catch (NvmlException e) {
                it.remove();
                String error = nvml.errorString(e.code());
                lost.add(channel.device.index() + " (" + error + ")");
                method = describe();
                notices.warn(
                        "nvml." + channel.device.uuid() + "." + e.code(),
                        "NVML failed for GPU " + channel.device.label() + " in " + e.function() + ": " + error
                                + "; its energy stays at what was measured so far");
            }
        }
    }

    @Override
    public List<String> devices() {
        return all.stream().map(c -> c.device.name()).toList();
    }

    private MeasurementMethod describe() {
        boolean counters = all.stream().anyMatch(Channel::counter);
        boolean power = all.stream().anyMatch(c -> !c.counter());
        List<String> parts = new ArrayList<>();
        parts.add((all.size() == 1 ? "GPU " : "GPUs ")
                + all.stream()
                        .map(c ->
                                c.device.label() + (counters && !c.counter() ? " by power × time" : "") + mig(c.device))
                        .collect(Collectors.joining(", ")));
        if (!lost.isEmpty()) {
            parts.add("stopped after NVML errors: GPU " + String.join(", GPU ", lost));
        }
        if (scope == Scope.PROCESS) {
            parts.add("process scope: a GPU's energy counts " + rule + " (NVML's running-process lists, read at most"
                    + " every " + TimeUnit.NANOSECONDS.toMillis(ProcessPresence.CHECK_NANOS) + " ms)");
            for (Channel channel : all) {
                ProcessPresence presence = presences.get(channel);
                if (presence != null && presence.whole() != null) {
                    parts.add("GPU " + channel.device.index() + " " + presence.whole());
                }
            }
        }
        String detail = String.join("; ", parts);
        if (!power) {
            return MeasurementMethod.measured("NVML energy counter", detail);
        }
        return MeasurementMethod.estimated(
                counters ? "NVML energy counter and power × time" : "NVML power × time", detail);
    }

    /** For a GPU selected through MIG devices: that they were measured as the whole GPU. */
    private static String mig(GpuDevice device) {
        if (device.migs().isEmpty()) {
            return "";
        }
        String migs = device.migs().stream()
                .map(m -> DeviceSelection.isLegacyMig(m) ? m : GpuDevice.shortUuid(m))
                .collect(Collectors.joining(", "));
        return " for " + migs + " (MIG, measured as its GPU's energy: all instances)";
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s: %s", component().key(), method);
    }
}
