package io.github.carbon4j.samples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The interval that {@code ColdStart} prints for the median of a series' paired differences. */
class ColdStartTests {

    @Test
    void sixteenRoundsGiveTheFourthToTheThirteenthDifference() {
        double[] shuffled = {15, 3, 9, 0, 12, 6, 1, 14, 7, 2, 11, 5, 13, 8, 4, 10};

        assertThat(ColdStart.medianInterval(shuffled)).containsExactly(3, 12);
    }

    @Test
    void fewRoundsGiveTheirRangeOrNoInterval() {
        assertThat(ColdStart.medianInterval(new double[] {5, -2, 7, 1, 3, 0, 9, 4}))
                .containsExactly(-2, 9);
        assertThat(ColdStart.medianInterval(new double[] {5, -2, 7, 1, 3, 0})).containsExactly(-2, 7);
        assertThat(ColdStart.medianInterval(new double[] {5, -2, 7, 1, 3})).isEmpty();
    }

    @Test
    void theIntervalIsTheNarrowestThatCoversTheMedianWithAtLeast95Percent() {
        Random random = new Random(12);
        for (int n = 6; n <= 200; n++) {
            double[] values = random.doubles(n).toArray();
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            double[] interval = ColdStart.medianInterval(values);
            int k = Arrays.binarySearch(sorted, interval[0]) + 1; // the values are distinct

            assertThat(interval[1]).as("n = %d", n).isEqualTo(sorted[n - k]);
            assertThat(miss(n, k)).as("n = %d, k = %d", n, k).isLessThanOrEqualTo(0.05);
            assertThat(miss(n, k + 1)).as("n = %d, k + 1 = %d", n, k + 1).isGreaterThan(0.05);
        }
    }

    /** 2 P(B <= k - 1), B binomial(n, 1/2), exactly: how often [x(k), x(n + 1 - k)] misses the median. */
    private static double miss(int n, int k) {
        BigInteger below = BigInteger.ZERO;
        BigInteger choose = BigInteger.ONE;
        for (int i = 0; i < k; i++) {
            below = below.add(choose);
            choose = choose.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
        }
        return below.shiftLeft(1).doubleValue() / Math.pow(2, n);
    }
}
