package io.github.carbon4j;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Validation, parsing and formatting shared by the quantity records. Pure functions. */
final class Quantities {

    /** A unit symbol and how many base units (J, W or g) it is worth. */
    record Unit(String symbol, double factor) {}

    // Largest first: format() picks the first unit the value reaches.
    static final List<Unit> ENERGY_UNITS = List.of(
            new Unit("kWh", 3.6e6), new Unit("MJ", 1e6), new Unit("Wh", 3600), new Unit("kJ", 1e3),
            new Unit("J", 1), new Unit("mJ", 1e-3), new Unit("µJ", 1e-6), new Unit("nJ", 1e-9));
    static final List<Unit> POWER_UNITS = List.of(
            new Unit("MW", 1e6), new Unit("kW", 1e3), new Unit("W", 1), new Unit("mW", 1e-3), new Unit("µW", 1e-6));
    static final List<Unit> MASS_UNITS = List.of(
            new Unit("t", 1e6), new Unit("kg", 1e3), new Unit("g", 1), new Unit("mg", 1e-3),
            new Unit("µg", 1e-6), new Unit("ng", 1e-9));

    /** Compiled on the first parse, not when a quantity is first used: a logger may never parse one. */
    private static final class Figure {
        static final Pattern FIGURE = Pattern.compile(
                "\\s*([+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?)\\s*([a-zA-Zµμ][a-zA-Zµμ0-9]*)\\s*");
    }

    private Quantities() {}

    static void requireNonNegative(double value, String what, String unit) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be a finite number >= 0 " + unit + ", got " + value);
        }
    }

    static double parse(String text, String what, List<Unit> units) {
        if (text == null) {
            throw new IllegalArgumentException("cannot parse null as " + what);
        }
        Matcher m = Figure.FIGURE.matcher(text);
        if (m.matches()) {
            String symbol = m.group(2).replace('μ', 'µ');
            if (units == MASS_UNITS) {
                symbol = stripCo2Suffix(symbol);
            }
            for (Unit unit : units) {
                if (unit.symbol().equals(symbol) || unit.symbol().replace('µ', 'u').equals(symbol)) {
                    double value = Double.parseDouble(m.group(1)) * unit.factor();
                    if (Double.isFinite(value)) {
                        return value;
                    }
                }
            }
        }
        throw new IllegalArgumentException("cannot parse \"" + text + "\" as " + what + ": expected a number and one of "
                + units.stream().map(Unit::symbol).toList() + (units == MASS_UNITS ? " (optionally followed by CO2eq)" : "")
                + ", e.g. \"" + (units == MASS_UNITS ? "5 mg" : "20 J") + "\"");
    }

    private static String stripCo2Suffix(String symbol) {
        for (String suffix : new String[] {"CO2eq", "CO2e", "co2eq", "co2e"}) {
            if (symbol.endsWith(suffix) && symbol.length() > suffix.length()) {
                return symbol.substring(0, symbol.length() - suffix.length());
            }
        }
        return symbol;
    }

    static String format(double value, List<Unit> units) {
        if (value == 0) {
            return "0 " + units.stream().filter(u -> u.factor() == 1).findFirst().orElseThrow().symbol();
        }
        for (Unit unit : units) {
            // Watt-hours are parsed but never printed: figures read in one unit family (J, kJ, MJ).
            if (value >= unit.factor() && !unit.symbol().endsWith("Wh")) {
                return plain(value / unit.factor()) + " " + unit.symbol();
            }
        }
        Unit smallest = units.get(units.size() - 1);
        return plain(value / smallest.factor()) + " " + smallest.symbol();
    }

    /** Up to four significant digits, no exponent, no trailing zeros: 12.5, 0.1235, 731.6. */
    static String plain(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 10_000) {
            // A whole number of at most four digits is its own text: no BigDecimal for a starting JVM to load.
            return Long.toString((long) value);
        }
        return new java.math.BigDecimal(value).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }

    static double seconds(Duration duration) {
        return duration.getSeconds() + duration.getNano() / 1e9;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
