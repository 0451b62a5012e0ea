package io.github.carbon4j.intensity;

import io.github.carbon4j.IntensityProvider;
import io.github.carbon4j.internal.KeyNames;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The live feed a configuration asks for, if any. */
final class GridFeeds {

    static final URI ELECTRICITY_MAPS = URI.create("https://api.electricitymap.org");
    static final URI UK_CARBON_INTENSITY = URI.create("https://api.carbonintensity.org.uk");
    /** Compiled when a live feed needs them, not by every logger that starts (and asks for no feed). */
    private static final class Patterns {
        /** Nordic bidding zones as carbon4j's region key names them (SE3, NO1, DK2), which Electricity Maps calls SE-SE3. */
        static final Pattern BIDDING_ZONE = Pattern.compile("(SE|NO|DK)\\s*-?\\s*([1-5])", Pattern.CASE_INSENSITIVE);
        /** A UK postcode's outward code: the part before the space, or all but the last three characters. */
        static final Pattern POSTCODE = Pattern.compile("([A-Z]{1,2}[0-9][A-Z0-9]?)\\s*([0-9][A-Z]{2})?");
    }

    private final CarbonIntensities.Tables tables;

    GridFeeds(CarbonIntensities.Tables tables) {
        this.tables = tables;
    }

    /**
     * @throws IllegalArgumentException for a live provider that lacks what it needs (a token, a
     *     postcode that is none)
     */
    Optional<GridFeed> feed(IntensitySettings config) {
        // Not an enum switch: its map is one more class for a starting JVM to load.
        IntensityProvider provider = config.intensityProvider();
        if (provider == IntensityProvider.OFFLINE) {
            return Optional.empty();
        }
        return Optional.of(
                provider == IntensityProvider.ELECTRICITY_MAPS ? electricityMaps(config) : ukCarbonIntensity(config));
    }

    private GridFeed electricityMaps(IntensitySettings config) {
        String token = config.electricityMapsToken()
                .orElseThrow(() -> new IllegalArgumentException(
                        KeyNames.INTENSITY_PROVIDER + "=" + IntensityProvider.ELECTRICITY_MAPS.key() + " needs "
                                + KeyNames.ELECTRICITYMAPS_TOKEN + " (or "
                                + KeyNames.environmentName(KeyNames.ELECTRICITYMAPS_TOKEN)
                                + " in the environment)"));
        Optional<String> zone = config.electricityMapsZone().or(() -> derivedZone(config));
        if (zone.isEmpty()) {
            throw new IllegalArgumentException(KeyNames.INTENSITY_PROVIDER + "="
                    + IntensityProvider.ELECTRICITY_MAPS.key()
                    + " needs a zone: set " + KeyNames.ELECTRICITYMAPS_ZONE + " (e.g. DE), or " + KeyNames.COUNTRY
                    + ", " + KeyNames.REGION + " or " + KeyNames.CLOUD_REGION);
        }
        URI uri = base(config, ELECTRICITY_MAPS)
                .resolve("v3/carbon-intensity/latest?zone=" + URLEncoder.encode(zone.get(), StandardCharsets.UTF_8));
        return new HttpGridFeed(
                uri,
                Map.of("auth-token", token),
                GridResponses::electricityMaps,
                "Electricity Maps zone " + zone.get());
    }

    private static GridFeed ukCarbonIntensity(IntensitySettings config) {
        URI base = base(config, UK_CARBON_INTENSITY);
        if (config.ukPostcode().isPresent()) {
            String outward = outwardCode(config.ukPostcode().get());
            return new HttpGridFeed(
                    base.resolve("regional/postcode/" + outward),
                    Map.of(),
                    GridResponses::ukRegional,
                    "UK Carbon Intensity postcode " + outward);
        }
        return new HttpGridFeed(
                base.resolve("intensity"), Map.of(), GridResponses::ukNational, "UK Carbon Intensity Great Britain");
    }

    /** {@code RG10 9AB} and {@code rg109ab} give {@code RG10}. */
    static String outwardCode(String postcode) {
        Matcher m = Patterns.POSTCODE.matcher(postcode.trim().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("invalid " + KeyNames.UK_POSTCODE + " \"" + postcode
                    + "\": expected a UK postcode such as RG10 9AB or its outward code RG10");
        }
        return m.group(1);
    }

    /** The zone of the configured place: a Nordic bidding zone, else the country (of the cloud region). */
    Optional<String> derivedZone(IntensitySettings config) {
        Optional<CloudRegions.Place> cloud =
                config.cloudRegion().flatMap(r -> tables.cloud().place(config.cloudProvider(), r));
        Optional<String> region = config.region()
                .or(() -> cloud.map(CloudRegions.Place::gridRegion))
                .filter(r -> !r.isEmpty());
        if (region.isPresent()) {
            Matcher m = Patterns.BIDDING_ZONE.matcher(region.get().trim());
            if (m.matches()) {
                String country = m.group(1).toUpperCase(Locale.ROOT);
                return Optional.of(country + "-" + country + m.group(2));
            }
        }
        return cloud.map(CloudRegions.Place::iso3)
                .or(() -> config.country().flatMap(tables.countries()::iso3))
                .flatMap(GridFeeds::alpha2);
    }

    private static Optional<String> alpha2(String iso3) {
        for (String alpha2 : Locale.getISOCountries()) {
            try {
                if (new Locale("", alpha2).getISO3Country().equals(iso3)) {
                    return Optional.of(alpha2);
                }
            } catch (java.util.MissingResourceException e) {
                // a code without an alpha-3 form is no country of the tables
            }
        }
        return Optional.empty();
    }

    private static URI base(IntensitySettings config, URI fallback) {
        String base = config.intensityUrl().orElse(fallback).toString();
        return URI.create(base.endsWith("/") ? base : base + "/");
    }
}
