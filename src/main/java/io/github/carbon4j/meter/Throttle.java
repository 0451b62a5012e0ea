package io.github.carbon4j.meter;

import io.github.carbon4j.Clock;
import java.io.IOException;
import java.util.function.LongSupplier;

/**
 * Reads a slow-moving kernel figure at most once per {@link #INTERVAL_NANOS}, answering from the last
 * reading in between. The machine's CPU ticks move in 10 ms steps and resident memory by the page, but
 * reading {@code /proc/stat} costs about 6 µs and {@code /proc/self/statm} about 1 µs: a logger
 * called per benchmark iteration or per test would spend most of its time re-reading figures that
 * cannot have changed. A cached reading only moves the edge of a sub-millisecond interval to the next
 * read; cumulative meters lose nothing by it. Thread-safe.
 */
final class Throttle {

    /** One millisecond: a tenth of the kernel's CPU tick. */
    static final long INTERVAL_NANOS = 1_000_000;

    private Throttle() {}

    /** The tick source, re-read only when a millisecond has passed since its last reading. */
    static CpuTimes.TickSource ticks(CpuTimes.TickSource source, Clock clock) {
        return new CpuTimes.TickSource() {
            private final long[] cached = new long[2];
            private long readAt;
            private boolean valid;

            @Override
            public synchronized void read(long[] busyAndTotal) throws IOException {
                long now = clock.monotonicTime();
                if (!valid || now - readAt >= INTERVAL_NANOS) {
                    source.read(cached);
                    readAt = now;
                    valid = true;
                }
                busyAndTotal[0] = cached[0];
                busyAndTotal[1] = cached[1];
            }

            @Override
            public void close() {
                source.close();
            }
        };
    }

    /** The figure, re-read only when a millisecond has passed since its last successful reading. */
    static LongSupplier figure(LongSupplier source, Clock clock) {
        return new LongSupplier() {
            private long value;
            private long readAt;
            private boolean valid;

            @Override
            public synchronized long getAsLong() {
                long now = clock.monotonicTime();
                if (!valid || now - readAt >= INTERVAL_NANOS) {
                    long read = source.getAsLong();
                    if (read < 0) {
                        return read;     // unknown now: ask again next time
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
