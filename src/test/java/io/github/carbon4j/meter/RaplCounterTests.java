package io.github.carbon4j.meter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RaplCounterTests {

    private static final long RANGE = 262_143_328_850L;

    @Test
    void countsWhatTheCounterAdvanced() {
        RaplCounter counter = new RaplCounter(1_000, RANGE);
        assertThat(counter.advance(4_000)).isEqualTo(3_000);
        assertThat(counter.advance(4_500)).isEqualTo(500);
    }

    @Test
    void aWrapAddsTheRestOfTheRange() {
        RaplCounter counter = new RaplCounter(RANGE - 500, RANGE);
        assertThat(counter.advance(1_000)).isEqualTo(1_500);
        assertThat(counter.advance(2_000)).isEqualTo(1_000);
    }

    @Test
    void anyDecreaseIsAWrapHoweverSmall() {
        RaplCounter counter = new RaplCounter(5_000_000, RANGE);
        assertThat(counter.advance(4_999_000)).isEqualTo(RANGE - 1_000);
        assertThat(counter.advance(5_002_000)).isEqualTo(3_000);
    }

    @Test
    void aStepOfMoreThanHalfTheRangeIsCountedInFull() {
        // Read 0.7 of the range later the counter stands 0.3 of it lower: one wrap, not a glitch.
        long start = RANGE / 2;
        long step = RANGE / 10 * 7;
        RaplCounter counter = new RaplCounter(start, RANGE);
        assertThat(counter.advance((start + step) % RANGE)).isEqualTo(step);
    }

    @Test
    void readingsBeyondTheRangeAreGarbage() {
        RaplCounter counter = new RaplCounter(5_000, RANGE);
        assertThat(counter.advance(RANGE + 10)).isZero();
        assertThat(counter.baseline()).isEqualTo(5_000);
        assertThat(counter.advance(6_000)).isEqualTo(1_000);
    }

    @Test
    void withoutARangeAStepBackRestartsFromThere() {
        RaplCounter counter = new RaplCounter(5_000, 0);
        assertThat(counter.advance(100)).isZero();
        assertThat(counter.advance(400)).isEqualTo(300);
    }
}
