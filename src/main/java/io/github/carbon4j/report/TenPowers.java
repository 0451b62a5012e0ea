package io.github.carbon4j.report;

import java.math.BigInteger;

/**
 * The powers of ten that {@link DoubleWriter} multiplies by, as 126-bit fixed-point numbers: for each
 * {@code k} a double's decimal exponent can take, {@code g = floor(10^-k * 2^(125 - r)) + 1} where
 * {@code r = floor(log2(10^-k))}, split into its upper and lower 63 bits. Each is computed exactly the
 * first time it is needed: a run's figures span a handful of exponents, and computing all 617 when
 * the class loaded (big-integer divisions, interpreted in a starting JVM) cost each JVM that wrote a
 * report several milliseconds. Still cheaper to keep right than a table of 1,234 literals. Thread-safe:
 * a power is immutable, and two threads that compute the same one store equal values.
 */
final class TenPowers {

    /** The smallest and largest {@code k}: {@code floor(log10(2^q))} over every double's binary exponent. */
    static final int K_MIN = -324;

    static final int K_MAX = 292;

    private static final Power[] POWERS = new Power[K_MAX - K_MIN + 1];
    private static final BigInteger MASK_63 = BigInteger.ONE.shiftLeft(63).subtract(BigInteger.ONE);

    /** g for one {@code k}; final fields, so a thread that sees the object sees both halves. */
    static final class Power {
        final long upper;
        final long lower;

        private Power(BigInteger g) {
            this.upper = g.shiftRight(63).longValueExact();
            this.lower = g.and(MASK_63).longValueExact();
        }
    }

    private TenPowers() {}

    /** g for 10^-k, {@code K_MIN <= k <= K_MAX}. */
    static Power of(int k) {
        Power power = POWERS[k - K_MIN];
        if (power == null) {
            power = new Power(floorBeta(k).add(BigInteger.ONE));
            POWERS[k - K_MIN] = power;
        }
        return power;
    }

    /** beta, 10^-k scaled into [2^125, 2^126), truncated to an integer. */
    private static BigInteger floorBeta(int k) {
        BigInteger power = BigInteger.TEN.pow(Math.abs(k)); // 10^|k|
        if (k > 0) {
            // 10^-k = 2^r * beta with r = -bitLength(10^k): its digits are 2^(125 + bitLength) / 10^k.
            return BigInteger.ONE.shiftLeft(125 + power.bitLength()).divide(power);
        }
        return power.bitLength() > 126
                ? power.shiftRight(power.bitLength() - 126)
                : power.shiftLeft(126 - power.bitLength());
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
