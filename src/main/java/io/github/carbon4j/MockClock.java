package io.github.carbon4j;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock that moves only when told to, for tests. Wall and monotonic time advance together.
 * Thread-safe.
 *
 * @since 0.1
 */
public final class MockClock implements Clock {

    /** A clock at 1 ms past the epoch, in both wall and monotonic time. */
    public MockClock() {}

    private final AtomicLong nanos = new AtomicLong(TimeUnit.MILLISECONDS.toNanos(1));

    @Override
    public long wallTime() {
        return TimeUnit.NANOSECONDS.toMillis(nanos.get());
    }

    @Override
    public long monotonicTime() {
        return nanos.get();
    }

    /**
     * Moves the clock forward.
     *
     * @param amount how far, in the unit
     * @param unit the unit of the amount
     * @return the monotonic time after the move, ns
     */
    public long add(long amount, TimeUnit unit) {
        return nanos.addAndGet(unit.toNanos(amount));
    }

    /**
     * Moves the clock forward.
     *
     * @param duration how far
     * @return the monotonic time after the move, ns
     */
    public long add(Duration duration) {
        return nanos.addAndGet(duration.toNanos());
    }

    /**
     * Moves the clock forward.
     *
     * @param seconds how far, s
     * @return the monotonic time after the move, ns
     */
    public long addSeconds(long seconds) {
        return add(seconds, TimeUnit.SECONDS);
    }
}
