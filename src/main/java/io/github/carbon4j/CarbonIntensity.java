package io.github.carbon4j;

/**
 * The carbon intensity of electricity in grams of CO2 equivalent per kilowatt-hour. Immutable and
 * thread-safe; never negative, NaN or infinite.
 *
 * @param gramsPerKilowattHour the intensity in gCO2eq/kWh
 * @since 0.1
 */
public record CarbonIntensity(double gramsPerKilowattHour) {

    /**
     * Checks the intensity.
     *
     * @param gramsPerKilowattHour the intensity in gCO2eq/kWh
     * @throws IllegalArgumentException when it is negative, NaN or infinite
     */
    public CarbonIntensity {
        Quantities.requireNonNegative(gramsPerKilowattHour, "carbon intensity", "g/kWh");
    }

    /**
     * An intensity in grams of CO2 equivalent per kilowatt-hour.
     *
     * @param gramsPerKilowattHour the intensity in gCO2eq/kWh
     * @return the intensity
     * @throws IllegalArgumentException when it is negative, NaN or infinite
     */
    public static CarbonIntensity ofGramsPerKilowattHour(double gramsPerKilowattHour) {
        return new CarbonIntensity(gramsPerKilowattHour);
    }

    /**
     * {@return the emissions of consuming this energy at this intensity}
     *
     * @param energy the energy consumed
     */
    public Emissions emissionsFor(Energy energy) {
        return new Emissions(gramsPerKilowattHour * energy.kilowattHours());
    }

    @Override
    public String toString() {
        return Quantities.plain(gramsPerKilowattHour) + " g/kWh";
    }
}
