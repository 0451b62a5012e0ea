package io.github.carbon4j.meter;

/**
 * Turns successive raw readings of one {@code energy_uj} counter into energy deltas. Pure state, no
 * IO; not thread-safe (its meter serializes reading the file and advancing, so readings arrive in
 * the order they were taken).
 *
 * <p>The counter runs from 0 to {@code max_energy_range_uj} and wraps. The counter itself never goes
 * back, so any reading below the previous one is a wrap: the energy is what was left to the top of
 * the range plus the new reading. That holds as long as the counter is read at least once per wrap,
 * which {@link RaplSampler} sees to. Readings above the range are garbage and count nothing.
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
        long delta;
        if (reading >= baseline) {
            delta = reading - baseline;
        } else if (range > 0) {
            delta = range - baseline + reading;
        } else {
            // Without a range a wrap cannot be measured: start again from here, losing one interval.
            delta = 0;
        }
        baseline = reading;
        return delta;
    }

    /** The last reading counted. */
    long baseline() {
        return baseline;
    }
}
