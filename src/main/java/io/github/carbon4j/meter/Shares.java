package io.github.carbon4j.meter;

import java.util.function.LongSupplier;

/** The process's share of the machine's memory. */
final class Shares {

    private Shares() {}

    /** This JVM's resident memory over the machine's memory, now; NaN when either is unknown. */
    static ProcessShareMeter.Share resident(LongSupplier residentBytes, long totalBytes, AutoCloseable source) {
        return new ProcessShareMeter.Share() {
            @Override
            public double next() {
                long resident = residentBytes.getAsLong();
                return resident < 0 || totalBytes <= 0 ? Double.NaN : Math.min(1, (double) resident / totalBytes);
            }

            @Override
            public void close() {
                try {
                    source.close();
                } catch (Exception e) {
                    // A read-only kernel file: nothing to lose when closing it fails.
                }
            }
        };
    }
}
