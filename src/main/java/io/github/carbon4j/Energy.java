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

    /**
     * Checks the value.
     *
     * @param joules the value in J
     * @throws IllegalArgumentException when it is negative, NaN or infinite
     */
    public Energy {
        Quantities.requireNonNegative(joules, "energy", "J");
    }

    /**
     * An energy in J.
     *
     * @param joules the value in J
     * @return the energy
     * @throws IllegalArgumentException when it is negative, NaN or infinite
     */
    public static Energy ofJoules(double joules) {
        return new Energy(joules);
    }

    /**
     * An energy in kWh.
     *
     * @param kilowattHours the value in kWh
     * @return the energy
     * @throws IllegalArgumentException when it is negative, NaN or infinite
     */
    public static Energy ofKilowattHours(double kilowattHours) {
        return new Energy(kilowattHours * JOULES_PER_KILOWATT_HOUR);
    }

    /**
     * An energy in Wh.
     *
     * @param wattHours the value in Wh
     * @return the energy
     * @throws IllegalArgumentException when it is negative, NaN or infinite
     */
    public static Energy ofWattHours(double wattHours) {
        return new Energy(wattHours * 3600);
    }

    /**
     * Parses what people write: {@code "20 J"}, {@code "1.5 kJ"}, {@code "2 MJ"}, {@code "2 Wh"},
     * {@code "0.1 kWh"}, {@code "3 mJ"}. A number without a unit is not accepted.
     *
     * @param text the figure with its unit
     * @return the energy
     * @throws IllegalArgumentException quoting the input when it is not such a figure
     */
    public static Energy parse(String text) {
        return new Energy(Quantities.parse(text, "energy", Quantities.ENERGY_UNITS));
    }

    /** {@return this energy in kWh} */
    public double kilowattHours() {
        return joules / JOULES_PER_KILOWATT_HOUR;
    }

    /**
     * {@return the sum of this energy and the other}
     *
     * @param other the energy to add
     */
    public Energy plus(Energy other) {
        return new Energy(joules + other.joules);
    }

    /**
     * This energy minus the other, never below zero.
     *
     * @param other the energy to subtract
     * @return the difference, at least zero
     */
    public Energy minusClamped(Energy other) {
        return new Energy(Math.max(0, joules - other.joules));
    }

    /**
     * {@return this energy times the factor}
     *
     * @param factor a finite factor, at least 0
     * @throws IllegalArgumentException when the product is negative, NaN or infinite
     */
    public Energy times(double factor) {
        return new Energy(joules * factor);
    }

    /**
     * The mean power of spending this energy over the duration; zero for an empty duration.
     *
     * @param duration the duration
     * @return the mean power, W
     */
    public Power per(Duration duration) {
        double seconds = Quantities.seconds(duration);
        return seconds > 0 ? new Power(joules / seconds) : Power.ZERO;
    }

    /** Compares by joules. */
    @Override
    public int compareTo(Energy other) {
        return Double.compare(joules, other.joules);
    }

    /** {@return the energy with a readable unit, e.g. {@code 12.5 J}} */
    @Override
    public String toString() {
        return Quantities.format(joules, Quantities.ENERGY_UNITS);
    }
}
