package io.github.carbon4j.intensity;

import io.github.carbon4j.CarbonIntensity;
import io.github.carbon4j.Clock;
import io.github.carbon4j.IntensityProvider;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What resolving the carbon intensity needs from a configuration: the place, a fixed figure or mix,
 * and the live provider; the façade ({@code CarbonConfig.intensitySettings()}) builds it. Immutable;
 * {@link #toString()} never shows the token.
 *
 * @param carbonIntensity a fixed intensity, which wins over any place
 * @param energyMix shares of energy sources by name, empty for none
 * @param country country code or name
 * @param region sub-national region
 * @param cloudProvider cloud provider ({@code aws}, {@code gcp}, {@code azure})
 * @param cloudRegion cloud region
 * @param intensityProvider where a live figure comes from, {@link IntensityProvider#OFFLINE} for none
 * @param intensityUrl another base URL for the live provider (a proxy, a test server)
 * @param electricityMapsToken the Electricity Maps token
 * @param electricityMapsZone the Electricity Maps zone, else derived from the place
 * @param ukPostcode the UK postcode for regional figures
 * @param pueConfigured whether a PUE was configured, which a cloud provider's published PUE then does not replace
 * @param clock times the live provider's refresh
 * @since 0.3
 */
public record IntensitySettings(
        Optional<CarbonIntensity> carbonIntensity,
        Map<String, Double> energyMix,
        Optional<String> country,
        Optional<String> region,
        Optional<String> cloudProvider,
        Optional<String> cloudRegion,
        IntensityProvider intensityProvider,
        Optional<URI> intensityUrl,
        Optional<String> electricityMapsToken,
        Optional<String> electricityMapsZone,
        Optional<String> ukPostcode,
        boolean pueConfigured,
        Clock clock) {

    /**
     * Copies the energy mix into an unmodifiable map that keeps the configured order.
     *
     * @param carbonIntensity a fixed intensity, which wins over any place
     * @param energyMix shares of energy sources by name, empty for none
     * @param country country code or name
     * @param region sub-national region
     * @param cloudProvider cloud provider
     * @param cloudRegion cloud region
     * @param intensityProvider where a live figure comes from
     * @param intensityUrl another base URL for the live provider
     * @param electricityMapsToken the Electricity Maps token
     * @param electricityMapsZone the Electricity Maps zone
     * @param ukPostcode the UK postcode
     * @param pueConfigured whether a PUE was configured
     * @param clock times the live provider's refresh
     */
    public IntensitySettings {
        // In the configured order, which messages and the mix's source repeat.
        energyMix = Collections.unmodifiableMap(new LinkedHashMap<>(energyMix));
    }

    @Override
    public String toString() {
        return "IntensitySettings[carbonIntensity=" + carbonIntensity + ", energyMix=" + energyMix + ", country="
                + country + ", region=" + region + ", cloudProvider=" + cloudProvider + ", cloudRegion=" + cloudRegion
                + ", intensityProvider=" + intensityProvider + ", intensityUrl=" + intensityUrl
                + ", electricityMapsToken=" + electricityMapsToken.map(t -> "***") + ", electricityMapsZone="
                + electricityMapsZone + ", ukPostcode=" + ukPostcode + ", pueConfigured=" + pueConfigured + "]";
    }
}
