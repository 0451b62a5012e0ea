package io.github.carbon4j.internal;

import java.util.Locale;

/**
 * Decimal text of numbers exactly as {@code String.format(Locale.ROOT, "%.Nf", value)} writes it, without
 * {@link java.util.Formatter}, whose first use costs a starting JVM the locale data. Pure functions.
 */
public final class Decimals {

    private Decimals() {}

    /**
     * The value with {@code places} digits after the point, rounded half up from its shortest decimal form
     * as {@link java.util.Formatter}'s {@code %f} does; e.g. {@code fixed(23.45, 1)} is {@code "23.5"}.
     *
     * @param value the number
     * @param places how many digits after the point, 0 for none
     * @return the decimal text, with {@code '.'} as the point in any locale
     * @throws IllegalArgumentException for negative places
     */
    public static String fixed(double value, int places) {
        if (places < 0) {
            throw new IllegalArgumentException("negative number of decimal places: " + places);
        }
        String plain = Double.toString(value);
        if (Double.doubleToRawLongBits(value) < 0 || !Double.isFinite(value) || plain.indexOf('E') >= 0) {
            // Negative, NaN, infinite, very small or large: rare here, and left to the formatter.
            return String.format(Locale.ROOT, "%." + places + "f", value);
        }
        int dot = plain.indexOf('.');
        StringBuilder digits = new StringBuilder(plain.length() + places).append(plain, 0, dot);
        int whole = digits.length();
        String fraction = plain.substring(dot + 1);
        for (int i = 0; i < places; i++) {
            digits.append(i < fraction.length() ? fraction.charAt(i) : '0');
        }
        if (fraction.length() > places && fraction.charAt(places) >= '5') {
            whole += roundUp(digits);
        }
        return places == 0 ? digits.toString() : digits.insert(whole, '.').toString();
    }

    /** Adds one to the last digit, carrying; 1 when the number gained a digit in front, else 0. */
    private static int roundUp(StringBuilder digits) {
        for (int i = digits.length() - 1; i >= 0; i--) {
            if (digits.charAt(i) != '9') {
                digits.setCharAt(i, (char) (digits.charAt(i) + 1));
                return 0;
            }
            digits.setCharAt(i, '0');
        }
        digits.insert(0, '1');
        return 1;
    }
}
