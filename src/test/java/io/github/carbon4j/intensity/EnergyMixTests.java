package io.github.carbon4j.intensity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnergyMixTests {

    @Test
    void theDesignExampleGives731Point59() {
        IntensityEstimate estimate =
                CarbonIntensities.energyMix(mix("coal", 25, "petroleum", 35, "natural_gas", 26, "nuclear", 14));

        assertThat(estimate.intensity().gramsPerKilowattHour()).isCloseTo(731.59, within(1e-9));
        assertThat(estimate.source())
                .isEqualTo("energy mix coal 25 %, petroleum 35 %, natural gas 26 %, nuclear 14 % × per-source factors");
    }

    @Test
    void fractionsAndSynonymsGiveTheSameResult() {
        IntensityEstimate estimate =
                CarbonIntensities.energyMix(mix("Coal", 0.25, "oil", 0.35, "naturalGas", 0.26, "NUCLEAR", 0.14));

        assertThat(estimate.intensity().gramsPerKilowattHour()).isCloseTo(731.59, within(1e-9));
        assertThat(CarbonIntensities.energyMix(mix("gas", 50, "hydroelectricity", 50))
                        .intensity()
                        .gramsPerKilowattHour())
                .isCloseTo((743 + 26) / 2.0, within(1e-9));
        assertThat(CarbonIntensities.energyMix(mix("fossil", 10, "geothermal", 20, "solar", 30, "wind", 40))
                        .intensity()
                        .gramsPerKilowattHour())
                .isCloseTo(0.1 * 635 + 0.2 * 38 + 0.3 * 48 + 0.4 * 26, within(1e-9));
    }

    @Test
    void sharesWithinHalfAPercentOfTheTotalAreAccepted() {
        assertThat(CarbonIntensities.energyMix(mix("coal", 50, "wind", 50.5))
                        .intensity()
                        .gramsPerKilowattHour())
                .isPositive();
        assertThat(CarbonIntensities.energyMix(mix("coal", 0.5, "wind", 0.496))
                        .intensity()
                        .gramsPerKilowattHour())
                .isPositive();
        assertThatThrownBy(() -> CarbonIntensities.energyMix(mix("coal", 50, "wind", 49)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(
                        "adds up to 99.0; shares must add up to 100 (percent) or 1 (fractions), within 0.5 %");
        assertThatThrownBy(() -> CarbonIntensities.energyMix(mix("coal", 0.5, "wind", 0.6)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("adds up to 1.1");
    }

    @Test
    void sourcesWithoutAFactorAreNormalisedOutAndSaidSo() {
        IntensityEstimate estimate = CarbonIntensities.energyMix(mix("coal", 40, "wind", 40, "biomass", 20));

        assertThat(estimate.intensity().gramsPerKilowattHour()).isCloseTo((995 + 26) / 2.0, within(1e-9));
        assertThat(estimate.source()).endsWith("; 20 % without a factor (biomass) normalised out");
    }

    @Test
    void badSourcesAndSharesAreRejectedByName() {
        assertThatThrownBy(() -> CarbonIntensities.energyMix(mix("coal", 50, "unobtainium", 50)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown energy source \"unobtainium\"")
                .hasMessageContaining("natural_gas");
        assertThatThrownBy(() -> CarbonIntensities.energyMix(mix("gas", 50, "natural_gas", 50)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gives natural gas twice (gas, natural_gas)");
        assertThatThrownBy(() -> CarbonIntensities.energyMix(mix("coal", 110, "wind", -10)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invalid share -10.0 for wind");
        assertThatThrownBy(() -> CarbonIntensities.energyMix(mix("biomass", 100)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("holds no source with an emission factor");
        assertThatThrownBy(() -> CarbonIntensities.energyMix(Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one source");
    }

    private static Map<String, Double> mix(Object... sourcesAndShares) {
        Map<String, Double> shares = new LinkedHashMap<>();
        for (int i = 0; i < sourcesAndShares.length; i += 2) {
            shares.put((String) sourcesAndShares[i], ((Number) sourcesAndShares[i + 1]).doubleValue());
        }
        return shares;
    }
}
