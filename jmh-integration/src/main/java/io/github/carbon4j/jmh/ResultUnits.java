package io.github.carbon4j.jmh;

import java.util.Map;

/**
 * Reads the unit a carbon result was written in ({@code "µJ/op"}, {@code "pg/op"}, {@code "J"}),
 * so that checks compare figures in joules and grams whatever unit the profiler that wrote the
 * file chose. Pure functions.
 */
final class ResultUnits {

    private static final Map<String, Double> PREFIXES = Map.of("", 1.0, "k", 1e3, "m", 1e-3, "µ", 1e-6, "u", 1e-6,
            "n", 1e-9, "p", 1e-12);

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
        String u = unit.strip().replace('μ', 'µ');
        if (u.endsWith(suffix)) {
            String head = u.substring(0, u.length() - suffix.length());
            if (head.endsWith(base)) {
                Double prefix = PREFIXES.get(head.substring(0, head.length() - base.length()));
                if (prefix != null) {
                    return prefix;
                }
            }
        }
        throw new IllegalArgumentException("unit \"" + unit + "\" is not a unit of " + base + suffix);
    }

    /** The factor for a label's unit: energies in J, emissions in g, per the label's own suffix. */
    static double factorFor(String label, String unit) {
        return switch (CarbonLabels.current(label)) {
            case CarbonLabels.ENERGY -> factor(unit, "J", "");
            case CarbonLabels.ENERGY_PER_OP -> factor(unit, "J", "/op");
            case CarbonLabels.EMISSIONS, CarbonLabels.EMBODIED, CarbonLabels.SCI -> factor(unit, "g", "");
            case CarbonLabels.EMISSIONS_PER_OP, CarbonLabels.EMBODIED_PER_OP, CarbonLabels.SCI_PER_OP -> factor(unit, "g", "/op");
            case CarbonLabels.EMISSIONS_RATE -> factor(unit, "g", "/s");
            default -> factor(unit, "W", "");
        };
    }
}
