package io.github.carbon4j.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.carbon4j.CarbonConfig;
import io.github.carbon4j.CarbonLogger;
import io.github.carbon4j.CarbonMetrics;
import io.github.carbon4j.Context;
import io.github.carbon4j.MockClock;
import io.github.carbon4j.internal.CarbonReporter;
import io.github.carbon4j.internal.Notices;
import io.github.carbon4j.internal.RunInfo;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports that survive full disks, old data and hostile names: each test reproduces a way the
 * reports once broke.
 */
class ReliabilityTests {

    /** The notices of this test\'s reporters and readers, as a logger\'s would be. */
    private final Notices notices = new Notices();

    @TempDir
    Path directory;

    /** A run's steps handed to a file reporter that writes through the given opener. */
    private RunInfo run(
            Path into, String runId, StepFile.Opener opener, List<Context> contexts, Consumer<Integer> beforeStep) {
        MockClock clock = new MockClock();
        try (CarbonLogger logger =
                CarbonLogger.start(ReportTestCases.config(into, clock, false), ReportTestCases.meters(clock))) {
            RunInfo logged = logger.run();
            RunInfo run = new RunInfo(
                    runId,
                    logged.experiment(),
                    logged.start(),
                    into,
                    logged.scope(),
                    logged.pue(),
                    logged.intensity(),
                    logged.intensitySource(),
                    logged.methods());
            CarbonReporter reporter = FileReporter.open(
                    new RunRecord(run, ReportTestCases.MACHINE, ReportTestCases.LOCATION),
                    java.util.TimeZone.getTimeZone("UTC"),
                    opener,
                    notices);
            for (int i = 0; i < contexts.size(); i++) {
                clock.add(Duration.ofMillis(100));
                CarbonMetrics m = logger.logCarbonMetrics(contexts.get(i));
                beforeStep.accept(i);
                reporter.step(m);
            }
            clock.add(Duration.ofMillis(50));
            reporter.close(ReportTestCases.wholeRun(run, clock));
            return run;
        }
    }

    private static List<Context> steps(int count, Context context) {
        List<Context> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(context);
        }
        return list;
    }

    private JsonNode json(Path file) throws IOException {
        return ReportTestCases.MAPPER.readTree(file.toFile());
    }

    // 1. closing a run costs that run, not the directory's history; no Error escapes

    @Test
    void closingARunReadsNoOtherRunsStepsFile() throws IOException {
        ReportTestCases.writeGoldenRun(directory, "old-run");
        // If closing read the old run's steps, this would stop it: a file no reader accepts.
        Files.writeString(directory.resolve("steps-old-run.csv"), "not,a,carbon4j,steps,file\n");

        run(directory, "new-run", StepFile.FILES, steps(3, Context.TRAINING), i -> {});

        JsonNode summary = json(directory.resolve("summary.json"));
        assertThat(summary.get("runs")).hasSize(2);
        assertThat(summary.get("steps").get("count").asLong()).isEqualTo(11 + 3);
        assertThat(ReportTestCases.read(directory.resolve("report.html"))).contains("2 runs");
    }

    @Test
    void aDirectorySummaryListsTheNewestRunsAndSumsTheOlderOnesAsARebuildDoes() throws IOException {
        int runs = Summary.LISTED + 5;
        for (int i = 0; i < runs; i++) {
            run(directory, String.format("run-%03d", i), StepFile.FILES, steps(2, Context.of("c" + i % 3)), x -> {});
        }
        JsonNode closed = json(directory.resolve("summary.json"));

        JsonNode again = ReportTestCases.MAPPER.readTree(rebuiltSummary());

        assertThat(closed.get("runs")).hasSize(Summary.LISTED);
        assertThat(closed.get("runCount").asLong()).isEqualTo(runs);
        assertThat(closed.get("olderRuns").get("count").asLong()).isEqualTo(5);
        assertThat(closed.get("steps").get("count").asLong()).isEqualTo(2L * runs);
        for (String field : List.of("totals", "steps", "contexts", "topSteps", "runCount", "olderRuns")) {
            assertThat(again.get(field)).as(field).isEqualTo(closed.get(field));
        }
        assertThat(ReportTestCases.read(directory.resolve("report.html"))).contains(runs + " runs");
    }

    @Test
    void aDirectorySummaryThatCopiesItsListedRunsIsTheTextARebuildWrites() throws IOException {
        for (int i = 0; i < 4; i++) {
            run(directory, "run-" + i, StepFile.FILES, steps(2, Context.of("c" + i % 2)), x -> {});
        }
        String closed = Files.readString(directory.resolve("summary.json"));

        // Each close copied the runs already listed as it read them; a rebuild writes every run from its figures.
        assertThat(closed).isEqualTo(rebuiltSummary());
        assertThat(json(directory.resolve("summary.json")).get("runs")).hasSize(4);
    }

    @Test
    void contextsCompactedByAMergeAreWrittenFromTheirBarsNotCopied() throws IOException {
        // Six contexts keep 200 bars each; a seventh makes each keep fewer, so no context's text can be copied.
        List<Context> many = new ArrayList<>();
        for (int i = 0; i < 6 * ContextSummary.MAX_BARS; i++) {
            many.add(Context.of("c" + i % 6));
        }
        run(directory, "run-0", StepFile.FILES, many, x -> {});
        assertThat(json(directory.resolve("summary.json"))
                        .get("contexts")
                        .get(0)
                        .get("bars")
                        .get("rows"))
                .hasSize(ContextSummary.MAX_BARS);

        run(directory, "run-1", StepFile.FILES, steps(3, Context.of("c6")), x -> {});

        JsonNode contexts = json(directory.resolve("summary.json")).get("contexts");
        assertThat(contexts).hasSize(7);
        for (JsonNode c : contexts) {
            assertThat(c.get("bars").get("rows").size()).isLessThanOrEqualTo(ContextSummary.barsPerContext(7));
        }
        assertThat(Files.readString(directory.resolve("summary.json"))).isEqualTo(rebuiltSummary());
    }

    @Test
    void listedRunsWrittenOtherwiseThanCarbon4jWritesThemAreWrittenAgainFromTheirFigures() throws IOException {
        run(directory, "run-0", StepFile.FILES, steps(2, Context.TRAINING), x -> {});
        run(directory, "run-1", StepFile.FILES, steps(2, Context.TRAINING), x -> {});
        Path summary = directory.resolve("summary.json");
        // The same summary on one line, as another tool may leave it: valid, but no run's text can be copied.
        Files.writeString(summary, ReportTestCases.MAPPER.writeValueAsString(json(summary)));

        run(directory, "run-2", StepFile.FILES, steps(2, Context.TRAINING), x -> {});

        assertThat(Files.readString(summary)).isEqualTo(rebuiltSummary());
        assertThat(json(summary).get("runs")).hasSize(3);
    }

    /** The summary.json that the report command writes from the directory's run summaries. */
    private String rebuiltSummary() throws IOException {
        return Files.readString(ReportTestCases.rebuild(directory).resolve("summary.json"));
    }

    @Test
    void aBrokenDirectorySummaryIsRebuiltFromTheRunSummaries() throws IOException {
        ReportTestCases.writeGoldenRun(directory, "old-run");
        Files.writeString(directory.resolve("summary.json"), "{\"format\": \"something else\"}");

        run(directory, "new-run", StepFile.FILES, steps(3, Context.TRAINING), i -> {});

        assertThat(json(directory.resolve("summary.json"))
                        .get("steps")
                        .get("count")
                        .asLong())
                .isEqualTo(14);
    }

    @Test
    void anErrorWhileWritingReportsNeverReachesTheCaller() throws IOException {
        FailingChannel[] channel = new FailingChannel[1];

        run(
                directory,
                "r",
                FailingChannel.opener(channel),
                steps(3, Context.TRAINING),
                i -> channel[0].errorOnClose = new OutOfMemoryError("Java heap space (test)"));

        assertThat(notices.issued()).singleElement().asString().contains("OutOfMemoryError: Java heap space (test)");
        assertThat(ReportTestCases.readSteps(directory.resolve("steps-r.csv"))).hasSize(3);
        assertThat(directory.resolve("summary-r.json")).exists();
    }

    // 2. whole rows or nothing (the steps file's own cases: StepFileTests)

    @Test
    void aTornEmissionsRowIsRemovedBeforeTheNextRowIsAppended() throws IOException {
        Path emissions = directory.resolve("emissions.csv");
        Files.writeString(emissions, EmissionsCsv.HEADER + "2026-11-30T22:");

        run(directory, "r", StepFile.FILES, steps(2, Context.TRAINING), i -> {});

        List<String> lines = Files.readAllLines(emissions);
        assertThat(lines).hasSize(2);
        assertThat(Csv.split(lines.get(1)))
                .hasSize(ReportNames.EMISSIONS_FILE_COLUMNS.size())
                .element(2)
                .isEqualTo("r");
        assertThat(Files.readString(emissions)).endsWith("\n");
    }

    // 3. a failed write is retried, counted, and every report says it is incomplete

    @Test
    void stepsThatCouldNotBeWrittenAreCountedAndMarkEveryReport() throws IOException {
        FailingChannel[] channel = new FailingChannel[1];

        run(directory, "r", FailingChannel.opener(channel), steps(10, Context.TRAINING), i -> {
            if (i == 3) {
                channel[0].failingWrites = 3; // steps 3, 4 and 5; space is back for 6
            }
        });

        assertThat(ReportTestCases.readSteps(directory.resolve("steps-r.csv")))
                .extracting(r -> r.metrics().step())
                .containsExactly(0L, 1L, 2L, 6L, 7L, 8L, 9L);
        JsonNode run = json(directory.resolve("summary-r.json"));
        assertThat(run.get("complete").asBoolean()).isFalse();
        assertThat(run.get("runs").get(0).get("unwrittenSteps").asLong()).isEqualTo(3);
        assertThat(run.get("runs").get(0).get("incomplete").asText()).startsWith("3 steps were not written");
        assertThat(run.get("steps").get("count").asLong()).isEqualTo(10);
        List<String> emissions = Files.readAllLines(directory.resolve("emissions.csv"));
        assertThat(Csv.split(emissions.get(1)).get(38)).isEqualTo("incomplete: 3 steps not written");
        assertThat(ReportTestCases.read(directory.resolve("report.html")))
                .contains("Incomplete reports")
                .contains("3 steps were not written");
        assertThat(json(directory.resolve("prov/golden_r/prov_golden_GR0_r.json"))
                        .get("activity")
                        .get("golden_GR0_r")
                        .get("carbon4j:incomplete")
                        .asText())
                .startsWith("3 steps");
        assertThat(json(directory.resolve("summary.json")).get("complete").asBoolean())
                .isFalse();
    }

    // 4 and 11. any name makes valid files; text from files is neutralised

    @Test
    void aLongNameWithAnEmojiWhereTheLabelIsCutMakesAValidPage() throws Exception {
        // 74 UTF-16 units: the last 43 start in the middle of the emoji
        Context name = Context.of("a".repeat(30) + "\uD83D\uDE00" + "b".repeat(42));

        run(directory, "r", StepFile.FILES, List.of(name, name), i -> {});

        String html = ReportTestCases.read(directory.resolve("report.html"));
        assertThat(html).contains("…\uD83D\uDE00" + "b".repeat(42));
        parseXml(html);
        assertThat(SvgChart.tail("x\uD83D\uDE00yz", 3)).isEqualTo("…yz");
        assertThat(SvgChart.tail("wx\uD83D\uDE00yz", 4)).isEqualTo("…\uD83D\uDE00yz");
        assertThat(ReportMain.run(
                        new String[] {"html", directory.toString()},
                        new PrintStream(new ByteArrayOutputStream()),
                        new PrintStream(new ByteArrayOutputStream())))
                .isZero();
    }

    @Test
    void hostileCharactersMakeValidFilesAndReachNoTerminal() throws Exception {
        Context hostile = Context.of("\u001b[31mred\u0007\u0000 \uFFFE\uFFFF \uDBFF\uDFFE =HYPERLINK(\"http://x\")");
        Context formula = Context.of("=HYPERLINK(\"http://example.com\",\"click\")");

        run(directory, "r", StepFile.FILES, List.of(hostile, formula, Context.of("-3"), Context.of("'=x")), i -> {});

        parseXml(ReportTestCases.read(directory.resolve("report.html")));
        String steps = Files.readString(directory.resolve("steps-r.csv"));
        assertThat(steps)
                .contains(",\"'=HYPERLINK(\"\"http://example.com\"\",\"\"click\"\")\",")
                .contains(",-3,")
                .contains(",''=x,");
        assertThat(ReportTestCases.readSteps(directory.resolve("steps-r.csv")))
                .extracting(r -> r.metrics().context())
                .containsExactly(hostile, formula, Context.of("-3"), Context.of("'=x"));
        Files.delete(directory.resolve("summary-r.json")); // read the names back from the steps file too
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ReportMain.run(
                        new String[] {"summary", directory.toString()},
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        System.err))
                .isZero();
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).doesNotContain("\u001b", "\u0007", "\u0000").contains("\\u001B[31mred\\u0007\\u0000");
    }

    @Test
    void anExperimentNameWithALoneSurrogateStillGetsItsReports() throws IOException {
        MockClock clock = new MockClock();
        CarbonConfig config = ReportTestCases.config(directory, clock, true).toBuilder()
                .experiment("exp\uD800x")
                .build();
        String runId;
        try (CarbonLogger logger = CarbonLogger.start(config, ReportTestCases.meters(clock))) {
            runId = logger.run().runId();
            clock.addSeconds(1);
            logger.logCarbonMetrics(Context.TRAINING);
        }

        assertThat(directory.resolve("summary-" + runId + ".json")).exists();
        assertThat(directory.resolve("report.html")).exists();
        assertThat(Files.readAllLines(directory.resolve("emissions.csv"))).hasSize(2);
    }

    // 12. a killed run is completed later

    @Test
    void finishCompletesTheReportsOfAKilledRunMarkedAsSuch() throws IOException {
        ReportTestCases.writeGoldenRun(directory, "killed");
        // what a kill -9 leaves: the run file and the steps, nothing written at close
        Files.delete(directory.resolve("summary-killed.json"));
        Files.delete(directory.resolve("emissions.csv"));
        Files.delete(directory.resolve("summary.json"));
        Files.delete(directory.resolve("prov/golden_killed/prov_golden_GR0_killed.json"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThat(ReportMain.run(new String[] {"finish", directory.toString()}, new PrintStream(out), System.err))
                .isZero();

        assertThat(out.toString()).contains("finished 1 run that never closed");
        JsonNode run =
                json(directory.resolve("summary-killed.json")).get("runs").get(0);
        assertThat(run.get("killed").asBoolean()).isTrue();
        assertThat(run.get("totals").get("measured").asBoolean()).isFalse();
        assertThat(run.get("steps").get("count").asLong()).isEqualTo(11);
        assertThat(run.get("totals").get("energyConsumedJoules").asDouble())
                .isCloseTo(556.2, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Csv.split(Files.readAllLines(directory.resolve("emissions.csv"))
                                .get(1))
                        .get(38))
                .isEqualTo("killed");
        assertThat(directory.resolve("prov/golden_killed/prov_golden_GR0_killed.json"))
                .exists();
        assertThat(ReportTestCases.read(directory.resolve("report.html"))).contains("never closed");

        out.reset();
        assertThat(ReportMain.run(new String[] {"finish", directory.toString()}, new PrintStream(out), System.err))
                .isZero();
        assertThat(out.toString()).contains("finished 0 runs");
        assertThat(Files.readAllLines(directory.resolve("emissions.csv"))).hasSize(2);
    }

    private static void parseXml(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }
}
