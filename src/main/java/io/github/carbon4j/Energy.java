package io.github.carbon4j;

import java.time.Duration;

/**
 * An amount of energy in joules. Immutable and thread-safe.
 *
 * <p>Never negative, never NaN or infinite: the constructor rejects such values, so every
 * {@code Energy} a carbon4j API returns is a usable number. 1 kWh is exactly 3.6e6 J.
 *
 * @param joules the energy in J, finite and at least 0
 * @since 0.1
 */
public record Energy(double joules) implements Comparable<Energy> {

    /** No energy at all. */
    public static final Energy ZERO = new Energy(0);

    static final double JOULES_PER_KILOWATT_HOUR = 3.6e6;

    public Energy {
        Quantities.requireNonNegative(joules, "energy", "J");
    }

    public static Energy ofJoules(double joules) {
        return new Energy(joules);
    }

    public static Energy ofKilowattHours(double kilowattHours) {
        return new Energy(kilowattHours * JOULES_PER_KILOWATT_HOUR);
    }

    public static Energy ofWattHours(double wattHours) {
        return new Energy(wattHours * 3600);
    }

    /**
     * Parses what people write: {@code "20 J"}, {@code "1.5 kJ"}, {@code "2 MJ"}, {@code "2 Wh"},
     * {@code "0.1 kWh"}, {@code "3 mJ"}. A number without a unit is not accepted.
     *
     * @throws IllegalArgumentException quoting the input when it is not such a figure
     */
    public static Energy parse(String text) {
        return new Energy(Quantities.parse(text, "energy", Quantities.ENERGY_UNITS));
    }

    public double kilowattHours() {
        return joules / JOULES_PER_KILOWATT_HOUR;
    }

    public Energy plus(Energy other) {
        return new Energy(joules + other.joules);
    }

    /** This energy minus the other, never below zero. */
    public Energy minusClamped(Energy other) {
        return new Energy(Math.max(0, joules - other.joules));
    }

    public Energy times(double factor) {
        return new Energy(joules * factor);
    }

    /** The mean power of spending this energy over the duration; zero for an empty duration. */
    public Power per(Duration duration) {
        double seconds = Quantities.seconds(duration);
        return seconds > 0 ? new Power(joules / seconds) : Power.ZERO;
    }

    @Override
    public int compareTo(Energy other) {
        return Double.compare(joules, other.joules);
    }

    @Override
    public String toString() {
        return Quantities.format(joules, Quantities.ENERGY_UNITS);
    }
}
