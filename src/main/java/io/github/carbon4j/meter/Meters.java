package io.github.carbon4j.meter;

import io.github.carbon4j.Component;

/**
 * The three meters a logger reads, one per component. Closing it closes all three.
 *
 * @param cpu the CPU meter
 * @param gpu the GPU meter
 * @param ram the RAM meter
 * @since 0.1
 */
public record Meters(EnergyMeter cpu, EnergyMeter gpu, EnergyMeter ram) implements AutoCloseable {

    /**
     * The meter of one component.
     *
     * @since 0.2
     */
    public EnergyMeter meter(Component component) {
        return switch (component) {
            case CPU -> cpu;
            case GPU -> gpu;
            case RAM -> ram;
        };
    }

    @Override
    public void close() {
        for (EnergyMeter meter : new EnergyMeter[] {cpu, gpu, ram}) {
            try {
                meter.close();
            } catch (RuntimeException e) {
                // Closing one meter must not keep the others open; nothing measured is lost here.
                io.github.carbon4j.Notices.once("close." + meter.component(), "closing the " + meter.component().key()
                        + " meter failed: " + e);
            }
        }
    }
}
