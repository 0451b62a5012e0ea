package io.github.carbon4j;

/**
 * The carbon intensity of electricity in grams of CO2 equivalent per kilowatt-hour. Immutable and
 * thread-safe; never negative, NaN or infinite.
 *
 * @param gramsPerKilowattHour the intensity in gCO2eq/kWh
 * @since 0.1
 */
public record CarbonIntensity(double gramsPerKilowattHour) {

    public CarbonIntensity {
        Quantities.requireNonNegative(gramsPerKilowattHour, "carbon intensity", "g/kWh");
    }

    public static CarbonIntensity ofGramsPerKilowattHour(double gramsPerKilowattHour) {
        return new CarbonIntensity(gramsPerKilowattHour);
    }

    /** {@return the emissions of consuming this energy at this intensity} */
    public Emissions emissionsFor(Energy energy) {
        return new Emissions(gramsPerKilowattHour * energy.kilowattHours());
    }

    @Override
    public String toString() {
        return Quantities.plain(gramsPerKilowattHour) + " g/kWh";
    }
}
