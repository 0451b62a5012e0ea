package io.github.carbon4j.meter;

import io.github.carbon4j.Clock;
import io.github.carbon4j.Component;
import io.github.carbon4j.Energy;
import io.github.carbon4j.MeasurementMethod;
import io.github.carbon4j.Power;

/**
 * A constant power integrated over the clock's monotonic time, exactly to each instant it is asked
 * for. Thread-safe.
 */
final class FixedPowerMeter implements EnergyMeter {

    private final Component component;
    private final Power power;
    private final Clock clock;
    private final long origin;
    private final MeasurementMethod method;
    private long latest;

    FixedPowerMeter(Component component, Power power, Clock clock, MeasurementMethod method) {
        this.component = component;
        this.power = power;
        this.clock = clock;
        this.origin = clock.monotonicTime();
        this.latest = origin;
        this.method = method;
    }

    @Override
    public Component component() {
        return component;
    }

    @Override
    public MeasurementMethod method() {
        return method;
    }

    @Override
    public Energy read() {
        return read(clock.monotonicTime());
    }

    @Override
    public synchronized Energy read(long atNanos) {
        latest = Math.max(latest, atNanos);
        // Energy up to an instant, not a sum of intervals: any two readings differ by exactly power × time.
        return Energy.ofJoules(power.watts() * (latest - origin) / 1e9);
    }
}
