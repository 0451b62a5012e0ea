package io.github.carbon4j.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link Decimals#fixed} against the formatter it replaces, digit for digit. */
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
}
