package io.github.carbon4j.meter;

import io.github.carbon4j.Component;
import io.github.carbon4j.Energy;
import io.github.carbon4j.MeasurementMethod;

/** A component that is not measured: always zero, method "none". */
final class NoMeter implements EnergyMeter {

    private final Component component;

    NoMeter(Component component) {
        this.component = component;
    }

    @Override
    public Component component() {
        return component;
    }

    @Override
    public MeasurementMethod method() {
        return MeasurementMethod.NONE;
    }

    @Override
    public Energy read() {
        return Energy.ZERO;
    }
}
