package io.github.carbon4j;

import io.github.carbon4j.internal.Units;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** Validation shared by the quantity records, and their way into the unit table ({@link Units}). Pure functions. */
final class Quantities {

    // The one unit table: io.github.carbon4j.internal.Units; these name its lists for the records.
    static final List<Units.Unit> ENERGY_UNITS = Units.ENERGY;
    static final List<Units.Unit> POWER_UNITS = Units.POWER;
    static final List<Units.Unit> MASS_UNITS = Units.MASS;

    private Quantities() {}

    static void requireNonNegative(double value, String what, String unit) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be a finite number >= 0 " + unit + ", got " + value);
        }
    }

    static double parse(String text, String what, List<Units.Unit> units) {
        return Units.parse(text, what, units);
    }

    static String format(double value, List<Units.Unit> units) {
        return Units.format(value, units);
    }

    /** Up to four significant digits, no exponent, no trailing zeros: 12.5, 0.1235, 731.6. */
    static String plain(double value) {
        return Units.plain(value);
    }

    static double seconds(Duration duration) {
        return duration.getSeconds() + duration.getNano() / 1e9;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
