package io.github.carbon4j.meter;

import io.github.carbon4j.CarbonConfig;
import io.github.carbon4j.Clock;
import io.github.carbon4j.Component;
import io.github.carbon4j.MeasurementMethod;
import io.github.carbon4j.Power;
import io.github.carbon4j.nvml.NvmlMeters;

/**
 * Chooses the meters of this machine once, from the configuration: for the CPU a fixed power, else
 * Linux RAPL, else the TDP × load model; for RAM a fixed power, else the DIMM model; for the GPU
 * NVML, else none. Thread-safe; every method returns new meters.
 *
 * @since 0.1
 */
public final class EnergyMeters {

    private EnergyMeters() {}

    /**
     * The best meters this machine and configuration allow. Never throws for a missing sensor.
     *
     * @throws IllegalArgumentException when {@code carbon4j.gpu.devices} is malformed
     */
    public static Meters detect(CarbonConfig config) {
        // The GPU first: it is the one that rejects bad configuration, before any kernel file is open to leak.
        EnergyMeter gpu = NvmlMeters.detect(config);
        try {
            Detection detection = new Detection(config, Platform.system());
            EnergyMeter cpu = detection.cpu();
            try {
                return new Meters(cpu, gpu, detection.ram());
            } catch (RuntimeException | Error e) {
                cpu.close();
                throw e;
            }
        } catch (RuntimeException | Error e) {
            gpu.close();
            throw e;
        }
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
