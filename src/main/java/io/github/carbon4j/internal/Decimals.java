package io.github.carbon4j.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * Decimal text of numbers exactly as {@code String.format(Locale.ROOT, "%.Nf", value)} writes it, without
 * {@link java.util.Formatter}, whose first use costs a starting JVM the locale data, and of numbers rounded to
 * four significant digits as {@link BigDecimal} rounds them, without its arithmetic in the common case. Pure
 * functions.
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
        if (places < POWERS_OF_TEN.length && Double.doubleToRawLongBits(value) >= 0) {
            String scaled = scaledFixed(value, places);
            if (scaled != null) {
                return scaled;
            }
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

    /** 10<sup>0</sup> to 10<sup>6</sup>, each exact as a double. */
    private static final double[] POWERS_OF_TEN = {1, 10, 100, 1e3, 1e4, 1e5, 1e6};

    /**
     * {@link #fixed} without the shortest decimal form, whose {@link Double#toString} was most of the time a page's
     * charts took: the value times 10<sup>places</sup>, rounded to a whole number. Below 10<sup>9</sup> that product
     * and the shortest decimal's differ by less than 10<sup>-6</sup>, so they round alike unless the product's
     * fraction lies that close to one half; then, and for values it does not cover (NaN, infinities, products from
     * 10<sup>9</sup>), it answers null and {@link #fixed} takes the shortest decimal.
     */
    private static String scaledFixed(double value, int places) {
        double scaled = value * POWERS_OF_TEN[places];
        if (!(scaled < 1e9)) {
            return null;
        }
        long whole = (long) scaled;
        double fraction = scaled - whole; // exact below 2^52
        if (Math.abs(fraction - 0.5) < 1e-6) {
            return null;
        }
        String digits = Long.toString(fraction > 0.5 ? whole + 1 : whole);
        if (places == 0) {
            return digits;
        }
        StringBuilder text = new StringBuilder(places + 3);
        for (int pad = places + 1 - digits.length(); pad > 0; pad--) {
            text.append('0');
        }
        text.append(digits);
        return text.insert(text.length() - places, '.').toString();
    }

    /**
     * The value's exact binary value rounded half up to four significant digits, without an exponent or
     * trailing zeros: the text of {@code new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros()
     * .toPlainString()}, e.g. {@code "0.0001235"}, {@code "12.5"}, {@code "123500"}.
     *
     * <p>One multiplication by a power of ten brings the value into [1000, 10000) with a relative error
     * below 10<sup>-15</sup>, so its rounding to a whole number is exact unless its fraction lies within
     * 10<sup>-6</sup> of one half; those values, and magnitudes beyond 10<sup>±200</sup>, take
     * {@link BigDecimal}. A test's report entry formats a few such figures, and {@code BigDecimal} made up
     * most of the time the extension adds to a test.
     *
     * @param value a finite number
     * @return the rounded decimal text, with {@code '.'} as the point in any locale
     */
    public static String fourSignificant(double value) {
        if (value == 0) {
            return "0";
        }
        double magnitude = Math.abs(value);
        if (!(magnitude >= 1e-200 && magnitude <= 1e200)) { // subnormal, huge, NaN
            return exactFourSignificant(value);
        }
        int exponent = (int) Math.floor(Math.log10(magnitude)); // of the leading digit; log10 may miss by one
        double scaled = scaled(magnitude, 3 - exponent);
        if (scaled < 1000) {
            scaled = scaled(magnitude, 3 - --exponent);
        } else if (scaled >= 10_000) {
            scaled = scaled(magnitude, 3 - ++exponent);
        }
        double whole = Math.floor(scaled);
        double fraction = scaled - whole; // exact: both lie in [1000, 10000]
        if (Math.abs(fraction - 0.5) < 1e-6) {
            return exactFourSignificant(value);
        }
        int digits = (int) whole + (fraction > 0.5 ? 1 : 0);
        if (digits == 10_000) {
            digits = 1000;
            exponent++;
        }
        return layout(value < 0, digits, exponent);
    }

    private static String exactFourSignificant(double value) {
        return new BigDecimal(value)
                .round(new MathContext(4))
                .stripTrailingZeros()
                .toPlainString();
    }

    /** magnitude × 10<sup>power</sup>, with one rounding of the product (or quotient) and one of the power. */
    private static double scaled(double magnitude, int power) {
        return power >= 0 ? magnitude * Math.pow(10, power) : magnitude / Math.pow(10, -power);
    }

    /** digits (1000 to 9999) × 10<sup>exponent - 3</sup>, trailing zeros dropped, without an exponent. */
    private static String layout(boolean negative, int digits, int exponent) {
        int kept = digits;
        int length = 4;
        while (kept % 10 == 0) {
            kept /= 10;
            length--;
        }
        String figures = Integer.toString(kept);
        StringBuilder text = new StringBuilder(length + Math.abs(exponent) + 3);
        if (negative) {
            text.append('-');
        }
        if (exponent < 0) {
            text.append("0.");
            text.append("0".repeat(-exponent - 1)).append(figures);
        } else if (exponent < length - 1) {
            text.append(figures, 0, exponent + 1).append('.').append(figures, exponent + 1, length);
        } else {
            text.append(figures).append("0".repeat(exponent - length + 1));
        }
        return text.toString();
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
