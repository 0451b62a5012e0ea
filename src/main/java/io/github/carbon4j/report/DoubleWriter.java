package io.github.carbon4j.report;

/**
 * Appends a double as the shortest decimal that reads back to the same double, in the layout of
 * {@link Double#toString(double)} ({@code 12.5}, {@code 0.001}, {@code 1.0E7}, {@code 4.9E-324}),
 * without allocating: the steps file writes twenty numbers per logged step, and Java 17's
 * {@code Double.toString} builds about 1.4 KB of garbage for them (and is not always shortest).
 * Raffaello Giulietti's Schubfach algorithm ("The Schubfach way to render doubles", 2020), which
 * Java 19 adopted for {@code Double.toString}: of the decimals in the double's rounding interval
 * it picks one with the fewest digits, and of those the closest (ties to an even digit). Pure
 * functions, thread-safe. Public for the JUnit extension's report entries, which it formats the same
 * way; not API.
 */
public final class DoubleWriter {

    private static final int PRECISION = 53;
    private static final int Q_MIN = -1074;
    private static final long C_MIN = 1L << (PRECISION - 1);
    private static final long C_TINY = 3;
    private static final long MASK_63 = (1L << 63) - 1;

    private DoubleWriter() {}

    /**
     * The shortest decimal that reads back to the value, in {@link Double#toString(double)}'s layout: what
     * Java 19 and later's {@code Double.toString} writes, on every Java version.
     *
     * @param v a double
     * @return the value as {@link #append} writes it
     */
    public static String text(double v) {
        return append(new ByteText(32), v).toString();
    }

    /** Appends the value as {@link Double#toString(double)} lays it out, with the shortest exact digits. */
    static ByteText append(ByteText sb, double v) {
        long bits = Double.doubleToRawLongBits(v);
        long t = bits & (C_MIN - 1);
        int bq = (int) (bits >>> (PRECISION - 1)) & 0x7FF;
        if (bq == 0x7FF) {
            return sb.append(t != 0 ? "NaN" : bits > 0 ? "Infinity" : "-Infinity");
        }
        if (bits < 0) {
            sb.ascii('-');
        }
        if (bq != 0) {
            int mq = -Q_MIN + 1 - bq;
            long c = C_MIN | t;
            // An integer below 2^53 is its own shortest decimal (section 8.3 of the paper).
            if (0 < mq && mq < PRECISION && (c >> mq) << mq == c) {
                return layout(sb, c >> mq, 0);
            }
            return shortest(sb, -mq, c, 0);
        }
        if (t == 0) {
            return sb.ascii('0').ascii('.').ascii('0');
        }
        return t < C_TINY ? shortest(sb, Q_MIN, 10 * t, -1) : shortest(sb, Q_MIN, t, 0);
    }

    /** The shortest decimal in the rounding interval of c * 2^q, then laid out. */
    private static ByteText shortest(ByteText sb, int q, long c, int dk) {
        int out = (int) c & 1;
        long cb = c << 2;
        long cbr = cb + 2;
        long cbl;
        int k;
        // The interval is symmetric except at a power of two, where the gap below is half the one above.
        if (c != C_MIN || q == Q_MIN) {
            cbl = cb - 2;
            k = TenPowers.floorLog10Pow2(q);
        } else {
            cbl = cb - 1;
            k = TenPowers.floorLog10ThreeQuartersPow2(q);
        }
        int h = q + TenPowers.floorLog2Pow10(-k) + 2;
        TenPowers.Power g = TenPowers.of(k);
        long g1 = g.upper;
        long g0 = g.lower;
        long vb = roundToOdd(g1, g0, cb << h);
        long vbl = roundToOdd(g1, g0, cbl << h);
        long vbr = roundToOdd(g1, g0, cbr << h);
        long s = vb >> 2;
        if (s >= 100) {
            long sp10 = 10 * Math.multiplyHigh(s, 115_292_150_460_684_698L << 4);
            long tp10 = sp10 + 10;
            boolean upin = vbl + out <= sp10 << 2;
            boolean wpin = (tp10 << 2) + out <= vbr;
            if (upin != wpin) {
                return layout(sb, upin ? sp10 : tp10, k);
            }
        }
        long u = s + 1;
        boolean uin = vbl + out <= s << 2;
        boolean win = (u << 2) + out <= vbr;
        if (uin != win) {
            return layout(sb, uin ? s : u, k + dk);
        }
        long cmp = vb - (s + u << 1);
        return layout(sb, cmp < 0 || cmp == 0 && (s & 1) == 0 ? s : u, k + dk);
    }

    /** g * cp / 2^127 for g = g1 * 2^63 + g0, rounded to odd: exact enough to decide every comparison. */
    private static long roundToOdd(long g1, long g0, long cp) {
        long x1 = Math.multiplyHigh(g0, cp);
        long y0 = g1 * cp;
        long y1 = Math.multiplyHigh(g1, cp);
        long z = (y0 >>> 1) + x1;
        long vbp = y1 + (z >>> 63);
        return vbp | (z & MASK_63) + MASK_63 >>> 63;
    }

    /** Lays out f * 10^e: plain from 10^-3 up to 10^7, else d.dddE±n; always a digit after the point. */
    private static ByteText layout(ByteText sb, long f, int e) {
        while (f % 10 == 0) {
            f /= 10;
            e++;
        }
        int len = ByteText.width(f);
        int exponent = e + len - 1;
        if (exponent >= 7 || exponent < -3) {
            long lead = f / ByteText.pow10(len - 1);
            sb.digits(lead, 1).ascii('.');
            sb.digits(f - lead * ByteText.pow10(len - 1), Math.max(1, len - 1)); // "0" after a lone digit
            return sb.ascii('E').append(exponent);
        }
        if (exponent < 0) {
            sb.ascii('0').ascii('.');
            for (int i = exponent + 1; i < 0; i++) {
                sb.ascii('0');
            }
            return sb.digits(f, len);
        }
        if (len > exponent + 1) {
            long fraction = ByteText.pow10(len - exponent - 1);
            long whole = f / fraction;
            return sb.digits(whole, exponent + 1).ascii('.').digits(f - whole * fraction, len - exponent - 1);
        }
        sb.digits(f, len);
        for (int i = len; i <= exponent; i++) {
            sb.ascii('0');
        }
        return sb.ascii('.').ascii('0');
    }
}
