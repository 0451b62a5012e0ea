package io.github.carbon4j.jmh;

import io.github.carbon4j.internal.Units;

/**
 * Reads the unit a carbon result was written in ({@code "µJ/op"}, {@code "pg/op"}, {@code "J"}),
 * so that checks compare figures in joules and grams whatever unit the profiler that wrote the
 * file chose, through the one unit table ({@link Units}). Pure functions.
 */
final class ResultUnits {

    private ResultUnits() {}

    /**
     * The factor that turns a score in the unit into joules (for an energy label) or grams (for an
     * emissions label), per operation or per second as the unit says.
     *
     * @param base {@code "J"} or {@code "g"}
     * @throws IllegalArgumentException naming the unit when it is not a prefix of the base with
     *     the expected suffix ({@code "/op"}, {@code "/s"} or none)
     */
    static double factor(String unit, String base, String suffix) {
        return Units.factor(unit, base, suffix);
    }

    /** The factor for a label's unit: energies in J, emissions in g, per the label's own suffix. */
    static double factorFor(String label, String unit) {
        return switch (CarbonLabels.current(label)) {
            case CarbonLabels.ENERGY -> factor(unit, "J", "");
            case CarbonLabels.ENERGY_PER_OP -> factor(unit, "J", "/op");
            case CarbonLabels.EMISSIONS, CarbonLabels.EMBODIED, CarbonLabels.SCI -> factor(unit, "g", "");
            case CarbonLabels.EMISSIONS_PER_OP, CarbonLabels.EMBODIED_PER_OP, CarbonLabels.SCI_PER_OP ->
                factor(unit, "g", "/op");
            case CarbonLabels.EMISSIONS_RATE -> factor(unit, "g", "/s");
            default -> factor(unit, "W", "");
        };
    }
}
