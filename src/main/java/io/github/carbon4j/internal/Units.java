package io.github.carbon4j.internal;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one unit table of carbon4j: the symbols of each dimension with their factors, how a figure
 * with a unit is parsed ({@code "50 J"}, {@code "5 mgCO2eq"}), how a value is printed in the
 * largest unit it reaches ({@code "12.5 J"}), and the factor of a JMH result unit
 * ({@code "µJ/op"}). The quantity records, the reports and the JMH readers all use it. Pure
 * functions; not API.
 */
public final class Units {

    /**
     * A unit of one dimension.
     *
     * @param symbol how it is written, e.g. {@code mJ}
     * @param factor how many base units (J, W, g, g/s or s) it is worth
     */
    public record Unit(String symbol, double factor) {

        /**
         * {@return the base value in this unit}
         *
         * @param base a value in base units
         */
        public double of(double base) {
            return base / factor;
        }

        /**
         * {@return {@code "12.5 J"}: the base value in this unit, four significant digits}
         *
         * @param base a value in base units
         */
        public String format(double base) {
            return plain(of(base)) + " " + symbol;
        }
    }

    // Largest first: format() and pick() take the first unit the value reaches; Wh units are read, never printed.
    /** The energy units, base J; the Wh units are parsed, never printed. */
    public static final List<Unit> ENERGY = List.of(
            new Unit("kWh", 3.6e6),
            new Unit("MJ", 1e6),
            new Unit("Wh", 3600),
            new Unit("kJ", 1e3),
            new Unit("J", 1),
            new Unit("mJ", 1e-3),
            new Unit("µJ", 1e-6),
            new Unit("nJ", 1e-9));
    /** The power units, base W. */
    public static final List<Unit> POWER = List.of(
            new Unit("MW", 1e6), new Unit("kW", 1e3), new Unit("W", 1), new Unit("mW", 1e-3), new Unit("µW", 1e-6));
    /** The mass units of emissions, base g (of CO2 equivalent). */
    public static final List<Unit> MASS = List.of(
            new Unit("t", 1e6),
            new Unit("kg", 1e3),
            new Unit("g", 1),
            new Unit("mg", 1e-3),
            new Unit("µg", 1e-6),
            new Unit("ng", 1e-9));
    /** The emission rate units, base g/s. */
    public static final List<Unit> MASS_RATE =
            List.of(new Unit("g/s", 1), new Unit("mg/s", 1e-3), new Unit("µg/s", 1e-6), new Unit("ng/s", 1e-9));
    /** The time units, base s. */
    public static final List<Unit> TIME = List.of(
            new Unit("h", 3600), new Unit("min", 60), new Unit("s", 1), new Unit("ms", 1e-3), new Unit("µs", 1e-6));

    /** The SI prefixes a JMH result unit may carry. */
    private static final Map<String, Double> PREFIXES =
            Map.of("", 1.0, "k", 1e3, "m", 1e-3, "µ", 1e-6, "u", 1e-6, "n", 1e-9, "p", 1e-12);
    /** Compiled on the first parse, not when a unit is first used: a starting logger may never parse one. */
    private static final class Figure {
        static final Pattern FIGURE = Pattern.compile(
                "\\s*([+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?)\\s*([a-zA-Zµμ][a-zA-Zµμ0-9]*)\\s*");
    }

    private static final List<String> CO2_SUFFIXES = List.of("CO2eq", "CO2e", "co2eq", "co2e");

    private Units() {}

    /**
     * A figure with one of the units, in base units: {@code "2 mJ"} is 0.002. {@code u} stands for
     * {@code µ}; a mass may end in {@code CO2eq}.
     *
     * @param text the figure, e.g. {@code "2 mJ"}; surrounding blanks are allowed
     * @param what the dimension as a message names it, e.g. {@code energy}
     * @param units the dimension's units, one of the lists here
     * @return the value in base units, finite and not negative
     * @throws IllegalArgumentException quoting the text and listing the units
     */
    public static double parse(String text, String what, List<Unit> units) {
        if (text == null) {
            throw new IllegalArgumentException("cannot parse null as " + what);
        }
        Matcher m = Figure.FIGURE.matcher(text);
        if (m.matches()) {
            String symbol = m.group(2).replace('μ', 'µ');
            symbol = units == MASS ? withoutCo2(symbol) : symbol;
            for (Unit unit : units) {
                if (unit.symbol().equals(symbol)
                        || unit.symbol().replace('µ', 'u').equals(symbol)) {
                    double value = Double.parseDouble(m.group(1)) * unit.factor();
                    if (Double.isFinite(value)) {
                        return value;
                    }
                }
            }
        }
        throw new IllegalArgumentException("cannot parse \"" + text + "\" as " + what
                + ": expected a number and one of "
                + units.stream().map(Unit::symbol).toList() + (units == MASS ? " (optionally followed by CO2eq)" : "")
                + ", e.g. \"" + (units == MASS ? "5 mg" : "20 J") + "\"");
    }

    private static String withoutCo2(String symbol) {
        for (String suffix : CO2_SUFFIXES) {
            if (symbol.endsWith(suffix) && symbol.length() > suffix.length()) {
                return symbol.substring(0, symbol.length() - suffix.length());
            }
        }
        return symbol;
    }

    /**
     * {@return the largest printable unit the value reaches (the smallest for tiny values, the base for zero)}
     *
     * @param value a value in base units
     * @param units the dimension's units, one of the lists here
     */
    public static Unit pick(double value, List<Unit> units) {
        if (value == 0) {
            return units.stream().filter(u -> u.factor() == 1).findFirst().orElse(units.get(0));
        }
        for (Unit unit : units) {
            if (Math.abs(value) >= unit.factor() && !unit.symbol().endsWith("Wh")) {
                return unit;
            }
        }
        return units.get(units.size() - 1);
    }

    /**
     * {@return {@code "12.5 J"}: the value in the unit {@link #pick} chooses}
     *
     * @param value a value in base units
     * @param units the dimension's units, one of the lists here
     */
    public static String format(double value, List<Unit> units) {
        return pick(value, units).format(value);
    }

    /**
     * {@return up to four significant digits, no exponent, no trailing zeros: 12.5, 0.1235, 731.6}
     * NaN and infinities are written as {@link Double#toString(double)} writes them.
     *
     * @param value any number
     */
    public static String plain(double value) {
        return Double.isFinite(value) ? Decimals.fourSignificant(value) : Double.toString(value);
    }

    /**
     * A growth limit as the check commands take it: {@code "10%"} or {@code "10"} is 0.10.
     *
     * @param value the text given for {@code --max-regression}
     * @return the share, at least 0
     * @throws IllegalArgumentException naming the flag and quoting the text when it is not a percentage of
     *     at least 0
     */
    public static double regressionShare(String value) {
        String text = value.strip();
        String number =
                text.endsWith("%") ? text.substring(0, text.length() - 1).strip() : text;
        double percent;
        try {
            percent = Double.parseDouble(number);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--max-regression is not a percentage: \"" + value + "\"");
        }
        if (!Double.isFinite(percent) || percent < 0) {
            throw new IllegalArgumentException("--max-regression must be a percentage >= 0, got \"" + value + "\"");
        }
        return percent / 100;
    }

    /**
     * {@return a round tick spacing (1, 2, 2.5 or 5 times a power of ten) that splits 0..max into about
     * {@code ticks} parts; 1 when max is not positive}
     *
     * @param max the largest value the axis shows
     * @param ticks how many parts are wanted, at least 1
     */
    public static double tickStep(double max, int ticks) {
        if (!(max > 0)) {
            return 1;
        }
        double raw = max / ticks;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / magnitude;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
        return nice * magnitude;
    }

    /**
     * The factor that turns a value in a prefixed unit into the base: {@code factor("µJ/op", "J", "/op")}
     * is 1e-6.
     *
     * @param unit a JMH result unit, e.g. {@code "µJ/op"}
     * @param base {@code "J"}, {@code "g"} or {@code "W"}
     * @param suffix {@code "/op"}, {@code "/s"} or empty
     * @return the factor of the unit's SI prefix, 1 for none
     * @throws IllegalArgumentException naming the unit when it is not a prefix of the base with the suffix
     */
    public static double factor(String unit, String base, String suffix) {
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
}
