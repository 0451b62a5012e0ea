package io.github.carbon4j.intensity;

import io.github.carbon4j.CarbonIntensity;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * One country's row of the Our World in Data table: published intensity (g/kWh, may be missing) and
 * generation by source (TWh, as the data set names them). Immutable.
 */
record CountryGrid(String iso3, String name, int year, OptionalDouble published, Map<String, Double> twh) {

    static final String DATA_SET = "Our World in Data";

    CountryGrid {
        twh = Map.copyOf(twh);
    }

    /** The published intensity when it is positive, else the one of the generation mix. */
    IntensityEstimate estimate() {
        if (published.isPresent() && published.getAsDouble() > 0) {
            return new IntensityEstimate(CarbonIntensity.ofGramsPerKilowattHour(published.getAsDouble()), label());
        }
        MixIntensity mix = MixIntensity.of(sources());
        return new IntensityEstimate(
                mix.intensity(),
                "generation mix of " + iso3 + ", " + DATA_SET + " " + year + " × per-source factors"
                        + mix.coverageNote());
    }

    /** "grid of FRA, Our World in Data 2023". */
    String label() {
        return "grid of " + iso3 + ", " + DATA_SET + " " + year;
    }

    CountryGrid withoutPublishedIntensity() {
        return new CountryGrid(iso3, name, year, OptionalDouble.empty(), twh);
    }

    /**
     * The generation in disjoint parts. The data set's aggregates overlap their parts (fossil = coal + oil +
     * gas, renewables = hydro + solar + wind + other_renewable, low_carbon = nuclear + renewables, total = all),
     * so an aggregate only counts for what it holds beyond its parts: a small island's fossil figure with no
     * coal/oil/gas split gets the fossil factor, never both. "Other renewables excluding biofuel" is
     * geothermal, wave and tidal, in practice almost all geothermal, so it takes the geothermal factor;
     * biofuel and unexplained remainders have no factor and are normalised out (see MixIntensity).
     * Renewables are taken from their parts rather than from other_renewable, which in some rows of the
     * data set disagrees with biofuel + other_renewable_exc_biofuel.
     */
    Map<EnergySource, Double> sources() {
        Map<EnergySource, Double> parts = new EnumMap<>(EnergySource.class);
        parts.put(EnergySource.COAL, get("coal"));
        parts.put(EnergySource.PETROLEUM, get("oil"));
        parts.put(EnergySource.NATURAL_GAS, get("gas"));
        parts.put(EnergySource.NUCLEAR, get("nuclear"));
        parts.put(EnergySource.HYDRO, get("hydroelectricity"));
        parts.put(EnergySource.SOLAR, get("solar"));
        parts.put(EnergySource.WIND, get("wind"));
        parts.put(EnergySource.BIOMASS, get("biofuel"));
        parts.put(EnergySource.GEOTHERMAL, get("other_renewable_exc_biofuel"));
        parts.put(EnergySource.FOSSIL, beyond(get("fossil"), get("coal") + get("oil") + get("gas")));
        double renewables = get("hydroelectricity")
                + get("solar")
                + get("wind")
                + get("biofuel")
                + get("other_renewable_exc_biofuel");
        double other = beyond(get("renewables"), renewables)
                + beyond(get("low_carbon"), get("nuclear") + Math.max(renewables, get("renewables")));
        double counted =
                parts.values().stream().mapToDouble(Double::doubleValue).sum() + other;
        parts.put(EnergySource.OTHER, other + beyond(get("total"), counted));
        return parts;
    }

    private double get(String source) {
        return twh.getOrDefault(source, 0.0);
    }

    /** What an aggregate holds beyond its parts; rounding in the data set (to 0.01 TWh) leaves a few hundredths either way. */
    private static double beyond(double aggregate, double parts) {
        double rest = aggregate - parts;
        return rest > 0.03 ? rest : 0;
    }
}
