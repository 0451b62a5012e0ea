package io.github.carbon4j.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.carbon4j.CarbonMetrics;
import io.github.carbon4j.junit.CarbonAssertions;
import io.github.carbon4j.junit.CarbonBudget;
import io.github.carbon4j.junit.CarbonRecorder;
import io.github.carbon4j.junit.TrackCarbon;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every feature of the JUnit extension on real (if small) work, with budgets far above what it costs
 * on any machine, so they hold everywhere: run {@code ./mvnw -B -pl samples -am verify} and read the
 * {@code carbon4j:} summary at the end of the test output.
 */
// tag::junit[]
@TrackCarbon // every test is a step of context "WordCountTests"
@CarbonBudget(emissions = "1 g", energy = "5 kJ") // bounds the class total: fails the class after its tests
class WordCountTests {

    static final String TEXT = "the quick brown fox jumps over the lazy dog ".repeat(20_000);

    @Test
    @CarbonBudget(emissions = "50 mg", energy = "200 J") // fails this test when it costs more
    void countsWords() {
        assertThat(WordCount.count(TEXT)).containsEntry("the", 40_000L).hasSize(8);
    }

    @RepeatedTest(3) // each repetition is its own step
    void countsWordsAgain() {
        assertThat(WordCount.count(TEXT)).containsEntry("fox", 20_000L);
    }

    @ParameterizedTest // each invocation is its own step
    @ValueSource(ints = {10_000, 100_000})
    void sorts(int size) {
        int[] data = new Random(size).ints(size).toArray();
        Arrays.sort(data);
        assertThat(data).isSorted();
    }

    @TestFactory // each dynamic test is its own step
    Stream<DynamicTest> countsEachWord() {
        Map<String, Long> counts = WordCount.count(TEXT);
        return Stream.of("quick", "brown", "lazy")
                .map(word ->
                        DynamicTest.dynamicTest(word, () -> assertThat(counts).containsEntry(word, 20_000L)));
    }

    @Test
    void sortsOnlyTheHotPart(CarbonRecorder recorder) {
        int[] data = new Random(42).ints(1_000_000).toArray(); // setup, not part of the block
        CarbonMetrics sorting = recorder.measure(() -> Arrays.sort(data));
        CarbonAssertions.assertThat(sorting).hasEmissionsAtMost("10 mg").hasEnergyAtMost("50 J");
    }
}
// end::junit[]
