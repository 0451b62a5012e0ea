package io.github.carbon4j.meter;

import io.github.carbon4j.Component;

/**
 * The three meters a logger reads, one per component. Closing it closes all three, even when one
 * fails; the first failure is then thrown, with the others suppressed. Immutable; each meter is
 * thread-safe, as {@link EnergyMeter} requires.
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
     * @param component the component
     * @return its meter, never absent: {@link EnergyMeters#none} stands for an unmeasured one
     * @since 0.2
     */
    public EnergyMeter meter(Component component) {
        // Not an enum switch: its map is one more class for a starting JVM to load.
        return component == Component.CPU ? cpu : component == Component.GPU ? gpu : ram;
    }

    @Override
    public void close() {
        RuntimeException failed = null;
        for (EnergyMeter meter : new EnergyMeter[] {cpu, gpu, ram}) {
            try {
                meter.close();
            } catch (RuntimeException e) {
                // Closing one meter must not keep the others open.
                if (failed == null) {
                    failed = e;
                } else {
                    failed.addSuppressed(e);
                }
            }
        }
        if (failed != null) {
            throw failed;
        }
    }
}
