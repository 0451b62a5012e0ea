package io.github.carbon4j.internal;

import java.util.Locale;

/**
 * The configuration keys that messages below the façade name ("invalid carbon4j.gpu.devices ..."), so
 * that meters, intensity and exporters need not import the configuration classes. Each equals the
 * {@code ConfigKeys} constant of the same name, which a test holds. Constants and a pure function, no state.
 *
 * <p>Not API: public only for carbon4j's own packages; it may change in any release.
 */
public final class KeyNames {

    /** The key of a fixed carbon intensity in g/kWh. */
    public static final String INTENSITY = "carbon4j.intensity";
    /** The key of the country, by ISO code or English name. */
    public static final String COUNTRY = "carbon4j.country";
    /** The key of the region within the country. */
    public static final String REGION = "carbon4j.region";
    /** The key of the cloud provider ({@code aws}, {@code gcp}, {@code azure}). */
    public static final String CLOUD_PROVIDER = "carbon4j.cloud.provider";
    /** The key of the cloud region. */
    public static final String CLOUD_REGION = "carbon4j.cloud.region";
    /** The key of the electricity mix, shares by energy source. */
    public static final String ENERGY_MIX = "carbon4j.energy-mix";
    /** The key of the GPUs to measure. */
    public static final String GPU_DEVICES = "carbon4j.gpu.devices";
    /** The key of the live intensity provider. */
    public static final String INTENSITY_PROVIDER = "carbon4j.intensity.provider";
    /** The key of the Electricity Maps token. */
    public static final String ELECTRICITYMAPS_TOKEN = "carbon4j.electricitymaps.token";
    /** The key of the Electricity Maps zone. */
    public static final String ELECTRICITYMAPS_ZONE = "carbon4j.electricitymaps.zone";
    /** The key of the UK postcode for regional figures. */
    public static final String UK_POSTCODE = "carbon4j.uk.postcode";
    /** The key that turns the OpenTelemetry export on. */
    public static final String OTEL = "carbon4j.otel";
    /** The key of where notices go ({@code auto}, {@code logger}, {@code stderr}). */
    public static final String NOTICES = "carbon4j.notices";

    private KeyNames() {}

    /**
     * {@return the environment variable of a key: {@code carbon4j.country} is {@code CARBON4J_COUNTRY}}
     *
     * @param key a configuration key, e.g. one of the constants here
     */
    public static String environmentName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }
}
