package io.github.carbon4j.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.carbon4j.CarbonLogger;
import io.github.carbon4j.Context;
import io.github.carbon4j.MockClock;
import io.github.carbon4j.internal.RunInfo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page's size does not grow with the number of steps, runs or contexts: 60 contexts of 1,000
 * steps each with long names, in 120 runs with long experiment names, stay far under 2 MB, and the
 * page says what it left out.
 */
class ReportScaleTests {

    private static final int CONTEXTS = 60;
    private static final int RUNS = 120;
    private static final String LONG = "x".repeat(300);

    @TempDir
    Path directory;

    @Test
    void thePageStaysUnderTwoMegabytesAndSaysWhatItLeftOut() {
        MockClock clock = new MockClock();
        RunAccumulator rows = new RunAccumulator();
        RunInfo run;
        try (CarbonLogger logger =
                CarbonLogger.start(ReportTestCases.config(directory, clock, false), ReportTestCases.meters(clock))) {
            run = logger.run();
            for (int i = 0; i < CONTEXTS * 1000; i++) {
                clock.add(Duration.ofMillis(10 + i % 7));
                Context context = Context.of("context " + (i % CONTEXTS) + " " + LONG);
                rows.add(new StepRow(run.experiment(), run.runId(), logger.logCarbonMetrics(context)));
            }
        }
        List<Summary> runs = new ArrayList<>();
        for (int r = 0; r < RUNS; r++) {
            RunInfo copy = new RunInfo(
                    run.runId() + "-" + r,
                    LONG + r,
                    run.start(),
                    run.outputDirectory(),
                    run.scope(),
                    run.pue(),
                    run.intensity(),
                    run.intensitySource(),
                    run.methods());
            RunRecord record = new RunRecord(copy, ReportTestCases.MACHINE, ReportTestCases.LOCATION);
            runs.add(rows.summary(
                    record, rows.lastEnd(run.start()), rows.totals().summedFromSteps(20), 0, false));
        }
        Summary summary = Summary.merge(runs);

        String html = HtmlReport.render(summary);

        assertThat(html.getBytes(StandardCharsets.UTF_8).length).isLessThan(2 << 20);
        int points = ContextCharts.pointsPerContext(ContextCharts.MAX_CONTEXTS);
        assertThat(points).isEqualTo(ContextCharts.PAGE_POINTS / ContextCharts.MAX_CONTEXTS);
        assertThat(html)
                .contains("the " + ContextCharts.MAX_CONTEXTS + " contexts with the most emissions of " + CONTEXTS)
                .contains("The newest " + HtmlReport.MAX_RUN_ROWS + " of " + RUNS + " runs.")
                .contains("The " + TopStep.COUNT + " steps with the most emissions of "
                        + summary.steps().steps() + ".");
        java.util.regex.Matcher drawn = java.util.regex.Pattern.compile(
                        "drawn as (\\d+) points, each a bar of consecutive steps")
                .matcher(html);
        int contexts = 0;
        int drawnPoints = 0;
        while (drawn.find()) {
            contexts++;
            drawnPoints += Integer.parseInt(drawn.group(1));
            assertThat(Integer.parseInt(drawn.group(1))).isBetween(points / 2, points);
        }
        assertThat(contexts).isEqualTo(ContextCharts.MAX_CONTEXTS);
        // The summary keeps what the page can draw of each context, whichever contexts it shows, and no more.
        assertThat(summary.contexts())
                .hasSize(CONTEXTS)
                .allSatisfy(c -> assertThat(c.bars().size()).isBetween(points / 2, points));
        // one tooltip per drawn point in each of the three charts of a context, no more
        assertThat(html.split("<title>step ", -1).length - 1).isEqualTo(3 * drawnPoints);
    }

    @Test
    void aSummaryKeepsTheBarsThePageCanDrawOfEachContextWithTheirSums() {
        List<ContextSummary.Bar> bars = new ArrayList<>();
        for (int i = 0; i < ContextSummary.MAX_BARS; i++) {
            bars.add(new ContextSummary.Bar(i, i, 1, 1.5, 0, 0.25, 0.001 * i, 0.01));
        }
        for (int count : new int[] {1, 3, 30, 100}) {
            List<ContextSummary> contexts = new ArrayList<>();
            for (int c = 0; c < count; c++) {
                contexts.add(new ContextSummary(
                        "c" + c,
                        io.github.carbon4j.internal.Totals.ZERO,
                        java.time.Instant.EPOCH,
                        java.time.Instant.EPOCH,
                        bars));
            }

            Summary summary = new Summary(List.of(), contexts, List.of());

            int kept = ContextCharts.pointsPerContext(Math.min(count, ContextCharts.MAX_CONTEXTS));
            for (ContextSummary c : summary.contexts()) {
                assertThat(c.bars()).as("%d contexts", count).isEqualTo(ContextSummary.compact(bars, kept));
                assertThat(c.bars().stream()
                                .mapToLong(ContextSummary.Bar::steps)
                                .sum())
                        .isEqualTo(ContextSummary.MAX_BARS);
                assertThat(c.bars().stream()
                                .mapToDouble(ContextSummary.Bar::cpuJoules)
                                .sum())
                        .isEqualTo(1.5 * ContextSummary.MAX_BARS);
            }
        }
        assertThat(ContextSummary.barsPerContext(3)).isEqualTo(ContextSummary.MAX_BARS);
        assertThat(ContextSummary.barsPerContext(30)).isEqualTo(ContextCharts.PAGE_POINTS / 30);
        assertThat(ContextSummary.barsPerContext(1000))
                .isEqualTo(ContextCharts.PAGE_POINTS / ContextCharts.MAX_CONTEXTS);
    }

    @Test
    void aSingleContextKeepsEveryBar() {
        assertThat(ContextCharts.pointsPerContext(1)).isEqualTo(ContextSummary.MAX_BARS);
        assertThat(ContextCharts.pointsPerContext(1000)).isEqualTo(ContextCharts.MIN_POINTS);
    }
}
