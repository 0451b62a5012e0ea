package io.github.carbon4j.report;

import io.github.carbon4j.CarbonMetrics;
import io.github.carbon4j.Component;
import java.util.List;

/**
 * Holds a steps-file row's derived columns (emissions, rate, powers, total energy, SCI), which are
 * written for readers, against what {@link CarbonMetrics} derives from the row's energies, duration,
 * intensity and PUE: a row whose columns disagree beyond the rounding of a written number was not
 * written by carbon4j, so it is malformed rather than silently recomputed. Pure functions.
 */
final class StepCheck {

    /** Relative agreement a written figure must keep: far above rounding, far below any real change. */
    static final double RELATIVE = 1e-6;
    /** Absolute agreement, for figures so small that a fixed number of decimals rounds them to zero. */
    static final double ABSOLUTE = 1e-9;

    private StepCheck() {}

    /**
     * @param fields the row's fields, in {@link ReportNames#STEP_COLUMNS} order (those of 0.1 or more)
     * @throws IllegalArgumentException naming the first column that disagrees, with both values
     */
    static void derived(List<String> fields, CarbonMetrics m) {
        agree(fields, "emissions.g", m.emissions().grams());
        agree(fields, "emissions.rate.g-per-s", m.emissionsRate().gramsPerSecond());
        for (Component c : Component.values()) {
            agree(fields, c.key() + ".power.w", m.power(c).watts());
        }
        agree(fields, "energy.consumed.j", m.energyConsumed().joules());
        if (fields.size() > ReportNames.STEP_COLUMNS_0_1.size()) {
            agree(fields, "sci.g", m.sci().grams());
        }
    }

    private static void agree(List<String> fields, String column, double derived) {
        double written = Double.parseDouble(fields.get(ReportNames.STEP_COLUMNS.indexOf(column)));
        if (Math.abs(written - derived) > RELATIVE * Math.max(Math.abs(written), Math.abs(derived)) + ABSOLUTE) {
            throw new IllegalArgumentException(column + " is " + written + " but the row's energies, duration,"
                    + " intensity and PUE give " + derived);
        }
    }
}
