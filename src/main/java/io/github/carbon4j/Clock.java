package io.github.carbon4j;

/**
 * The source of time for the carbon logger and its meters, as in Micrometer: a wall clock for
 * timestamps and a monotonic clock for durations. Implementations are thread-safe.
 *
 * @since 0.1
 */
public interface Clock {

    /** The system clock: {@link System#currentTimeMillis()} and {@link System#nanoTime()}. */
    Clock SYSTEM = new Clock() {
        @Override
        public long wallTime() {
            return System.currentTimeMillis();
        }

        @Override
        public long monotonicTime() {
            return System.nanoTime();
        }
    };

    /** {@return milliseconds since the epoch} */
    long wallTime();

    /** {@return nanoseconds from an arbitrary origin; only differences mean something} */
    long monotonicTime();
}
