package io.github.carbon4j.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * Picks one readable unit for a chart axis (every tick in the same unit) and formats durations.
 * Single figures are printed by the quantity records themselves ({@code Energy.toString()} and
 * friends), so the page, the command line and the API read alike. Pure functions.
 */
final class Units {

    /** A unit and how many base units (J, g, g/s, W, s) it is worth. */
    record Unit(String symbol, double factor) {

        double of(double base) {
            return base / factor;
        }

        String format(double base) {
            return plain(of(base)) + " " + symbol;
        }
    }

    // The same steps as the records' own printing: J multiples, never Wh.
    static final List<Unit> ENERGY = List.of(new Unit("MJ", 1e6), new Unit("kJ", 1e3), new Unit("J", 1),
            new Unit("mJ", 1e-3), new Unit("µJ", 1e-6), new Unit("nJ", 1e-9));
    static final List<Unit> MASS = List.of(new Unit("kg", 1e3), new Unit("g", 1), new Unit("mg", 1e-3),
            new Unit("µg", 1e-6), new Unit("ng", 1e-9));
    static final List<Unit> MASS_RATE = List.of(new Unit("g/s", 1), new Unit("mg/s", 1e-3),
            new Unit("µg/s", 1e-6), new Unit("ng/s", 1e-9));
    static final List<Unit> POWER = List.of(new Unit("kW", 1e3), new Unit("W", 1), new Unit("mW", 1e-3));
    static final List<Unit> TIME = List.of(new Unit("h", 3600), new Unit("min", 60), new Unit("s", 1),
            new Unit("ms", 1e-3), new Unit("µs", 1e-6));

    private Units() {}

    /** The largest unit the value reaches (the smallest unit for tiny values, the base for zero). */
    static Unit pick(double value, List<Unit> units) {
        if (value == 0) {
            return units.stream().filter(u -> u.factor() == 1).findFirst().orElse(units.get(0));
        }
        for (Unit unit : units) {
            if (Math.abs(value) >= unit.factor()) {
                return unit;
            }
        }
        return units.get(units.size() - 1);
    }

    static String format(double value, List<Unit> units) {
        return pick(value, units).format(value);
    }

    /** Up to four significant digits, no exponent, no trailing zeros. */
    static String plain(double value) {
        if (value == 0 || Double.isNaN(value) || Double.isInfinite(value)) {
            return value == 0 ? "0" : Double.toString(value);
        }
        return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    /** A round tick spacing that splits 0..max into about {@code ticks} parts. */
    static double tickStep(double max, int ticks) {
        if (!(max > 0)) {
            return 1;
        }
        double raw = max / ticks;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / magnitude;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
        return nice * magnitude;
    }
}
