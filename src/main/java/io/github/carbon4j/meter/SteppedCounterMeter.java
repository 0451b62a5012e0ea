package io.github.carbon4j.meter;

import io.github.carbon4j.Clock;
import io.github.carbon4j.Component;
import io.github.carbon4j.Energy;
import io.github.carbon4j.MeasurementMethod;

/**
 * A hardware counter read between its updates. RAPL counters move about once a millisecond and NVML's
 * every 20–100 ms, so a step shorter than that often sees no change and reads 0 J, and the step that
 * sees the change gets all of it. Between updates this meter goes on at the power of the latest one,
 * for no longer than the time between the latest two updates: the truth lies between the counter's
 * value and that value plus one update's worth, and so does the reading. When the counter moves the
 * reading takes it up, or, if it ran ahead, waits for it. Thread-safe.
 */
final class SteppedCounterMeter implements EnergyMeter {

    private final EnergyMeter counter;
    private final Clock clock;
    private double counted;
    private long movedAt;
    private long gap;
    private double watts;
    private double reading;

    SteppedCounterMeter(EnergyMeter counter, Clock clock) {
        this.counter = counter;
        this.clock = clock;
        this.movedAt = clock.monotonicTime();
        this.counted = counter.read().joules();
        this.reading = counted;
    }

    @Override
    public Component component() {
        return counter.component();
    }

    @Override
    public MeasurementMethod method() {
        return counter.method();
    }

    @Override
    public java.util.List<String> devices() {
        return counter.devices();
    }

    @Override
    public Energy read() {
        return read(clock.monotonicTime());
    }

    @Override
    public synchronized Energy read(long atNanos) {
        double now = counter.read(atNanos).joules();
        if (now > counted) {
            if (atNanos > movedAt) {
                gap = atNanos - movedAt;
                watts = (now - counted) * 1e9 / gap;
                movedAt = atNanos;
            }
            counted = now;
        }
        double ahead = watts * Math.min(Math.max(0, atNanos - movedAt), gap) / 1e9;
        reading = Math.max(reading, counted + ahead);
        return Energy.ofJoules(reading);
    }

    @Override
    public void close() {
        counter.close();
    }
}
