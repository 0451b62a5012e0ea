package io.github.carbon4j.intensity;

import io.github.carbon4j.internal.KeyNames;
import io.github.carbon4j.internal.Notices;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses the intensity a configuration asks for. Every configured way is evaluated, so a mistyped
 * country fails even when a cloud region overrides it; the first in precedence order wins.
 *
 * <p>A configured energy mix comes right after a fixed intensity: it is the user's own statement about
 * the electricity they draw (a supply contract, an on-site plant), more specific than any public average
 * for the cloud region or country they are in.
 */
final class LocationResolver {

    static final List<String> AWS_VARIABLES = List.of("AWS_REGION", "AWS_DEFAULT_REGION");
    static final String WORLD_AVERAGE_NOTICE = "intensity.world-average";

    private final CarbonIntensities.Tables tables;
    private final Notices notices;

    LocationResolver(CarbonIntensities.Tables tables, Notices notices) {
        this.tables = tables;
        this.notices = notices;
    }

    IntensityEstimate resolve(IntensitySettings config, Map<String, String> environment) {
        // Ifs, not Optional chains, on the usual paths: each lambda is a class a starting JVM spins.
        List<IntensityEstimate> configured = new ArrayList<>();
        if (config.carbonIntensity().isPresent()) {
            configured.add(new IntensityEstimate(config.carbonIntensity().get(), "fixed by " + KeyNames.INTENSITY));
        }
        if (!config.energyMix().isEmpty()) {
            try {
                configured.add(ConfiguredMix.estimate(config.energyMix()));
            } catch (IllegalArgumentException e) {
                throw invalid(KeyNames.ENERGY_MIX, config.energyMix().toString(), e);
            }
        }
        addIfPresent(configured, cloud(config, environment));
        addIfPresent(configured, region(config));
        if (config.country().isPresent()) {
            String country = config.country().get();
            try {
                configured.add(tables.countries().grid(country).estimate());
            } catch (IllegalArgumentException e) {
                throw invalid(KeyNames.COUNTRY, country, e);
            }
        }
        if (!configured.isEmpty()) {
            return configured.get(0);
        }
        Optional<IntensityEstimate> aws = fromEnvironment(environment);
        if (aws.isPresent()) {
            return aws.get();
        }
        notices.info(
                WORLD_AVERAGE_NOTICE,
                "location unknown, using the world average of 475 gCO2eq/kWh; set "
                        + KeyNames.COUNTRY + " (e.g. FRA), " + KeyNames.CLOUD_PROVIDER + " and "
                        + KeyNames.CLOUD_REGION
                        + ", or " + KeyNames.INTENSITY + " (g/kWh), as a system property, environment variable ("
                        + KeyNames.environmentName(KeyNames.COUNTRY) + "=FRA) or in carbon4j.properties");
        return CarbonIntensities.worldAverage();
    }

    private static void addIfPresent(List<IntensityEstimate> estimates, Optional<IntensityEstimate> estimate) {
        if (estimate.isPresent()) {
            estimates.add(estimate.get());
        }
    }

    private Optional<IntensityEstimate> cloud(IntensitySettings config, Map<String, String> environment) {
        Optional<String> provider = config.cloudProvider();
        Optional<String> region = config.cloudRegion();
        if (provider.isEmpty() && region.isEmpty()) {
            return Optional.empty();
        }
        if (region.isEmpty()) {
            String p = provider.get();
            String label = providerLabel(p);
            String awsRegion = label.equals("AWS") ? awsRegion(environment) : null;
            if (awsRegion == null) {
                throw invalid(
                        KeyNames.CLOUD_REGION,
                        "",
                        new IllegalArgumentException(
                                KeyNames.CLOUD_PROVIDER + "=" + p + " needs " + KeyNames.CLOUD_REGION));
            }
            return Optional.of(cloudEstimate(p, awsRegion, ""));
        }
        String r = region.get();
        String p;
        if (provider.isPresent()) {
            p = provider.get();
            providerLabel(p);
        } else {
            Optional<String> owner = tables.cloud().providerOf(r);
            if (owner.isEmpty()) {
                throw new IllegalArgumentException("invalid " + KeyNames.CLOUD_REGION + " \"" + r + "\": set "
                        + KeyNames.CLOUD_PROVIDER
                        + " (gcp, aws or azure); no single provider has a region of that name");
            }
            p = owner.get();
        }
        return Optional.of(cloudEstimate(p, r, r));
    }

    /** The provider's label, an unknown provider named as the key's error. */
    private static String providerLabel(String provider) {
        try {
            return CloudRegions.providerLabel(provider);
        } catch (IllegalArgumentException e) {
            throw invalid(KeyNames.CLOUD_PROVIDER, provider, e);
        }
    }

    /** The region's estimate, an unknown region named as the key's error with the value given. */
    private IntensityEstimate cloudEstimate(String provider, String region, String given) {
        try {
            return tables.cloud().estimate(provider, region);
        } catch (IllegalArgumentException e) {
            throw invalid(KeyNames.CLOUD_REGION, given, e);
        }
    }

    /** A region with a country, or a region name that only one country has (SE3, quebec, texas). */
    private Optional<IntensityEstimate> region(IntensitySettings config) {
        if (config.region().isEmpty()) {
            return Optional.empty();
        }
        String region = config.region().get();
        try {
            if (config.country().isPresent()) {
                String iso3 = tables.countries().requireIso3(config.country().get());
                return Optional.of(tables.regions()
                        .grid(iso3, tables.countries().describe(iso3), region)
                        .estimate());
            }
            Optional<RegionGrid> unique = tables.regions().unique(region);
            if (unique.isEmpty()) {
                throw Suggestions.unknown(
                        "region (set " + KeyNames.COUNTRY + " too if it is known)",
                        region,
                        tables.regions().allLabels());
            }
            return Optional.of(unique.get().estimate());
        } catch (IllegalArgumentException e) {
            throw invalid(KeyNames.REGION, region, e);
        }
    }

    /** AWS's own variables locate a process on AWS; an unknown value there degrades, as it is not ours. */
    private Optional<IntensityEstimate> fromEnvironment(Map<String, String> environment) {
        for (String variable : AWS_VARIABLES) {
            String region = environment.get(variable);
            if (region == null || region.isBlank()) {
                continue;
            }
            try {
                IntensityEstimate grid = tables.cloud().estimate("aws", region.trim());
                return Optional.of(new IntensityEstimate(grid.intensity(), grid.source() + " (from " + variable + ")"));
            } catch (IllegalArgumentException e) {
                notices.warn(
                        "intensity.aws-region",
                        variable + "=" + region + " is not a known AWS region (" + e.getMessage() + "); ignoring it");
            }
        }
        return Optional.empty();
    }

    /** The first of AWS's region variables set, trimmed; null when none is. */
    private static String awsRegion(Map<String, String> environment) {
        for (String variable : AWS_VARIABLES) {
            String value = environment.get(variable);
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        return null;
    }

    private static IllegalArgumentException invalid(String key, String value, IllegalArgumentException e) {
        return new IllegalArgumentException("invalid " + key + " \"" + value + "\": " + e.getMessage(), e);
    }
}
