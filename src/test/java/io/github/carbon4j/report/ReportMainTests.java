package io.github.carbon4j.report;

import static org.assertj.core.api.Assertions.assertThat;

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
        return ReportMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void htmlMergesTheShardsOfACiJob() throws IOException {
        Path shard1 = directory.resolve("shard-1");
        Path shard2 = directory.resolve("shard-2");
        Path merged = directory.resolve("merged");
        ReportTestCases.writeGoldenRun(shard1, "run-1");
        ReportTestCases.writeGoldenRun(shard2, "run-2");

        assertThat(run("html", "--out", merged.toString(), shard1.toString(), shard2.toString())).isZero();

        var summary = Json.MAPPER.readTree(merged.resolve("summary.json").toFile());
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
