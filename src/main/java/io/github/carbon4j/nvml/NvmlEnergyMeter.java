package io.github.carbon4j.nvml;

import io.github.carbon4j.Clock;
import io.github.carbon4j.Component;
import io.github.carbon4j.Energy;
import io.github.carbon4j.MeasurementMethod;
import io.github.carbon4j.Notices;
import io.github.carbon4j.Scope;
import io.github.carbon4j.meter.EnergyMeter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The energy of the selected GPUs: each device's energy counter, or its power over time where it
 * has no counter, sampled on a ticker that runs only in that case. A device whose NVML calls fail
 * keeps the energy it had and stops counting, with one notice. Thread-safe.
 */
final class NvmlEnergyMeter implements EnergyMeter {

    private final Nvml nvml;
    private final Clock clock;
    private final Scope scope;
    private final List<Channel> all;
    private final List<Channel> live;
    private final List<String> lost = new ArrayList<>();
    private final Ticker ticker;
    private double joules;
    private boolean closed;
    private volatile MeasurementMethod method;

    NvmlEnergyMeter(Nvml nvml, List<Channel> channels, Clock clock, Scope scope, Ticker ticker) {
        this.nvml = nvml;
        this.clock = clock;
        this.scope = scope;
        this.all = List.copyOf(channels);
        this.live = new ArrayList<>(channels);
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
            Notices.once("nvml.shutdown." + e.code(), "NVML shutdown failed: " + nvml.errorString(e.code()));
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
                joules += channel.advance(nvml, now);
            } catch (NvmlException e) {
                it.remove();
                String error = nvml.errorString(e.code());
                lost.add(channel.device.index() + " (" + error + ")");
                method = describe();
                Notices.once("nvml." + channel.device.uuid() + "." + e.code(),
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
        parts.add((all.size() == 1 ? "GPU " : "GPUs ") + all.stream()
                .map(c -> c.device.label() + (counters && !c.counter() ? " by power × time" : ""))
                .collect(Collectors.joining(", ")));
        if (!lost.isEmpty()) {
            parts.add("stopped after NVML errors: GPU " + String.join(", GPU ", lost));
        }
        if (scope == Scope.PROCESS) {
            parts.add("device energy, all processes");
        }
        String detail = String.join("; ", parts);
        if (!power) {
            return MeasurementMethod.measured("NVML energy counter", detail);
        }
        return MeasurementMethod.estimated(counters ? "NVML energy counter and power × time" : "NVML power × time",
                detail);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s: %s", component().key(), method);
    }
}
