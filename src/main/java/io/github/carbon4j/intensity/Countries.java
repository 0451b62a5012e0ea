package io.github.carbon4j.intensity;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Country grids by ISO 3166 alpha-3, alpha-2, English name (the JDK's {@link Locale} data) or the data
 * set's own name, in any case. Immutable once built; thread-safe.
 */
final class Countries {

    /** Names people use that are none of the above. */
    private static final Map<String, String> ALIASES = Map.of(
            "uk", "GBR", "greatbritain", "GBR", "britain", "GBR", "unitedstatesofamerica", "USA",
            "america", "USA", "czechrepublic", "CZE", "korea", "KOR", "turkiye", "TUR", "holland", "NLD");

    private final Map<String, CountryGrid> grids;
    private final Map<String, String> isoByKey = new HashMap<>();
    private final Map<String, String> englishNames = new TreeMap<>();
    private final Map<String, Set<String>> namesByIso3 = new HashMap<>();

    Countries(Map<String, CountryGrid> gridsByIso3) {
        this.grids = Map.copyOf(gridsByIso3);
        for (String alpha2 : Locale.getISOCountries()) {
            Locale locale = new Locale("", alpha2);
            try {
                String iso3 = locale.getISO3Country();
                String english = locale.getDisplayCountry(Locale.ENGLISH);
                englishNames.put(iso3, english);
                index(iso3, iso3, alpha2, english);
            } catch (MissingResourceException e) {
                // a code without an alpha-3 form cannot name a row of the table
            }
        }
        grids.values().forEach(g -> {
            englishNames.putIfAbsent(g.iso3(), g.name());
            index(g.iso3(), g.iso3(), g.name());
        });
        ALIASES.forEach((alias, iso3) -> index(iso3, alias));
    }

    static Countries load() {
        Map<String, CountryGrid> grids = new LinkedHashMap<>();
        for (CsvTable.Row row : CsvTable.load("countries.csv").rows()) {
            Map<String, Double> twh = new HashMap<>();
            twh.put("total", row.numberOrZero("total_twh"));
            for (String source : new String[] {"coal", "oil", "gas", "fossil", "nuclear", "hydroelectricity", "solar",
                    "wind", "biofuel", "other_renewable_exc_biofuel", "other_renewable", "renewables", "low_carbon"}) {
                twh.put(source, row.numberOrZero(source + "_twh"));
            }
            String iso3 = row.text("iso3");
            grids.put(iso3, new CountryGrid(iso3, row.text("name"), Integer.parseInt(row.text("year")),
                    row.number("g_per_kwh"), twh));
        }
        return new Countries(grids);
    }

    private void index(String iso3, String... names) {
        for (String name : names) {
            isoByKey.putIfAbsent(Names.key(name), iso3);
            namesByIso3.computeIfAbsent(iso3, k -> new LinkedHashSet<>()).add(name);
        }
    }

    private String label(String iso3) {
        return englishNames.getOrDefault(iso3, iso3) + " (" + iso3 + ")";
    }

    /** The ISO alpha-3 code a name means, if it names a country at all (with or without data). */
    Optional<String> iso3(String name) {
        return Optional.ofNullable(isoByKey.get(Names.key(name)));
    }

    /** The ISO alpha-3 code a name means; an unknown name throws, naming the closest countries with data. */
    String requireIso3(String name) {
        return iso3(name).orElseThrow(() -> Suggestions.unknown("country", name, withData()));
    }

    /**
     * @throws IllegalArgumentException naming the closest countries when the name is unknown, or saying so
     *     when the country is known but the data set has no figures for it
     */
    CountryGrid grid(String name) {
        String iso3 = requireIso3(name);
        CountryGrid grid = grids.get(iso3);
        if (grid == null) {
            throw new IllegalArgumentException("no grid data for " + label(iso3) + " (\"" + name + "\"); set "
                    + "carbon4j.country to a neighbouring grid, or carbon4j.intensity (g/kWh); closest with data: "
                    + String.join(", ", Suggestions.closest(name, withData())));
        }
        return grid;
    }

    /** The English name of an ISO alpha-3 code. */
    Optional<String> englishName(String iso3) {
        return Optional.ofNullable(englishNames.get(iso3));
    }

    /** "France (FRA)" for a known ISO alpha-3 code. */
    String describe(String iso3) {
        return label(iso3);
    }

    /** Only countries the data set covers, so that suggestions are usable. */
    private Map<String, Set<String>> withData() {
        Map<String, Set<String>> known = new TreeMap<>();
        grids.keySet().forEach(iso3 -> known.put(label(iso3), namesByIso3.get(iso3)));
        return known;
    }
}
