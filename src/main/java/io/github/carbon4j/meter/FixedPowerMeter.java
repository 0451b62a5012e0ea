package io.github.carbon4j.meter;

import io.github.carbon4j.Clock;
import io.github.carbon4j.Component;
import io.github.carbon4j.Energy;
import io.github.carbon4j.MeasurementMethod;
import io.github.carbon4j.Power;

/** A constant power integrated over the clock's monotonic time. */
final class FixedPowerMeter implements EnergyMeter {

    private final Component component;
    private final Power power;
    private final Clock clock;
    private final long origin;
    private final MeasurementMethod method;

    FixedPowerMeter(Component component, Power power, Clock clock, MeasurementMethod method) {
        this.component = component;
        this.power = power;
        this.clock = clock;
        this.origin = clock.monotonicTime();
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
        long elapsed = Math.max(0, clock.monotonicTime() - origin);
        return Energy.ofJoules(power.watts() * elapsed / 1e9);
    }
}
