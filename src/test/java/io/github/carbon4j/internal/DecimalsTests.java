package io.github.carbon4j.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link Decimals#fixed} and {@link Decimals#fourSignificant} against the formatters they replace, digit for digit. */
class DecimalsTests {

    private static String format(double value, int places) {
        return String.format(Locale.ROOT, "%." + places + "f", value);
    }

    @Test
    void roundsHalfUpFromTheShortestDecimalAsTheFormatterDoes() {
        assertThat(Decimals.fixed(23.45, 1)).isEqualTo("23.5").isEqualTo(format(23.45, 1));
        assertThat(Decimals.fixed(0.05, 1)).isEqualTo("0.1");
        assertThat(Decimals.fixed(9.96, 1)).isEqualTo("10.0");
        assertThat(Decimals.fixed(99.5, 0)).isEqualTo("100");
        assertThat(Decimals.fixed(15.0, 0)).isEqualTo("15");
        assertThat(Decimals.fixed(2, 3)).isEqualTo("2.000");
    }

    @Test
    void sameTextAsTheFormatterForMemorySizesAndRandomValues() {
        for (long mib = 0; mib < 600_000; mib += 7) {
            double gib = mib * (1L << 20) / (double) (1L << 30);
            assertThat(Decimals.fixed(gib, 1)).as("%d MiB", mib).isEqualTo(format(gib, 1));
            assertThat(Decimals.fixed(gib, 0)).as("%d MiB", mib).isEqualTo(format(gib, 0));
        }
        SplittableRandom random = new SplittableRandom(12);
        for (int i = 0; i < 50_000; i++) {
            double value = random.nextDouble() * Math.pow(10, random.nextInt(-5, 10));
            int places = random.nextInt(0, 5);
            assertThat(Decimals.fixed(value, places))
                    .as("%s to %d places", value, places)
                    .isEqualTo(format(value, places));
        }
    }

    @Test
    void sameTextAsTheFormatterNearDecimalTiesAndLargeValues() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 50_000; i++) {
            int places = random.nextInt(0, 7);
            // A decimal ending in 5 one place after the last kept (1.005 to two places), the double nearest it, and
            // its neighbours: where the scaled value alone cannot tell which way the shortest decimal rounds.
            double tie = (random.nextLong(0, 10_000_000) * 10 + 5) / Math.pow(10, places + 1);
            for (double value : new double[] {tie, Math.nextUp(tie), Math.nextDown(tie)}) {
                assertThat(Decimals.fixed(value, places))
                        .as("%s to %d places", value, places)
                        .isEqualTo(format(value, places));
            }
            double large = random.nextDouble() * Math.pow(10, random.nextInt(6, 16));
            assertThat(Decimals.fixed(large, places))
                    .as("%s to %d places", large, places)
                    .isEqualTo(format(large, places));
        }
    }

    @Test
    void negativeZeroNaNAndInfinityAsTheFormatterWritesThem() {
        for (double value : new double[] {-0.0, -1.25, -0.04, Double.NaN, Double.POSITIVE_INFINITY, 1e-7, 3e12}) {
            assertThat(Decimals.fixed(value, 1)).as("%s", value).isEqualTo(format(value, 1));
        }
    }

    @Test
    void negativePlacesAreRefused() {
        assertThatThrownBy(() -> Decimals.fixed(1, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
    }

    private static String bigDecimal(double value) {
        return new BigDecimal(value)
                .round(new MathContext(4))
                .stripTrailingZeros()
                .toPlainString();
    }

    @Test
    void fourSignificantDigitsAsBigDecimalRoundsThem() {
        assertThat(Decimals.fourSignificant(12.5)).isEqualTo("12.5");
        assertThat(Decimals.fourSignificant(0.00012345678)).isEqualTo("0.0001235");
        assertThat(Decimals.fourSignificant(123456.0)).isEqualTo("123500");
        assertThat(Decimals.fourSignificant(9999.6)).isEqualTo("10000");
        assertThat(Decimals.fourSignificant(-0.099996)).isEqualTo("-0.1");
        assertThat(Decimals.fourSignificant(1234.5)).isEqualTo("1235"); // a tie, exact in binary: half up
        assertThat(Decimals.fourSignificant(-0.0)).isEqualTo("0");
        SplittableRandom random = new SplittableRandom(4);
        for (int i = 0; i < 200_000; i++) {
            // Random bits over the whole range of exponents, then decimals of 4 to 6 digits, among them the
            // doubles nearest to ties such as 1.2345 (just above or below it), and exact binary ties.
            double value = switch (i % 4) {
                case 0 -> Double.longBitsToDouble(random.nextLong() & Long.MAX_VALUE);
                case 1 -> random.nextDouble() * Math.pow(10, random.nextInt(-30, 30));
                case 2 -> random.nextInt(10_000, 1_000_000) / Math.pow(10, random.nextInt(0, 20));
                default -> (random.nextInt(1000, 10_000) + 0.5) * Math.scalb(1.0, random.nextInt(-20, 10));
            };
            value = random.nextBoolean() ? value : -value;
            if (Double.isFinite(value)) {
                assertThat(Decimals.fourSignificant(value)).as("%s", value).isEqualTo(bigDecimal(value));
            }
        }
    }

    @Test
    void fourSignificantDigitsAtEachPowerOfTenAndItsNeighbours() {
        for (int power = -210; power <= 210; power++) {
            double ten = Double.parseDouble("1e" + power);
            for (double value : new double[] {ten, Math.nextUp(ten), Math.nextDown(ten), ten * 9.9995, ten * 0.99995}) {
                assertThat(Decimals.fourSignificant(value)).as("%s", value).isEqualTo(bigDecimal(value));
            }
        }
    }
}
