package io.github.carbon4j.report;

import java.math.BigInteger;

/**
 * The powers of ten that {@link DoubleWriter} multiplies by, as 126-bit fixed-point numbers: for each
 * {@code k} a double's decimal exponent can take, {@code g = floor(10^-k * 2^(125 - r)) + 1} where
 * {@code r = floor(log2(10^-k))}, split into its upper and lower 63 bits. Computed once when the
 * class loads (about 600 exact products), which is cheaper to keep right than a table of 1,234
 * literals. Immutable after loading.
 */
final class TenPowers {

    /** The smallest and largest {@code k}: {@code floor(log10(2^q))} over every double's binary exponent. */
    static final int K_MIN = -324;

    static final int K_MAX = 292;

    private static final long[] UPPER = new long[K_MAX - K_MIN + 1];
    private static final long[] LOWER = new long[K_MAX - K_MIN + 1];
    private static final BigInteger MASK_63 = BigInteger.ONE.shiftLeft(63).subtract(BigInteger.ONE);

    static {
        BigInteger ten = BigInteger.TEN;
        BigInteger power = BigInteger.ONE; // 10^|k|
        for (int e = 0; e <= -K_MIN || e <= K_MAX; e++) {
            if (e <= -K_MIN) {
                store(
                        -e,
                        power.bitLength() > 126
                                ? power.shiftRight(power.bitLength() - 126)
                                : power.shiftLeft(126 - power.bitLength()));
            }
            if (e > 0 && e <= K_MAX) {
                // 10^-e = 2^r * beta with r = -bitLength(10^e): its digits are 2^(125 + bitLength) / 10^e.
                store(e, BigInteger.ONE.shiftLeft(125 + power.bitLength()).divide(power));
            }
            power = power.multiply(ten);
        }
    }

    private TenPowers() {}

    /** Stores {@code floor(beta) + 1} for 10^-k; beta is [2^125, 2^126) scaled, truncated to an integer. */
    private static void store(int k, BigInteger floorBeta) {
        BigInteger g = floorBeta.add(BigInteger.ONE);
        UPPER[k - K_MIN] = g.shiftRight(63).longValueExact();
        LOWER[k - K_MIN] = g.and(MASK_63).longValueExact();
    }

    /** The upper 63 bits of g for 10^-k. */
    static long upper(int k) {
        return UPPER[k - K_MIN];
    }

    /** The lower 63 bits of g for 10^-k. */
    static long lower(int k) {
        return LOWER[k - K_MIN];
    }

    /** {@code floor(e * log10(2))}, exact for {@code |e| <= 5,456,721}. */
    static int floorLog10Pow2(int e) {
        return (int) (e * 661_971_961_083L >> 41);
    }

    /** {@code floor(log10(3/4 * 2^e))}, exact for {@code |e| <= 5,456,721}. */
    static int floorLog10ThreeQuartersPow2(int e) {
        return (int) (e * 661_971_961_083L + -274_743_187_321L >> 41);
    }

    /** {@code floor(e * log2(10))}, exact for {@code |e| <= 1,838,394}. */
    static int floorLog2Pow10(int e) {
        return (int) (e * 913_124_641_741L >> 38);
    }
}
