package io.github.carbon4j.internal;

import java.util.Locale;

/**
 * The configuration keys that messages below the façade name ("invalid carbon4j.gpu.devices ..."), so
 * that meters, intensity and exporters need not import the configuration classes. Each equals the
 * {@code ConfigKeys} constant of the same name, which a test holds.
 *
 * <p>Not API: public only for carbon4j's own packages; it may change in any release.
 */
public final class KeyNames {

    public static final String INTENSITY = "carbon4j.intensity";
    public static final String COUNTRY = "carbon4j.country";
    public static final String REGION = "carbon4j.region";
    public static final String CLOUD_PROVIDER = "carbon4j.cloud.provider";
    public static final String CLOUD_REGION = "carbon4j.cloud.region";
    public static final String ENERGY_MIX = "carbon4j.energy-mix";
    public static final String GPU_DEVICES = "carbon4j.gpu.devices";
    public static final String INTENSITY_PROVIDER = "carbon4j.intensity.provider";
    public static final String ELECTRICITYMAPS_TOKEN = "carbon4j.electricitymaps.token";
    public static final String ELECTRICITYMAPS_ZONE = "carbon4j.electricitymaps.zone";
    public static final String UK_POSTCODE = "carbon4j.uk.postcode";
    public static final String OTEL = "carbon4j.otel";

    private KeyNames() {}

    /** The environment variable of a key: {@code carbon4j.country} is {@code CARBON4J_COUNTRY}. */
    public static String environmentName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }
}
