package io.github.carbon4j.junit;

import static io.github.carbon4j.junit.CarbonTestKit.run;
import static io.github.carbon4j.junit.CarbonTestKit.sleep;
import static io.github.carbon4j.junit.CarbonTestKit.stdout;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunSummaryTests {

    @Test
    @DisplayName("one summary when the launcher session ends: totals, top 10, methods, report location")
    void printedOnceAtTheEnd(@TempDir Path reports) {
        String out = stdout(() -> run(
                Map.of("carbon4j.reports", "true", "carbon4j.output-dir", reports.toString()),
                ManyTestCases.class,
                OtherTestCases.class));

        List<String> lines = out.lines().filter(l -> l.startsWith("carbon4j: ")).toList();
        assertThat(lines)
                .filteredOn(l -> l.contains("tests tracked"))
                .singleElement()
                .satisfies(l -> assertThat(l)
                        .startsWith("carbon4j: 13 tests tracked: ")
                        .contains("in total at 1000 g/kWh (fixed by carbon4j.intensity)"));
        assertThat(lines)
                .contains(
                        "carbon4j: top 10 by emissions:",
                        "carbon4j: cpu configured as fixed power (1 kW)",
                        "carbon4j: gpu not measured: none",
                        "carbon4j: ram configured as fixed power (0 W)",
                        "carbon4j: reports in " + reports.toAbsolutePath());
        assertThat(lines)
                .filteredOn(l -> l.startsWith("carbon4j: SCI of the tests: "))
                .singleElement()
                .satisfies(l -> assertThat(l)
                        .contains(" operational + ")
                        .contains(" embodied (")
                        .contains("over 4 years, share 1 (estimated: rack server with"));
        List<String> ranked =
                lines.stream().filter(l -> l.matches("carbon4j: +\\d+\\. .*")).toList();
        assertThat(ranked).hasSize(10);
        // The slow test emits most and comes first (300 ms against the machine's worst hiccup for an empty test).
        assertThat(ranked.get(0)).matches("carbon4j: +1\\. .*OtherTestCases #0 slow\\(\\)");
    }

    @Test
    @DisplayName("no claim of reports in a directory nothing could be written to")
    void saysWhenNoReportsCouldBeWritten(@TempDir Path directory) throws java.io.IOException {
        Path notADirectory = java.nio.file.Files.writeString(directory.resolve("a-file"), "x");

        String out = stdout(() -> run(
                Map.of("carbon4j.reports", "true", "carbon4j.output-dir", notADirectory.toString()),
                OtherTestCases.class));

        assertThat(out)
                .contains("carbon4j: no reports: they could not be written to " + notADirectory.toAbsolutePath())
                .doesNotContain("reports in ");
    }

    @Test
    @DisplayName("nothing is printed when no test is tracked")
    void silentWithoutTrackedTests() {
        assertThat(stdout(() -> run(UntrackedTestCases.class))).doesNotContain("carbon4j:");
    }

    @Test
    @DisplayName("a top emitter's line is what the format %3d. %-14s %-10s %s wrote")
    void topLinesArePaddedAsTheFormatPaddedThem() {
        List<io.github.carbon4j.CarbonMetrics> tests = List.of(
                TestEntryTests.test(0, 10.5, 0.25, 0, RAPL, FRA, "grid of FRA"),
                TestEntryTests.test(1, 123_456_789, 1e-9, 3.5, RAPL, FRA, "grid of FRA"),
                TestEntryTests.test(2, 0, 0, 0, RAPL, FRA, "grid of FRA"));
        for (int rank : new int[] {1, 10, 1234}) {
            for (io.github.carbon4j.CarbonMetrics m : tests) {
                String label = "SortTests #" + m.step() + " sorts(int) [" + rank + "]";
                assertThat(RunSummary.ranked(rank, new RunSummary.TestRecord(label, m)))
                        .isEqualTo(
                                String.format("%3d. %-14s %-10s %s", rank, m.emissions(), m.energyConsumed(), label));
            }
        }
    }

    private static final io.github.carbon4j.MeasurementMethod RAPL =
            io.github.carbon4j.MeasurementMethod.measured("RAPL", "package-0");
    private static final io.github.carbon4j.CarbonIntensity FRA =
            io.github.carbon4j.CarbonIntensity.ofGramsPerKilowattHour(56.04);

    @TrackCarbon
    static class ManyTestCases {
        @RepeatedTest(12)
        void quick() {}
    }

    @TrackCarbon
    static class OtherTestCases {
        @Test
        void slow() {
            sleep(300);
        }
    }

    static class UntrackedTestCases {
        @Test
        void one() {}
    }
}
