package io.github.carbon4j.intensity;

import io.github.carbon4j.CarbonIntensity;
import io.github.carbon4j.internal.Notices;
import java.util.Map;
import java.util.Optional;

/**
 * Carbon intensity lookups, offline, from tables shipped in the jar (Our World in Data for countries,
 * EPA eGRID for US states, provincial mixes for Canada, ENTSO-E averages for Nordic zones, Google Cloud's
 * region figures; sources and licences in the resource files). Nothing is ever looked up on the network.
 *
 * <p>Every lookup returns an {@link IntensityEstimate} in gCO2eq/kWh whose {@code source()} names the data
 * set, its year and the key used, e.g. {@code "grid of FRA, Our World in Data 2023"}. An unknown name is an
 * {@link IllegalArgumentException} listing the closest known names, never a silent world average.
 * Thread-safe; each table loads once, on its first use.
 *
 * @since 0.1
 */
public final class CarbonIntensities {

    /** World average electricity intensity, IEA Global Energy &amp; CO2 Status Report 2019. */
    static final double WORLD_AVERAGE = 475;

    private CarbonIntensities() {}

    /** {@return the world average of 475 g/kWh, with its source} */
    public static IntensityEstimate worldAverage() {
        return new IntensityEstimate(CarbonIntensity.ofGramsPerKilowattHour(WORLD_AVERAGE), "world average, IEA 2019");
    }

    /**
     * The grid of a country, by ISO 3166 alpha-3 ({@code "FRA"}), alpha-2 ({@code "FR"}) or English name
     * ({@code "France"}), in any case. Where the data set has no intensity for it, the intensity of its
     * generation mix.
     *
     * @param country the country's code or English name
     * @return the country's grid intensity in g/kWh, with its source
     * @throws IllegalArgumentException for an unknown country or one without data
     */
    public static IntensityEstimate country(String country) {
        return Tables.INSTANCE.countries().grid(requireText("country", country)).estimate();
    }

    /**
     * The ISO 3166 alpha-3 code of a country named as {@link #country(String)} accepts it
     * ({@code "fr"}, {@code "France"} and {@code "FRA"} all give {@code "FRA"}); empty when the name
     * is no country.
     *
     * @param country the country's code or English name, in any case
     * @return the alpha-3 code, or empty when the name is no country
     * @throws IllegalArgumentException for a blank name
     */
    public static Optional<String> countryCode(String country) {
        return Tables.INSTANCE.countries().iso3(requireText("country", country));
    }

    /**
     * The English name of a country named as {@link #country(String)} accepts it; empty when unknown.
     *
     * @param country the country's code or English name, in any case
     * @return the English name, or empty when the name is no country
     * @throws IllegalArgumentException for a blank name
     */
    public static Optional<String> countryName(String country) {
        Optional<String> code = countryCode(country);
        return code.isPresent() ? Tables.INSTANCE.countries().englishName(code.get()) : Optional.empty();
    }

    /**
     * The grid of a US state ({@code "california"}, {@code "CA"}), Canadian province or territory
     * ({@code "quebec"}, {@code "QC"}) or Nordic bidding zone ({@code "SE3"}, {@code "NO1"}, {@code "FI"}).
     *
     * @param country the country, as for {@link #country(String)}
     * @param region the state, province, territory or zone, by name or code, in any case
     * @return the region's grid intensity in g/kWh, with its source
     * @throws IllegalArgumentException for an unknown country or region, or a country without regional data
     */
    public static IntensityEstimate region(String country, String region) {
        Countries countries = Tables.INSTANCE.countries();
        String name = requireText("country", country);
        String iso3 = countries.requireIso3(name);
        return Tables.INSTANCE
                .regions()
                .grid(iso3, countries.describe(iso3), requireText("region", region))
                .estimate();
    }

    /**
     * The grid of a cloud region. {@code gcp}: Google Cloud's published yearly figure for the region.
     * {@code aws}, {@code azure}: the grid of the country (and US state, Canadian province, Nordic zone)
     * where the region is, e.g. {@code cloud("aws", "eu-west-1")} is Ireland's grid.
     *
     * @param provider {@code aws}, {@code gcp} or {@code azure}
     * @param region the provider's region name, e.g. {@code eu-west-1}
     * @return the region's grid intensity in g/kWh, with its source
     * @throws IllegalArgumentException for an unknown provider or region, naming the closest known ones
     */
    public static IntensityEstimate cloud(String provider, String region) {
        return Tables.INSTANCE
                .cloud()
                .estimate(requireText("cloud provider", provider), requireText("cloud region", region));
    }

    /**
     * The intensity of an electricity mix: shares per source in percent (adding up to 100) or fractions
     * (adding up to 1), within 0.5 %, times per-source factors (coal 995, petroleum 816, natural gas 743,
     * fossil 635, geothermal 38, hydro 26, nuclear 29, solar 48, wind 26 g/kWh). Names such as
     * {@code gas}, {@code natural_gas}, {@code naturalGas}, {@code oil}, {@code hydroelectricity} are accepted.
     * Biomass, tidal and other have no factor: the intensity is then that of the share that has one.
     *
     * @param shares the share of each source by name, in percent or as fractions
     * @return the mix's intensity in g/kWh, with a source listing the shares
     * @throws IllegalArgumentException for an unknown source, a negative share or shares that do not add up
     */
    public static IntensityEstimate energyMix(Map<String, Double> shares) {
        return ConfiguredMix.estimate(shares);
    }

    /**
     * The intensity a configuration asks for, by precedence: fixed intensity &gt; energy mix &gt; cloud
     * provider and region &gt; region &gt; country &gt; the AWS region of {@code AWS_REGION} /
     * {@code AWS_DEFAULT_REGION} &gt; world average (with one notice saying how to set the location).
     * Every configured location is checked, even one that a higher one overrides.
     *
     * The notices go where this JVM's notices go (standard error, or the {@code io.github.carbon4j}
     * {@link System.Logger} where logging is routed); a logger resolves with notices of its own.
     *
     * @param config the configured location, fixed intensity or mix
     * @return the intensity in g/kWh, with its source; the world average when nothing is configured
     * @throws IllegalArgumentException for an unknown location, naming it and the closest known names
     */
    public static IntensityEstimate resolve(IntensitySettings config) {
        return resolve(config, System.getenv());
    }

    /**
     * As {@link #resolve(IntensitySettings)}, reading {@code AWS_REGION} and {@code AWS_DEFAULT_REGION} from {@code environment}.
     *
     * @param config the configured location, fixed intensity or mix
     * @param environment the environment variables to read instead of the process's
     * @return the intensity in g/kWh, with its source; the world average when nothing is configured
     * @throws IllegalArgumentException for an unknown location, naming it and the closest known names
     */
    public static IntensityEstimate resolve(IntensitySettings config, Map<String, String> environment) {
        return resolve(config, environment, new Notices());
    }

    static IntensityEstimate resolve(IntensitySettings config, Map<String, String> environment, Notices notices) {
        return new LocationResolver(Tables.INSTANCE, notices).resolve(config, environment);
    }

    /**
     * The PUE a cloud provider publishes for its data centres, with its source and year: {@code aws}
     * 1.14 (2025), {@code gcp} 1.10 (2023), {@code azure} 1.18 (2024).
     *
     * @param provider {@code aws}, {@code gcp} or {@code azure}
     * @return the provider's published PUE, with its source
     * @throws IllegalArgumentException for an unknown provider, naming the known ones
     */
    public static PueEstimate providerPue(String provider) {
        return ProviderPue.of(CloudRegions.providerLabel(requireText("cloud provider", provider)));
    }

    /**
     * The provider's published PUE when the configuration names a cloud region (or a provider) and
     * no {@code carbon4j.pue}; empty otherwise, and where the region alone names no single provider.
     *
     * @param config the configured cloud provider, region and whether a PUE was set
     * @return the provider's published PUE, or empty as above
     */
    public static Optional<PueEstimate> providerPue(IntensitySettings config) {
        if (config.pueConfigured()) {
            return Optional.empty();
        }
        // Ifs, not an Optional chain: its lambdas would load the cloud tables' classes on every start.
        Optional<String> label;
        if (config.cloudProvider().isPresent()) {
            label = Optional.of(
                    CloudRegions.providerLabel(config.cloudProvider().get()));
        } else if (config.cloudRegion().isPresent()) {
            label = Tables.INSTANCE.cloud().providerOf(config.cloudRegion().get());
        } else {
            return Optional.empty();
        }
        return label.isPresent() ? Optional.of(ProviderPue.of(label.get())) : Optional.empty();
    }

    private static String requireText(String what, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a " + what + " must not be blank: \"" + value + "\"");
        }
        return value.trim();
    }

    /**
     * The bundled tables, each read on its first use (holder idiom: thread-safe without locks), so that a
     * logger reads only the tables of the location it is configured for: none for a fixed intensity, an
     * energy mix or the world average, the countries for a country, and the cloud regions (built on the
     * other two) only for a cloud region.
     */
    static final class Tables {
        static final Tables INSTANCE = new Tables();

        private Tables() {}

        Countries countries() {
            return CountryTable.TABLE;
        }

        Regions regions() {
            return RegionTable.TABLE;
        }

        CloudRegions cloud() {
            return CloudTable.TABLE;
        }

        private static final class CountryTable {
            static final Countries TABLE = Countries.load();
        }

        private static final class RegionTable {
            static final Regions TABLE = Regions.load();
        }

        private static final class CloudTable {
            static final CloudRegions TABLE = CloudRegions.load(CountryTable.TABLE, RegionTable.TABLE);
        }
    }
}
