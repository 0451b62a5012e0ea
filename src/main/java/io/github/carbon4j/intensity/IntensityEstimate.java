package io.github.carbon4j.intensity;

import io.github.carbon4j.CarbonIntensity;

/**
 * A carbon intensity with where it came from. Immutable.
 *
 * @param intensity the intensity in g/kWh
 * @param source text naming data set, year and key, e.g. {@code "grid of FRA, Our World in Data 2023"}
 * @since 0.1
 */
public record IntensityEstimate(CarbonIntensity intensity, String source) {

    /**
     * Checks both components.
     *
     * @param intensity the intensity in g/kWh
     * @param source text naming data set, year and key
     * @throws IllegalArgumentException when either is missing or the source is blank
     */
    public IntensityEstimate {
        if (intensity == null || source == null || source.isBlank()) {
            throw new IllegalArgumentException("an intensity estimate needs an intensity and a source");
        }
    }
}
