package io.github.carbon4j.meter;

/**
 * The three meters a logger reads, one per component. Closing it closes all three, even when one
 * fails; the first failure is then thrown, with the others suppressed.
 *
 * @param cpu the CPU meter
 * @param gpu the GPU meter
 * @param ram the RAM meter
 * @since 0.1
 */
public record Meters(EnergyMeter cpu, EnergyMeter gpu, EnergyMeter ram) implements AutoCloseable {

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
