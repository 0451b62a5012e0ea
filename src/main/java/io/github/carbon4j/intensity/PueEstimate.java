package io.github.carbon4j.intensity;

/**
 * A data centre's power usage effectiveness with where it came from. Immutable.
 *
 * @param pue the PUE, at least 1
 * @param source text naming who published it and the year, e.g.
 *     {@code "PUE 1.10: Google data centres, fleet-wide average, published 2024 (2023)"}
 * @since 0.2
 */
public record PueEstimate(double pue, String source) {

    /**
     * Checks both components.
     *
     * @param pue the PUE, at least 1
     * @param source text naming who published it and the year
     * @throws IllegalArgumentException for a PUE outside 1 to 10 (or NaN), or a missing or blank source
     */
    public PueEstimate {
        if (!(pue >= 1) || pue > 10 || source == null || source.isBlank()) {
            throw new IllegalArgumentException("a PUE estimate needs a PUE from 1 to 10 and a source, got " + pue);
        }
    }
}
