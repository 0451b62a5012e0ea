package io.github.carbon4j;

import java.time.Duration;

/**
 * A power in watts. Immutable and thread-safe; never negative, NaN or infinite.
 *
 * @param watts the power in W
 * @since 0.1
 */
public record Power(double watts) implements Comparable<Power> {

    /** No power at all. */
    public static final Power ZERO = new Power(0);

    public Power {
        Quantities.requireNonNegative(watts, "power", "W");
    }

    public static Power ofWatts(double watts) {
        return new Power(watts);
    }

    /** The energy this power delivers over the duration. */
    public Energy over(Duration duration) {
        return new Energy(watts * Quantities.seconds(duration));
    }

    public Power times(double factor) {
        return new Power(watts * factor);
    }

    @Override
    public int compareTo(Power other) {
        return Double.compare(watts, other.watts);
    }

    @Override
    public String toString() {
        return Quantities.format(watts, Quantities.POWER_UNITS);
    }
}
