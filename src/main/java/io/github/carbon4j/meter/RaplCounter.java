package io.github.carbon4j.meter;

/**
 * Turns successive raw readings of one {@code energy_uj} counter into energy deltas. Pure state, no
 * IO; not thread-safe (its meter serializes).
 *
 * <p>The counter runs from 0 to {@code max_energy_range_uj} and wraps. A reading below the previous one
 * is a wrap only when it dropped by more than half the range (a wrap lands near 0 after being near the
 * top); a smaller drop is a glitch of the counter, which counts nothing and keeps the higher baseline,
 * so that a momentary low reading is not counted twice when the counter comes back. Readings above
 * the range are garbage and count nothing.
 */
final class RaplCounter {

    private final long range;
    private long baseline;

    RaplCounter(long first, long range) {
        this.baseline = first;
        this.range = range;
    }

    /** The energy since the previous reading, in µJ, never negative. */
    long advance(long reading) {
        if (range > 0 && reading > range) {
            return 0;
        }
        if (reading >= baseline) {
            long delta = reading - baseline;
            baseline = reading;
            return delta;
        }
        if (range > 0 && baseline - reading > range / 2) {
            long delta = range - baseline + reading;
            baseline = reading;
            return delta;
        }
        if (range <= 0) {
            // Without a range a wrap cannot be told from a reset: start again from here, losing one interval.
            baseline = reading;
        }
        return 0;
    }
}
