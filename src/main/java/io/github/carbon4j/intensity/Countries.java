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
import java.util.concurrent.ConcurrentHashMap;

/**
 * Country grids by ISO 3166 alpha-3, alpha-2, English name (the JDK's {@link Locale} data) or the data
 * set's own name, in any case. Thread-safe: what it indexes or parses on first need is built once and kept.
 */
final class Countries {

    /** Names people use that are none of the above. */
    private static final Map<String, String> ALIASES = Map.of(
            "uk",
            "GBR",
            "greatbritain",
            "GBR",
            "britain",
            "GBR",
            "unitedstatesofamerica",
            "USA",
            "america",
            "USA",
            "czechrepublic",
            "CZE",
            "korea",
            "KOR",
            "turkiye",
            "TUR",
            "holland",
            "NLD");

    /** The data set's rows by ISO alpha-3 code; a row becomes a grid when it is first asked for. */
    private final Map<String, CsvTable.Row> rows;

    private final Map<String, CountryGrid> grids = new ConcurrentHashMap<>();
    private volatile Index index;
    private volatile EnglishNames english;

    private Countries(Map<String, CsvTable.Row> rowsByIso3) {
        this.rows = Map.copyOf(rowsByIso3);
    }

    /**
     * Every code, data-set name and alias as a key, built on first need only: a configuration that
     * names its country by its alpha-3 code (the README's way, {@code FRA}) finds its grid without
     * it, and indexing a thousand names costs a starting JVM milliseconds. Immutable once built.
     */
    private static final class Index {
        final Map<String, String> isoByKey = new HashMap<>();
        final Map<String, Set<String>> namesByIso3 = new HashMap<>();
        final Map<String, String> alpha2ByIso3 = new HashMap<>();

        Index(Map<String, CsvTable.Row> rows) {
            for (String alpha2 : Locale.getISOCountries()) {
                try {
                    String iso3 = new Locale("", alpha2).getISO3Country();
                    add(iso3, iso3, alpha2);
                    alpha2ByIso3.put(iso3, alpha2);
                } catch (MissingResourceException e) {
                    // a code without an alpha-3 form cannot name a row of the table
                }
            }
            rows.forEach((iso3, row) -> add(iso3, iso3, row.text("name")));
            ALIASES.forEach((alias, iso3) -> add(iso3, alias));
        }

        private void add(String iso3, String... names) {
            for (String name : names) {
                isoByKey.putIfAbsent(Names.key(name), iso3);
                namesByIso3.computeIfAbsent(iso3, k -> new LinkedHashSet<>()).add(name);
            }
        }
    }

    /**
     * The JDK's English country names as keys, indexed on first need only: reading them all loads the JDK's
     * locale data and its Unicode normalizer, which cost a starting JVM tens of milliseconds, while codes and
     * the data set's own names ("FRA", "fr", "France") resolve without them. Immutable.
     */
    private record EnglishNames(Map<String, String> isoByKey) {

        static EnglishNames of() {
            Map<String, String> isoByKey = new HashMap<>();
            for (String alpha2 : Locale.getISOCountries()) {
                Locale locale = new Locale("", alpha2);
                try {
                    String iso3 = locale.getISO3Country();
                    isoByKey.putIfAbsent(Names.key(locale.getDisplayCountry(Locale.ENGLISH)), iso3);
                } catch (MissingResourceException e) {
                    // as above
                }
            }
            return new EnglishNames(isoByKey);
        }
    }

    static Countries load() {
        Map<String, CsvTable.Row> rows = new LinkedHashMap<>();
        CsvTable table = CsvTable.load("countries.csv");
        if (!table.firstColumn().equals("iso3")) {
            throw new IllegalStateException("countries.csv does not start with its iso3 column");
        }
        for (CsvTable.Row row : table.rows()) {
            rows.put(row.first(), row);
        }
        return new Countries(rows);
    }

    /** The grid of a row: its figures parsed, once per country and only for the countries asked for. */
    private static CountryGrid grid(CsvTable.Row row) {
        Map<String, Double> twh = new HashMap<>();
        twh.put("total", row.numberOrZero("total_twh"));
        for (String source : new String[] {
            "coal",
            "oil",
            "gas",
            "fossil",
            "nuclear",
            "hydroelectricity",
            "solar",
            "wind",
            "biofuel",
            "other_renewable_exc_biofuel",
            "other_renewable",
            "renewables",
            "low_carbon"
        }) {
            twh.put(source, row.numberOrZero(source + "_twh"));
        }
        return new CountryGrid(
                row.text("iso3"), row.text("name"), Integer.parseInt(row.text("year")), row.number("g_per_kwh"), twh);
    }

    private CountryGrid gridOf(String iso3) {
        CsvTable.Row row = rows.get(iso3);
        if (row == null) {
            return null;
        }
        // Not computeIfAbsent: its lambda is a class a starting JVM spins. Two threads may build a grid twice.
        CountryGrid grid = grids.get(iso3);
        if (grid == null) {
            CountryGrid built = grid(row);
            grid = grids.putIfAbsent(iso3, built);
            return grid == null ? built : grid;
        }
        return grid;
    }

    private Index index() {
        Index built = index;
        if (built == null) {
            built = new Index(rows);
            index = built;
        }
        return built;
    }

    private EnglishNames english() {
        EnglishNames names = english;
        if (names == null) {
            names = EnglishNames.of();
            english = names;
        }
        return names;
    }

    private String label(String iso3) {
        return englishName(iso3).orElse(iso3) + " (" + iso3 + ")";
    }

    /** The ISO alpha-3 code a name means, if it names a country at all (with or without data). */
    Optional<String> iso3(String name) {
        String code = name.strip().toUpperCase(Locale.ROOT);
        if (code.length() == 3 && rows.containsKey(code)) {
            // An alpha-3 code of the data set: the index would give the same (no other key has three letters).
            return Optional.of(code);
        }
        String key = Names.key(name);
        String iso3 = index().isoByKey.get(key);
        return Optional.ofNullable(iso3 != null ? iso3 : english().isoByKey().get(key));
    }

    /** The ISO alpha-3 code a name means; an unknown name throws, naming the closest countries with data. */
    String requireIso3(String name) {
        Optional<String> iso3 = iso3(name);
        if (iso3.isEmpty()) {
            throw Suggestions.unknown("country", name, withData());
        }
        return iso3.get();
    }

    /**
     * @throws IllegalArgumentException naming the closest countries when the name is unknown, or saying so
     *     when the country is known but the data set has no figures for it
     */
    CountryGrid grid(String name) {
        String iso3 = requireIso3(name);
        CountryGrid grid = gridOf(iso3);
        if (grid == null) {
            throw new IllegalArgumentException("no grid data for " + label(iso3) + " (\"" + name + "\"); set "
                    + "carbon4j.country to a neighbouring grid, or carbon4j.intensity (g/kWh); closest with data: "
                    + String.join(", ", Suggestions.closest(name, withData())));
        }
        return grid;
    }

    /**
     * The English name of an ISO alpha-3 code: the data set's, else the JDK's. The data set's comes
     * first because a report that names its country then needs none of the JDK's locale data (its
     * CLDR provider, which on newer JDKs also compiles regular expressions, costs a closing JVM
     * about forty classes), and its names are the ones the intensity figures are published under.
     */
    Optional<String> englishName(String iso3) {
        CsvTable.Row row = rows.get(iso3);
        if (row != null) {
            return Optional.of(row.text("name"));
        }
        String alpha2 = index().alpha2ByIso3.get(iso3);
        return alpha2 == null
                ? Optional.empty()
                : Optional.of(new Locale("", alpha2).getDisplayCountry(Locale.ENGLISH));
    }

    /** "France (FRA)" for a known ISO alpha-3 code. */
    String describe(String iso3) {
        return label(iso3);
    }

    /** Only countries the data set covers, so that suggestions are usable. */
    private Map<String, Set<String>> withData() {
        Map<String, Set<String>> known = new TreeMap<>();
        // The index holds each row's codes and its data-set name (its English name here), and aliases.
        rows.keySet()
                .forEach(iso3 -> known.put(
                        label(iso3), new LinkedHashSet<>(index().namesByIso3.get(iso3))));
        return known;
    }
}
