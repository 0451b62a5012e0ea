package io.github.carbon4j;

import java.time.Duration;

/**
 * Greenhouse-gas emissions in grams of CO2 equivalent (gCO2eq). Immutable and thread-safe; never
 * negative, NaN or infinite.
 *
 * @param grams the emissions in gCO2eq
 * @since 0.1
 */
public record Emissions(double grams) implements Comparable<Emissions> {

    /** No emissions at all. */
    public static final Emissions ZERO = new Emissions(0);

    /**
     * Checks the value.
     *
     * @param grams the value in gCO2eq
     * @throws IllegalArgumentException when it is negative, NaN or infinite
     */
    public Emissions {
        Quantities.requireNonNegative(grams, "emissions", "gCO2eq");
    }

    /**
     * An emissions in gCO2eq.
     *
     * @param grams the value in gCO2eq
     * @return the emissions
     * @throws IllegalArgumentException when it is negative, NaN or infinite
     */
    public static Emissions ofGrams(double grams) {
        return new Emissions(grams);
    }

    /**
     * An emissions in kgCO2eq.
     *
     * @param kilograms the value in kgCO2eq
     * @return the emissions
     * @throws IllegalArgumentException when it is negative, NaN or infinite
     */
    public static Emissions ofKilograms(double kilograms) {
        return new Emissions(kilograms * 1000);
    }

    /**
     * Parses what people write: {@code "5 mg"}, {@code "0.5 g"}, {@code "1 kg"}, {@code "2 t"},
     * {@code "300 ng"}, {@code "7 µg"} (or {@code "7 ug"}), each with an optional {@code CO2eq} or
     * {@code CO2e} suffix ({@code "0.5 gCO2eq"}).
     *
     * @param text the figure with its unit
     * @return the emissions
     * @throws IllegalArgumentException quoting the input when it is not such a figure
     */
    public static Emissions parse(String text) {
        return new Emissions(Quantities.parse(text, "emissions", Quantities.MASS_UNITS));
    }

    /** {@return these emissions in kgCO2eq} */
    public double kilograms() {
        return grams / 1000;
    }

    /**
     * {@return the sum of these emissions and the other}
     *
     * @param other the emissions to add
     */
    public Emissions plus(Emissions other) {
        return new Emissions(grams + other.grams);
    }

    /**
     * The mean rate of emitting this over the duration; zero for an empty duration.
     *
     * @param duration the duration
     * @return the mean rate, gCO2eq/s
     */
    public EmissionsRate per(Duration duration) {
        double seconds = Quantities.seconds(duration);
        return seconds > 0 ? new EmissionsRate(grams / seconds) : EmissionsRate.ZERO;
    }

    /** Compares by grams. */
    @Override
    public int compareTo(Emissions other) {
        return Double.compare(grams, other.grams);
    }

    /** {@return the emissions with a readable unit, e.g. {@code 1.2 gCO2eq}} */
    @Override
    public String toString() {
        return Quantities.format(grams, Quantities.MASS_UNITS) + "CO2eq";
    }
}
