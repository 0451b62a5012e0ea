package io.github.carbon4j;

/**
 * An emissions rate in grams of CO2 equivalent per second. Immutable and thread-safe; never
 * negative, NaN or infinite.
 *
 * @param gramsPerSecond the rate in gCO2eq/s
 * @since 0.1
 */
public record EmissionsRate(double gramsPerSecond) {

    /** No emissions. */
    public static final EmissionsRate ZERO = new EmissionsRate(0);

    /**
     * Checks the value.
     *
     * @param gramsPerSecond the value in gCO2eq/s
     * @throws IllegalArgumentException when it is negative, NaN or infinite
     */
    public EmissionsRate {
        Quantities.requireNonNegative(gramsPerSecond, "emissions rate", "gCO2eq/s");
    }

    /**
     * An emissions rate in gCO2eq/s.
     *
     * @param gramsPerSecond the value in gCO2eq/s
     * @return the rate
     * @throws IllegalArgumentException when it is negative, NaN or infinite
     */
    public static EmissionsRate ofGramsPerSecond(double gramsPerSecond) {
        return new EmissionsRate(gramsPerSecond);
    }

    /** {@return the rate with a readable unit, e.g. {@code 3 mgCO2eq/s}} */
    @Override
    public String toString() {
        return Quantities.format(gramsPerSecond, Quantities.MASS_UNITS) + "CO2eq/s";
    }
}
