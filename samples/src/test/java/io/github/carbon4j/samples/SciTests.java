package io.github.carbon4j.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.carbon4j.CarbonMetrics;
import io.github.carbon4j.junit.CarbonAssertions;
import io.github.carbon4j.junit.CarbonBudget;
import io.github.carbon4j.junit.CarbonRecorder;
import io.github.carbon4j.junit.TrackCarbon;
import org.junit.jupiter.api.Test;

/**
 * The Software Carbon Intensity of one word count: its operational emissions plus its part of the
 * machine's embodied emissions, budgeted far above what it costs anywhere. The output line is the
 * README's worked example.
 */
@TrackCarbon
class SciTests {

    // tag::sci[]
    @Test
    @CarbonBudget(emissions = "50 mg", sci = "100 mg") // operational only; operational + embodied
    void countsWordsWithinItsSci(CarbonRecorder recorder) {
        CarbonMetrics counting = recorder.measure(() -> WordCount.count(WordCountTests.TEXT));
        System.out.println("SCI of one count: " + counting.sci() + " = " + counting.emissions() + " operational + "
                + counting.embodiedEmissions() + " embodied over "
                + counting.duration().toMillis() + " ms");
        CarbonAssertions.assertThat(counting).hasEmissionsAtMost("10 mg").hasSciAtMost("20 mg");
    }
    // end::sci[]

    @Test
    void theSciIsOperationalPlusEmbodied(CarbonRecorder recorder) {
        CarbonMetrics counting = recorder.measure(() -> WordCount.count(WordCountTests.TEXT));
        assertThat(counting.sci().grams())
                .isEqualTo(counting.emissions().grams()
                        + counting.embodiedEmissions().grams());
        assertThat(counting.embodiedEmissions().grams()).isPositive();
    }
}
