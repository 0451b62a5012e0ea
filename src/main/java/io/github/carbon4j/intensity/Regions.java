package io.github.carbon4j.intensity;

import io.github.carbon4j.CarbonIntensity;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Sub-national grids by country (ISO alpha-3) and region name or code, any case: US states (EPA eGRID,
 * converted from lbs/MWh), Canadian provinces (from their generation mix) and Nordic bidding zones.
 * Immutable once built; thread-safe.
 */
final class Regions {

    /** 1 lb/MWh in g/kWh: 453.59237 g per lb over 1000 kWh per MWh. */
    static final double GRAMS_PER_KWH_PER_LB_PER_MWH = 0.45359237;

    private final Map<String, Map<String, RegionGrid>> byCountry = new TreeMap<>();

    private Regions() {}

    static Regions load() {
        Regions regions = new Regions();
        for (CsvTable.Row row : CsvTable.load("us-states.csv").rows()) {
            double grams = row.number("lb_per_mwh").orElseThrow() * GRAMS_PER_KWH_PER_LB_PER_MWH;
            String name = title(row.text("name"));
            regions.add(new RegionGrid(
                    "USA",
                    row.text("code"),
                    name,
                    new IntensityEstimate(
                            CarbonIntensity.ofGramsPerKilowattHour(grams),
                            "grid of " + name + " (USA), EPA eGRID 2016")));
        }
        for (CsvTable.Row row : CsvTable.load("canada-provinces.csv").rows()) {
            String name = title(row.text("name"));
            MixIntensity mix = MixIntensity.of(canadianMix(row));
            regions.add(new RegionGrid(
                    "CAN",
                    row.text("code"),
                    name,
                    new IntensityEstimate(
                            mix.intensity(),
                            "generation mix of " + name + " (CAN), provincial data 2023 × per-source factors"
                                    + mix.coverageNote())));
        }
        for (CsvTable.Row row : CsvTable.load("nordic-zones.csv").rows()) {
            String zone = row.text("zone");
            regions.add(new RegionGrid(
                    row.text("iso3"),
                    zone,
                    zone + " " + row.text("name"),
                    new IntensityEstimate(
                            CarbonIntensity.ofGramsPerKilowattHour(
                                    row.number("g_per_kwh").orElseThrow()),
                            "bidding zone " + zone + " " + row.text("name") + ", ENTSO-E averages "
                                    + row.text("year"))));
        }
        return regions;
    }

    /**
     * Every Canadian source that has a factor counts: unlike a fossil-only sum, hydro, nuclear, wind and
     * solar weigh in with their lifecycle factors. Biomass, tidal and "other" have no factor in carbon4j's
     * set and are normalised out (the rest stands for them), as for countries; see MixIntensity for why.
     */
    private static Map<EnergySource, Double> canadianMix(CsvTable.Row row) {
        Map<EnergySource, Double> mix = new EnumMap<>(EnergySource.class);
        for (String column : List.of(
                "coal", "naturalGas", "petroleum", "nuclear", "hydro", "wind", "solar", "biomass", "tidal", "other")) {
            // Ifs and loops, not lambdas, here and below: a starting JVM pays for each lambda's class.
            Optional<EnergySource> named = EnergySource.named(column);
            if (named.isEmpty()) {
                throw new IllegalStateException("canada-provinces.csv: unknown source column " + column);
            }
            Double before = mix.get(named.get());
            double amount = row.numberOrZero(column);
            mix.put(named.get(), before == null ? amount : before + amount);
        }
        return mix;
    }

    private void add(RegionGrid grid) {
        Map<String, RegionGrid> regions = byCountry.get(grid.iso3());
        if (regions == null) {
            regions = new TreeMap<>();
            byCountry.put(grid.iso3(), regions);
        }
        regions.put(Names.key(grid.id()), grid);
        regions.put(Names.key(grid.name()), grid);
    }

    /**
     * @throws IllegalArgumentException when the country has no regional data, or the region is unknown
     *     in it (naming the closest regions)
     */
    RegionGrid grid(String iso3, String countryLabel, String region) {
        Map<String, RegionGrid> regions = byCountry.get(iso3);
        if (regions == null) {
            throw new IllegalArgumentException("no regional grid data for " + countryLabel + " (region \"" + region
                    + "\"); regions are known for " + String.join(", ", byCountry.keySet())
                    + ". Leave carbon4j.region unset to use the country's grid");
        }
        RegionGrid grid = regions.get(Names.key(region));
        if (grid == null) {
            throw Suggestions.unknown("region of " + countryLabel, region, labels(regions.values()));
        }
        return grid;
    }

    /** The only region of any country known by this name, if there is exactly one. */
    Optional<RegionGrid> unique(String region) {
        Set<RegionGrid> matches = new LinkedHashSet<>();
        for (Map<String, RegionGrid> regions : byCountry.values()) {
            RegionGrid grid = regions.get(Names.key(region));
            if (grid != null) {
                matches.add(grid);
            }
        }
        return matches.size() == 1 ? Optional.of(matches.iterator().next()) : Optional.empty();
    }

    /** Every region of every country, for suggestions when no country is given. */
    Map<String, Set<String>> allLabels() {
        Set<RegionGrid> all = new LinkedHashSet<>();
        for (Map<String, RegionGrid> regions : byCountry.values()) {
            all.addAll(regions.values());
        }
        return labels(all);
    }

    private static Map<String, Set<String>> labels(java.util.Collection<RegionGrid> grids) {
        Map<String, Set<String>> labels = new TreeMap<>();
        for (RegionGrid g : grids) {
            labels.computeIfAbsent(g.describe(), k -> new LinkedHashSet<>()).addAll(List.of(g.id(), g.name()));
        }
        return labels;
    }

    /** "district of columbia" becomes "District of Columbia". */
    static String title(String name) {
        java.util.StringJoiner title = new java.util.StringJoiner(" ");
        for (String w : name.split(" ")) {
            title.add(
                    w.equals("of") || w.equals("and")
                            ? w
                            : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1));
        }
        return title.toString();
    }
}
