package io.github.carbon4j.intensity;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Sources of electricity with their lifecycle emission factors in gCO2eq/kWh (DESIGN.md: coal, petroleum
 * and natural gas after the energy-usage project, fossil after EPA eGRID, the low-carbon ones after the
 * World Nuclear Association's lifecycle comparison). Biomass, tidal and "other" are recognised but have
 * no factor in that set: a mix holding them is computed over the share that has a factor (see
 * {@link MixIntensity}).
 */
enum EnergySource {
    COAL(995, "coal"),
    PETROLEUM(816, "petroleum", "oil"),
    NATURAL_GAS(743, "natural gas", "natural_gas", "naturalGas", "gas"),
    FOSSIL(635, "fossil"),
    GEOTHERMAL(38, "geothermal"),
    HYDRO(26, "hydro", "hydroelectricity", "hydropower"),
    NUCLEAR(29, "nuclear"),
    SOLAR(48, "solar"),
    WIND(26, "wind"),
    BIOMASS(Double.NaN, "biomass", "biofuel", "bioenergy"),
    TIDAL(Double.NaN, "tidal", "wave"),
    OTHER(Double.NaN, "other");

    private final double factor;
    private final List<String> names;

    EnergySource(double factor, String... names) {
        this.factor = factor;
        this.names = List.of(names);
    }

    /** The factor in g/kWh, empty for a source without one. */
    OptionalDouble factor() {
        return Double.isNaN(factor) ? OptionalDouble.empty() : OptionalDouble.of(factor);
    }

    /** The name used in labels, e.g. "natural gas". */
    String label() {
        return names.get(0);
    }

    /** The source a name means, in any case, with or without separators: gas, natural_gas, naturalGas. */
    static Optional<EnergySource> named(String name) {
        // Loops, not streams, here and in the mix's classes: a starting JVM pays for each lambda's class.
        String key = Names.key(name);
        for (EnergySource source : values()) {
            for (String n : source.names) {
                if (Names.key(n).equals(key)) {
                    return Optional.of(source);
                }
            }
        }
        return Optional.empty();
    }

    /** Every accepted name, for error messages. */
    static List<String> allNames() {
        List<String> all = new java.util.ArrayList<>();
        for (EnergySource source : values()) {
            all.addAll(source.names);
        }
        return List.copyOf(all);
    }
}
