package io.github.carbon4j.intensity;

import io.github.carbon4j.CarbonConfig;
import io.github.carbon4j.CarbonIntensity;
import io.github.carbon4j.Notices;

/**
 * Carbon intensity lookups, offline, from data shipped in the jar. Thread-safe; every lookup
 * returns an {@link IntensityEstimate} that names its source.
 *
 * @since 0.1
 */
public final class CarbonIntensities {

    /** World average electricity intensity, IEA Global Energy &amp; CO2 Status Report 2019. */
    static final double WORLD_AVERAGE = 475;

    private CarbonIntensities() {}

    /** The world average of 475 g/kWh. */
    public static IntensityEstimate worldAverage() {
        return new IntensityEstimate(CarbonIntensity.ofGramsPerKilowattHour(WORLD_AVERAGE),
                "world average, IEA 2019");
    }

    /**
     * The intensity a configuration asks for, by precedence: fixed value &gt; cloud &gt; region &gt;
     * country &gt; world average (with one notice saying how to set the location).
     *
     * @throws IllegalArgumentException for an unknown location, naming it
     */
    public static IntensityEstimate resolve(CarbonConfig config) {
        if (config.carbonIntensity().isPresent()) {
            return new IntensityEstimate(config.carbonIntensity().get(), "fixed by carbon4j.intensity");
        }
        Notices.once("intensity.world-average", "location unknown, using the world average of 475 g/kWh;"
                + " set carbon4j.country (or carbon4j.intensity) to use your grid");
        return worldAverage();
    }
}
