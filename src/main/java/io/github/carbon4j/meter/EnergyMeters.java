package io.github.carbon4j.meter;

import io.github.carbon4j.CarbonConfig;
import io.github.carbon4j.Clock;
import io.github.carbon4j.Component;
import io.github.carbon4j.MeasurementMethod;
import io.github.carbon4j.Power;

/**
 * Chooses the meters of this machine once, from the configuration: for the CPU a fixed power, else
 * Linux RAPL, else the TDP × load model; for RAM a fixed power, else the DIMM model; for the GPU
 * NVML, else none. Thread-safe; every method returns new meters.
 *
 * @since 0.1
 */
public final class EnergyMeters {

    private EnergyMeters() {}

    /** The best meters this machine and configuration allow. Never throws for a missing sensor. */
    public static Meters detect(CarbonConfig config) {
        Detection detection = new Detection(config, Platform.system());
        return new Meters(detection.cpu(), gpu(config), detection.ram());
    }

    /** NVIDIA GPUs through NVML; none where there is no NVIDIA driver or no visible device. */
    private static EnergyMeter gpu(CarbonConfig config) {
        return io.github.carbon4j.nvml.NvmlMeters.detect(config);
    }

    /** A meter for a constant power, as given in configuration. */
    public static EnergyMeter fixed(Component component, Power power, Clock clock) {
        return new FixedPowerMeter(component, power, clock,
                MeasurementMethod.configured("fixed power", power.toString()));
    }

    /** A meter for a component that is not measured: zero energy, method "none". */
    public static EnergyMeter none(Component component) {
        return new NoMeter(component);
    }
}
