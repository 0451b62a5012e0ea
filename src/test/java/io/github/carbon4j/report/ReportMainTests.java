package io.github.carbon4j.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.carbon4j.CarbonMetrics;
import io.github.carbon4j.Component;
import io.github.carbon4j.ComponentEnergies;
import io.github.carbon4j.Energy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, with its exit status returned instead of exiting. */
class ReportMainTests {

    @TempDir
    Path directory;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ReportMain.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void htmlMergesTheShardsOfACiJob() throws IOException {
        Path shard1 = directory.resolve("shard-1");
        Path shard2 = directory.resolve("shard-2");
        Path merged = directory.resolve("merged");
        ReportTestCases.writeGoldenRun(shard1, "run-1");
        ReportTestCases.writeGoldenRun(shard2, "run-2");

        assertThat(run("html", "--out", merged.toString(), shard1.toString(), shard2.toString()))
                .isZero();

        var summary =
                ReportTestCases.MAPPER.readTree(merged.resolve("summary.json").toFile());
        assertThat(summary.get("runs")).hasSize(2);
        assertThat(summary.get("steps").get("count").asLong()).isEqualTo(22);
        // each run: 45 W for 10.8 s from start to close, PUE 1.2; its steps cover 10.3 s of it
        assertThat(summary.get("totals").get("energyConsumedJoules").asDouble()).isCloseTo(2 * 583.2, within());
        assertThat(summary.get("steps").get("energyConsumedJoules").asDouble()).isCloseTo(2 * 556.2, within());
        assertThat(ReportTestCases.read(merged.resolve("report.html"))).contains("2 runs");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("2 runs, 22 steps");
    }

    @Test
    void htmlWritesIntoTheFirstDirectoryByDefault() throws IOException {
        ReportTestCases.writeGoldenRun(directory, "run-1");
        Files.delete(directory.resolve("report.html"));

        assertThat(run("html", directory.toString())).isZero();

        assertThat(directory.resolve("report.html")).exists();
    }

    @Test
    void summaryPrintsTheTotalsPerContext() {
        ReportTestCases.writeGoldenRun(directory, "run-1");

        assertThat(run("summary", directory.toString())).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("1 runs, 10.8 s run time, 11 steps, 10.3 s logged")
                .contains("energy 583.2 J (cpu 432 J, gpu 0 J, ram 54 J), estimated")
                .contains("emissions 9.072 mgCO2eq, rate 840 µgCO2eq/s over the run time")
                .contains("SCI 51.85 mgCO2eq = 9.072 mgCO2eq operational + 42.78 mgCO2eq embodied")
                .containsPattern("Training\\s+5 steps\\s+405 J\\s+6.3 mgCO2eq");
    }

    @Test
    void aMissingDirectoryExitsWithTwoNamingIt() {
        Path missing = directory.resolve("nope");

        assertThat(run("summary", missing.toString())).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains(missing + ": not a directory");
    }

    @Test
    void aMalformedRowExitsWithTwoNamingFileAndLine() throws IOException {
        ReportTestCases.writeGoldenRun(directory, "run-1");
        Path steps = directory.resolve("steps-run-1.csv");
        var lines = new java.util.ArrayList<>(Files.readAllLines(steps));
        lines.set(3, lines.get(3).replace(",golden,run-1,Training,1,1.25,", ",golden,run-1,Training,one,1.25,"));
        Files.write(steps, lines);
        Files.delete(directory.resolve("summary-run-1.json")); // a killed run: read from its steps file

        assertThat(run("html", directory.toString())).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains(steps + ":4: not a carbon4j step row");
    }

    @Test
    void aForeignCsvExitsWithTwoNamingItsHeader() throws IOException {
        Path steps = directory.resolve("steps-foreign.csv");
        Files.writeString(steps, "a,b,c\n1,2,3\n");

        assertThat(run("summary", directory.toString())).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains(steps + ":1: not a carbon4j steps file");
    }

    @Test
    void aBrokenRunFileExitsWithTwoNamingIt() throws IOException {
        Path run = directory.resolve("run-x.json");
        Files.writeString(run, "{\"runId\": 3}");
        Files.writeString(directory.resolve("steps-x.csv"), StepCsv.HEADER);

        assertThat(run("summary", directory.toString())).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains(run + ": not a carbon4j run file");
    }

    /** A killed run (no run summary) whose steps file has one row changed by the function. */
    private Path killedRunWith(java.util.function.UnaryOperator<java.util.List<String>> change) throws IOException {
        ReportTestCases.writeGoldenRun(directory, "run-1");
        Files.delete(directory.resolve("summary-run-1.json"));
        Path steps = directory.resolve("steps-run-1.csv");
        java.util.List<String> lines = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(steps)) {
            lines.add(line);
        }
        Files.write(steps, change.apply(lines));
        return steps;
    }

    /** The row as carbon4j would write it with that CPU energy: every derived column agrees. */
    private static String withCpuEnergy(String line, double joules) {
        StepRow row = StepCsv.parse(Path.of("steps.csv"), 1, line);
        CarbonMetrics m = row.metrics();
        ComponentEnergies.Builder energies = ComponentEnergies.builder();
        for (Component c : Component.values()) {
            energies.put(c, c == Component.CPU ? Energy.ofJoules(joules) : m.energy(c), m.method(c));
        }
        CarbonMetrics changed =
                ReportTestCases.rebuilt(m, m.context(), energies.build(), m.intensity(), m.intensitySource());
        return StepCsv.format(new StepRow(row.experiment(), row.runId(), changed, row.name()))
                .trim();
    }

    private static String setField(String line, String column, String value) {
        java.util.List<String> fields = new java.util.ArrayList<>(Csv.split(line));
        fields.set(ReportNames.STEP_COLUMNS.indexOf(column), value);
        return Csv.line(fields).trim();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(
            delimiter = '|',
            value = {
                "pue|NaN|pue must be a finite number >= 0, got \"NaN\"",
                "pue|-3|pue must be a finite number >= 0, got \"-3\"",
                "pue|0.5|pue must be at least 1, got 0.5",
                "timestamp|+1000000000-12-31T23:59:59.999999999Z|\"timestamp\" is out of range (1970 to 9999)",
                "emissions.g|Infinity|emissions.g must be a finite number >= 0"
            })
    void valuesThatParseButNoRunCanHaveExitWithTwoNamingFileAndLine(String column, String value, String problem)
            throws IOException {
        Path steps = killedRunWith(lines -> {
            lines.set(4, setField(lines.get(4), column, value));
            return lines;
        });

        assertThat(run("summary", directory.toString())).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains(steps + ":5: not a carbon4j step row: " + problem)
                .doesNotContain("\tat ");
    }

    @Test
    void sumsThatOverflowExitWithTwoNamingTheRow() throws IOException {
        Path steps = killedRunWith(lines -> {
            for (int i = 1; i < lines.size(); i++) {
                // Each row's figures are finite (its shortest step lasts 0.3 s); the sums of two rows are not.
                lines.set(i, withCpuEnergy(lines.get(i), Double.MAX_VALUE / 4));
            }
            return lines;
        });

        assertThat(run("html", directory.toString())).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains(steps + ":3: the run's sums overflow with this row");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"NaN", "-5", "\"abc\"", "null", "1e400", "0.5"})
    void aRunFileWithAnInvalidPueExitsWithTwoNamingIt(String pue) throws IOException {
        ReportTestCases.writeGoldenRun(directory, "run-1");
        Files.delete(directory.resolve("summary-run-1.json"));
        Path run = directory.resolve("run-run-1.json");
        Files.writeString(run, Files.readString(run).replaceFirst("\"pue\" : 1.2", "\"pue\" : " + pue));

        assertThat(run("summary", directory.toString())).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains(run + ": not a carbon4j run file");
    }

    @Test
    void aRunSummaryWithInvalidFiguresExitsWithTwoNamingIt() throws IOException {
        ReportTestCases.writeGoldenRun(directory, "run-1");
        Path summary = directory.resolve("summary-run-1.json");
        Files.writeString(summary, Files.readString(summary).replace("\"seconds\" : 10.8", "\"seconds\" : -1"));

        assertThat(run("summary", directory.toString())).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains(summary + ": not a carbon4j summary: runs[0]: "
                        + "\"seconds\" must be a finite number >= 0, got -1");
    }

    @Test
    void aDirectoryWrittenByTheFirstVersionIsReadFromItsStepsFiles() throws IOException {
        ReportTestCases.writeGoldenRun(directory, "run-1");
        Files.writeString(
                directory.resolve("summary-run-1.json"), "{\"format\" : \"carbon4j-summary/1\", \"runs\" : []}");

        assertThat(run("summary", directory.toString())).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("1 runs, 10.3 s run time, 11 steps")
                .contains("energy 556.2 J")
                .contains("partly summed from steps")
                .doesNotContain("incomplete");
    }

    @Test
    void aRunSeenTwiceCountsOnce() throws IOException {
        Path copy = directory.resolve("copy");
        Path original = directory.resolve("out");
        ReportTestCases.writeGoldenRun(original, "run-1");
        Files.createDirectories(copy);
        try (var files = Files.list(original)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        Files.delete(copy.resolve("summary-run-1.json")); // the copy was taken while the run was going on

        assertThat(run("summary", original.toString(), copy.toString(), original.toString()))
                .isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("1 runs, 10.8 s run time, 11 steps");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("draw", "x")).isEqualTo(2);
        assertThat(run("html", "--out")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: ReportMain html");
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }
}
