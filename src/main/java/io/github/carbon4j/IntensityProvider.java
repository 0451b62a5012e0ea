package io.github.carbon4j;

import java.util.Locale;

/**
 * Where the carbon intensity of the grid comes from, set by {@link ConfigKeys#INTENSITY_PROVIDER}. Only
 * the live providers touch the network, and only when configured.
 *
 * @since 0.2
 */
public enum IntensityProvider {
    /** The yearly figures shipped in the jar; never touches the network. The default. */
    OFFLINE("offline"),
    /** Electricity Maps API v3, latest figure of a zone; needs a token. */
    ELECTRICITY_MAPS("electricitymaps"),
    /** The UK Carbon Intensity API (Great Britain, or a postcode's region); needs no key. */
    UK_CARBON_INTENSITY("uk-carbon-intensity");

    private final String key;

    IntensityProvider(String key) {
        this.key = key;
    }

    /** {@return the name used in configuration: {@code offline}, {@code electricitymaps}, {@code uk-carbon-intensity}} */
    public String key() {
        return key;
    }

    /**
     * Parses a configuration name in any case.
     *
     * @param value the name
     * @return the provider
     * @throws IllegalArgumentException naming the value and the known names otherwise
     */
    public static IntensityProvider parse(String value) {
        for (IntensityProvider provider : values()) {
            if (provider.key.equalsIgnoreCase(value.trim())) {
                return provider;
            }
        }
        throw new IllegalArgumentException("unknown intensity provider \"" + value
                + "\": expected offline, electricitymaps or uk-carbon-intensity");
    }

    @Override
    public String toString() {
        return key.toLowerCase(Locale.ROOT);
    }
}
