package io.github.carbon4j.meter;

import io.github.carbon4j.Component;
import io.github.carbon4j.Energy;
import io.github.carbon4j.MeasurementMethod;
import java.util.function.Supplier;

/**
 * A meter over a cumulative energy someone else measures (a smart plug, a PDU, a script). It holds
 * the meter contract for the source: a reading below the previous one is taken as no new energy.
 */
final class SuppliedMeter implements EnergyMeter {

    private final Component component;
    private final MeasurementMethod method;
    private final Supplier<Energy> cumulative;
    private Energy highest = Energy.ZERO;

    SuppliedMeter(Component component, MeasurementMethod method, Supplier<Energy> cumulative) {
        this.component = component;
        this.method = method;
        this.cumulative = cumulative;
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
    public synchronized Energy read() {
        Energy now = cumulative.get();
        if (now.compareTo(highest) > 0) {
            highest = now;
        }
        return highest;
    }
}
