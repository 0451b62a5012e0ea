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

    /**
     * Checks the value.
     *
     * @param watts the value in W
     * @throws IllegalArgumentException when it is negative, NaN or infinite
     */
    public Power {
        Quantities.requireNonNegative(watts, "power", "W");
    }

    /**
     * An power in W.
     *
     * @param watts the value in W
     * @return the power
     * @throws IllegalArgumentException when it is negative, NaN or infinite
     */
    public static Power ofWatts(double watts) {
        return new Power(watts);
    }

    /**
     * The energy this power delivers over the duration.
     *
     * @param duration the duration
     * @return the energy, J
     */
    public Energy over(Duration duration) {
        return new Energy(watts * Quantities.seconds(duration));
    }

    /**
     * {@return this power times the factor}
     *
     * @param factor a finite factor, at least 0
     * @throws IllegalArgumentException when the product is negative, NaN or infinite
     */
    public Power times(double factor) {
        return new Power(watts * factor);
    }

    /** Compares by watts. */
    @Override
    public int compareTo(Power other) {
        return Double.compare(watts, other.watts);
    }

    /** {@return the power with a readable unit, e.g. {@code 65 W}} */
    @Override
    public String toString() {
        return Quantities.format(watts, Quantities.POWER_UNITS);
    }
}
