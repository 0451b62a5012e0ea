package io.github.carbon4j.meter;

import io.github.carbon4j.Clock;
import java.util.function.LongSupplier;

/**
 * Reads a slow-moving kernel figure at most once per interval, answering from the last reading in
 * between. Resident memory moves by the page and a process's ended children by whole ticks, but
 * reading {@code /proc/self/statm} costs 1–10 µs: a logger called per benchmark iteration or per test
 * would spend most of its time re-reading figures that cannot have changed. Thread-safe.
 */
final class Throttle {

    /** One millisecond: a tenth of the kernel's CPU tick. */
    static final long INTERVAL_NANOS = 1_000_000;

    private Throttle() {}

    /** The figure, re-read only when a millisecond has passed since its last successful reading. */
    static LongSupplier figure(LongSupplier source, Clock clock) {
        return figure(source, clock, INTERVAL_NANOS);
    }

    /** The figure, re-read only when {@code intervalNanos} have passed since its last successful reading. */
    static LongSupplier figure(LongSupplier source, Clock clock, long intervalNanos) {
        return new LongSupplier() {
            private long value;
            private long readAt;
            private boolean valid;

            @Override
            public synchronized long getAsLong() {
                long now = clock.monotonicTime();
                if (!valid || now - readAt >= intervalNanos) {
                    long read = source.getAsLong();
                    if (read < 0) {
                        return read; // unknown now: ask again next time
                    }
                    value = read;
                    readAt = now;
                    valid = true;
                }
                return value;
            }
        };
    }
}
