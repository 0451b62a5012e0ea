package io.github.carbon4j.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The steps file's numbers: every finite double is written as the shortest decimal that reads back
 * to it (the closest such, ties to even), laid out as {@link Double#toString(double)} lays it out,
 * without allocating.
 */
class DoubleWriterTests {

    @Test
    void everyDoubleReadsBackAsTheShortestClosestDecimal() {
        for (double v : samples(200_000)) {
            String written = write(v);
            assertThat(Double.doubleToRawLongBits(Double.parseDouble(written)))
                    .as(written)
                    .isEqualTo(Double.doubleToRawLongBits(v));
            if (v != 0 && Double.isFinite(v)) {
                assertShortestAndClosest(Math.abs(v), written.replaceFirst("^-", ""));
            }
        }
    }

    @Test
    void theLayoutIsDoubleToStringsWhereItsDigitsAreShortestToo() {
        boolean shortestJdk = Runtime.version().feature() >= 19; // Java 19 adopted this algorithm
        int compared = 0;
        for (double v : samples(100_000)) {
            String ours = write(v);
            String jdk = Double.toString(v);
            // Java 17 sometimes writes a digit too many (JDK-4511638), never fewer than the shortest;
            // where one digit would do, both may write the closer of two (4.9E-324).
            assertThat(significand(ours).length())
                    .as("%s vs %s", ours, jdk)
                    .isLessThanOrEqualTo(Math.max(2, significand(jdk).length()));
            if (shortestJdk
                    || significand(ours).length() == significand(jdk).length()
                            && new BigDecimal(jdk)
                                            .abs()
                                            .compareTo(
                                                    closest(v, significand(ours).length()))
                                    == 0) {
                assertThat(ours).isEqualTo(jdk);
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(90_000);
    }

    @Test
    void specialValuesAndLayoutBoundaries() {
        assertThat(write(0.0)).isEqualTo("0.0");
        assertThat(write(-0.0)).isEqualTo("-0.0");
        assertThat(write(Double.MIN_VALUE)).isEqualTo("4.9E-324");
        assertThat(write(Double.MAX_VALUE)).isEqualTo("1.7976931348623157E308");
        assertThat(write(Double.MIN_NORMAL)).isEqualTo("2.2250738585072014E-308");
        assertThat(write(1e7)).isEqualTo("1.0E7");
        assertThat(write(9_999_999.999999998)).isEqualTo("9999999.999999998");
        assertThat(write(0.001)).isEqualTo("0.001");
        assertThat(write(9.999999999999998E-4)).isEqualTo("9.999999999999998E-4");
        assertThat(write(2e23)).isEqualTo("2.0E23"); // Java 17 writes 1.9999999999999998E23
        assertThat(write(100)).isEqualTo("100.0");
        assertThat(write(12.5)).isEqualTo("12.5");
        assertThat(write(-1.5e-7)).isEqualTo("-1.5E-7");
        assertThat(write(Double.NaN)).isEqualTo("NaN");
        assertThat(write(Double.NEGATIVE_INFINITY)).isEqualTo("-Infinity");
        assertThat(write(Double.POSITIVE_INFINITY)).isEqualTo("Infinity");
    }

    @Test
    void theTableAndLogarithmsAreExact() {
        // Every binary exponent a double has (-1074..971), every decimal one (-324..308), and a margin.
        for (int e = -1100; e <= 1100; e++) {
            BigDecimal pow2 = new BigDecimal(BigInteger.TWO.pow(Math.abs(e)));
            pow2 = e >= 0 ? pow2 : BigDecimal.ONE.divide(pow2);
            assertThat(TenPowers.floorLog10Pow2(e)).as("log10 2^%d", e).isEqualTo(floorLog10(pow2));
            assertThat(TenPowers.floorLog10ThreeQuartersPow2(e))
                    .as("log10 3/4 2^%d", e)
                    .isEqualTo(floorLog10(pow2.multiply(new BigDecimal("0.75"))));
            int bits = BigInteger.TEN.pow(Math.abs(e)).bitLength();
            assertThat(TenPowers.floorLog2Pow10(e)).as("log2 10^%d", e).isEqualTo(e >= 0 ? bits - 1 : -bits);
        }
        for (int k = TenPowers.K_MIN; k <= TenPowers.K_MAX; k++) {
            TenPowers.Power power = TenPowers.of(k);
            BigInteger g = BigInteger.valueOf(power.upper).shiftLeft(63).add(BigInteger.valueOf(power.lower));
            assertThat(TenPowers.of(k)).as("computed once").isSameAs(power);
            // g = floor(10^-k * 2^(125 - r)) + 1, with r = floor(log2 10^-k)
            int shift = 125 - TenPowers.floorLog2Pow10(-k);
            BigInteger floor = k > 0
                    ? BigInteger.ONE.shiftLeft(shift).divide(BigInteger.TEN.pow(k))
                    : BigInteger.TEN.pow(-k).shiftLeft(Math.max(shift, 0)).shiftRight(Math.max(-shift, 0));
            assertThat(g).as("k=%d", k).isEqualTo(floor.add(BigInteger.ONE));
            assertThat(g.bitLength()).as("k=%d", k).isEqualTo(126);
        }
    }

    @Test
    void writingAllocatesNothing() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        double[] values =
                samples(2_000).stream().mapToDouble(Double::doubleValue).toArray();
        ByteText sb = new ByteText(64);
        for (int warm = 0; warm < 3; warm++) {
            for (double v : values) {
                sb.setLength(0);
                DoubleWriter.append(sb, v);
            }
        }
        long before = threads.getCurrentThreadAllocatedBytes();
        for (double v : values) {
            sb.setLength(0);
            DoubleWriter.append(sb, v);
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        // The probe itself allocates a little; Double.toString would take about 100 KB here.
        assertThat(allocated).isLessThan(1_000);
    }

    private static void assertShortestAndClosest(double v, String written) {
        int n = significand(written).length();
        BigDecimal exact = new BigDecimal(v);
        // Shortest: neither neighbour with a digit fewer reads back (Java keeps 2 digits where 1 would do).
        if (n > 2) {
            for (RoundingMode mode : List.of(RoundingMode.FLOOR, RoundingMode.CEILING)) {
                BigDecimal shorter = exact.round(new MathContext(n - 1, mode));
                assertThat(shorter.doubleValue())
                        .as("%s is shorter than %s", shorter, written)
                        .isNotEqualTo(v);
            }
        }
        assertThat(new BigDecimal(written).compareTo(closest(v, n)))
                .as("%s for %s", written, exact)
                .isZero();
    }

    /**
     * Of the two decimals with that many digits around |v|, the closer one that reads back (ties: the
     * even one); at a power of two the gap below is half the gap above, so the closer may not.
     */
    private static BigDecimal closest(double v, int digits) {
        BigDecimal exact = new BigDecimal(Math.abs(v));
        BigDecimal nearest = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
        if (nearest.doubleValue() == Math.abs(v)) {
            return nearest;
        }
        BigDecimal down = exact.round(new MathContext(digits, RoundingMode.FLOOR));
        return nearest.compareTo(down) == 0 ? exact.round(new MathContext(digits, RoundingMode.CEILING)) : down;
    }

    /** The significant digits, without sign, point, exponent, leading or trailing zeros. */
    private static String significand(String written) {
        String digits = written.replaceFirst("E.*", "").replaceFirst("^-", "").replace(".", "");
        digits = digits.replaceFirst("^0+", "").replaceFirst("0+$", "");
        return digits.isEmpty() ? "0" : digits;
    }

    private static int floorLog10(BigDecimal positive) {
        return positive.precision() - positive.scale() - 1;
    }

    private static String write(double v) {
        return DoubleWriter.text(v);
    }

    /** Random bit patterns (every exponent, subnormals), values near powers of ten, figures a step has. */
    static List<Double> samples(int count) {
        List<Double> values = new ArrayList<>(List.of(
                0.0,
                -0.0,
                Double.MIN_VALUE,
                2 * Double.MIN_VALUE,
                3 * Double.MIN_VALUE,
                Double.MIN_NORMAL,
                Math.nextDown(Double.MIN_NORMAL),
                Double.MAX_VALUE,
                1.0,
                0.1));
        for (int e = -324; e <= 308; e++) {
            double p = Double.parseDouble("1e" + e);
            values.addAll(List.of(p, Math.nextUp(p), Math.nextDown(p), Math.scalb(1.0, e)));
        }
        SplittableRandom random = new SplittableRandom(2026);
        while (values.size() < count) {
            long bits = random.nextLong();
            double v = Double.longBitsToDouble(bits);
            if (Double.isFinite(v)) {
                values.add(v);
            }
            values.add(random.nextDouble() * Math.pow(10, random.nextInt(-12, 6))); // joules, watts, grams
        }
        return values;
    }
}
