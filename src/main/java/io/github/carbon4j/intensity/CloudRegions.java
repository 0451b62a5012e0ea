package io.github.carbon4j.intensity;

import io.github.carbon4j.CarbonIntensity;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Cloud regions: Google Cloud's from its published per-region intensities; AWS and Azure regions take the
 * grid of the country (and US state, Canadian province or Nordic zone) where they are, since neither
 * provider publishes location-based figures per region. Immutable once built; thread-safe.
 */
final class CloudRegions {

    /** Provider names people use, to the label carbon4j prints. */
    private static final Map<String, String> PROVIDERS = Map.of(
            "gcp",
            "GCP",
            "google",
            "GCP",
            "googlecloud",
            "GCP",
            "gce",
            "GCP",
            "aws",
            "AWS",
            "amazon",
            "AWS",
            "amazonwebservices",
            "AWS",
            "azure",
            "Azure",
            "microsoft",
            "Azure",
            "microsoftazure",
            "Azure");

    /** CodeCarbon's table spells me-central1 as "me-cenrtal1"; users who copied it still resolve. */
    private static final Map<String, String> GCP_ALIASES = Map.of("me-cenrtal1", "me-central1");

    private final Map<String, Map<String, IntensityEstimate>> byProvider = new TreeMap<>();

    /** Where a region is, per provider label and region key: for the zone of a live intensity provider. */
    private final Map<String, Place> places = new TreeMap<>();

    /** The country (ISO 3166 alpha-3) and, where known, the grid region (US state, Nordic zone) of a cloud region. */
    record Place(String iso3, String gridRegion) {}

    private CloudRegions() {}

    static CloudRegions load(Countries countries, Regions regions) {
        CloudRegions cloud = new CloudRegions();
        Map<String, IntensityEstimate> gcp = cloud.provider("GCP");
        for (CsvTable.Row row : CsvTable.load("gcp-regions.csv").rows()) {
            String region = row.text("region");
            cloud.places.put("GCP/" + key(region), new Place(row.text("iso3"), ""));
            gcp.put(
                    region,
                    new IntensityEstimate(
                            CarbonIntensity.ofGramsPerKilowattHour(
                                    row.number("g_per_kwh").orElseThrow()),
                            "GCP " + region + " (" + row.text("city") + ", " + row.text("iso3")
                                    + "): Google Cloud region carbon data 2023"));
        }
        // Loops and ifs, not lambdas, here and below: a starting JVM pays for each lambda's class.
        for (Map.Entry<String, String> alias : GCP_ALIASES.entrySet()) {
            gcp.put(alias.getKey(), gcp.get(alias.getValue()));
        }
        for (String provider : List.of("AWS", "Azure")) {
            Map<String, IntensityEstimate> table = cloud.provider(provider);
            for (CsvTable.Row row : CsvTable.load(provider.toLowerCase(Locale.ROOT) + "-regions.csv")
                    .rows()) {
                String iso3 = row.text("iso3");
                String gridRegion = row.text("grid_region");
                IntensityEstimate grid = gridRegion.isEmpty()
                        ? countries.grid(iso3).estimate()
                        : regions.grid(iso3, iso3, gridRegion).estimate();
                String region = row.text("region");
                cloud.places.put(provider + "/" + key(region), new Place(iso3, gridRegion));
                table.put(
                        region,
                        new IntensityEstimate(
                                grid.intensity(),
                                provider + " " + region + " (" + row.text("location") + "): " + grid.source()));
            }
        }
        return cloud;
    }

    private Map<String, IntensityEstimate> provider(String label) {
        Map<String, IntensityEstimate> regions = byProvider.get(label);
        if (regions == null) {
            regions = new TreeMap<>();
            byProvider.put(label, regions);
        }
        return regions;
    }

    /**
     * @throws IllegalArgumentException for an unknown provider or region, naming the closest known ones
     */
    IntensityEstimate estimate(String provider, String region) {
        String label = providerLabel(provider);
        Map<String, IntensityEstimate> regions = byProvider.get(label);
        IntensityEstimate estimate = regions.get(key(region));
        if (estimate == null) {
            Map<String, Set<String>> names = new TreeMap<>();
            regions.keySet().forEach(r -> names.put(r, Set.of(r)));
            throw Suggestions.unknown(label + " region", region, names);
        }
        return estimate;
    }

    /** Where the region is, with the provider when given, else the one provider that has such a region. */
    Optional<Place> place(Optional<String> provider, String region) {
        try {
            Optional<String> label =
                    provider.isPresent() ? Optional.of(providerLabel(provider.get())) : providerOf(region);
            return label.isPresent()
                    ? Optional.ofNullable(places.get(label.get() + "/" + key(region)))
                    : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The one provider that has a region of this name, if exactly one has. */
    Optional<String> providerOf(String region) {
        List<String> owners = new java.util.ArrayList<>();
        for (Map.Entry<String, Map<String, IntensityEstimate>> e : byProvider.entrySet()) {
            if (e.getValue().containsKey(key(region))) {
                owners.add(e.getKey());
            }
        }
        return owners.size() == 1 ? Optional.of(owners.get(0)) : Optional.empty();
    }

    static String providerLabel(String provider) {
        String label = PROVIDERS.get(Names.key(provider));
        if (label == null) {
            Map<String, Set<String>> names = new TreeMap<>();
            PROVIDERS.forEach((name, l) -> names.computeIfAbsent(l.toLowerCase(Locale.ROOT), k -> new LinkedHashSet<>())
                    .add(name));
            throw Suggestions.unknown("cloud provider", provider, names);
        }
        return label;
    }

    /** Region names compare in lower case without spaces: Azure's "West Europe" is "westeurope". */
    private static String key(String region) {
        return region.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }
}
