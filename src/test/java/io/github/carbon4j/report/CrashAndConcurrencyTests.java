package io.github.carbon4j.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.carbon4j.internal.Notices;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real JVMs: one killed with SIGKILL while logging, several writing into one directory at once. */
class CrashAndConcurrencyTests {

    @TempDir
    Path directory;

    @Test
    void aKilledJvmKeepsEveryStepItLogged() throws Exception {
        Path log = directory.resolve("child.log");
        Path out = Files.createDirectories(directory.resolve("out"));
        Process child = ChildJvm.start(out, -1, 0, 0, log);
        long printed = waitForStep(child, log, 300);

        child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no close()
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        long lastPrinted = lastLogged(log);

        Path stepsFile = onlyStepsFile(out);
        List<StepRow> rows = ReportTestCases.readSteps(stepsFile);
        // every step the child printed had returned from logCarbonMetrics, so its row is there
        assertThat(lastPrinted).isGreaterThanOrEqualTo(printed);
        assertThat(rows.size()).isGreaterThanOrEqualTo((int) lastPrinted + 1);
        assertThat(rows)
                .extracting(
                        r -> r.metrics().context().name() + "#" + r.metrics().step())
                .startsWith(expectedSteps(lastPrinted + 1).toArray(String[]::new));
        String text = Files.readString(stepsFile);
        long completeLines = text.chars().filter(c -> c == '\n').count();
        assertThat(completeLines).isEqualTo(rows.size() + 1);
        // The rows were stored into a mapped chunk: its zeros follow them, and readers stopped there.
        assertThat(text.length()).isGreaterThan(text.lastIndexOf('\n') + 1);
        assertThat(text).endsWith("\0");
        // killed before close: no run summary, and the directory still rebuilds
        assertThat(out.resolve("summary-" + rows.get(0).runId() + ".json")).doesNotExist();
        assertThat(ReportMain.run(new String[] {"html", out.toString()}, System.out, System.err))
                .isZero();
        var summary =
                ReportTestCases.MAPPER.readTree(out.resolve("summary.json").toFile());
        assertThat(summary.get("steps").get("count").asLong()).isEqualTo(rows.size());
        assertThat(summary.get("complete").asBoolean()).isFalse();
        assertThat(summary.get("runs").get(0).get("incomplete").asText()).startsWith("never closed");
        assertThat(ReportMain.run(new String[] {"finish", out.toString()}, System.out, System.err))
                .isZero();
        var finished = ReportTestCases.MAPPER.readTree(
                out.resolve("summary-" + rows.get(0).runId() + ".json").toFile());
        assertThat(finished.get("steps").get("count").asLong()).isEqualTo(rows.size());
        metricFilesAsFromTheStepsFile(out, stepsFile);
    }

    /** What finish wrote from the killed run's side file (or its steps file) is what the steps file gives. */
    private void metricFilesAsFromTheStepsFile(Path out, Path stepsFile) throws IOException {
        assertThat(MetricValues.of(stepsFile)).doesNotExist();
        Path fromSteps = directory.resolve("from-steps");
        MetricFiles.write(MetricFiles.steps(stepsFile, new Notices()), Files.createDirectories(fromSteps));
        Path written;
        try (var runs = Files.list(out.resolve(ReportNames.PROV_DIRECTORY))) {
            written = runs.findFirst().orElseThrow().resolve("metrics_GR0");
        }
        try (var expected = Files.list(fromSteps)) {
            List<Path> files = expected.toList();
            assertThat(files).hasSize(2 * ProvFiles.METRICS.size());
            for (Path file : files) {
                assertThat(written.resolve(file.getFileName())).hasSameBinaryContentAs(file);
            }
        }
    }

    @Test
    void severalJvmsShareOneDirectory() throws Exception {
        int jvms = 3;
        int steps = 60;
        long startAt = System.currentTimeMillis() + 1500;
        List<Process> children = new ArrayList<>();
        for (int i = 0; i < jvms; i++) {
            children.add(ChildJvm.start(directory, steps, 1, startAt, directory.resolve("child-" + i + ".log")));
        }
        for (int i = 0; i < jvms; i++) {
            assertThat(children.get(i).waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(children.get(i).exitValue())
                    .as(ReportTestCases.read(directory.resolve("child-" + i + ".log")))
                    .isZero();
        }

        Summary data = ReportDirectory.read(List.of(directory), new Notices());
        assertThat(data.runs()).hasSize(jvms);
        List<StepRow> all = new ArrayList<>();
        try (var files = Files.list(directory)) {
            files.filter(p -> p.getFileName().toString().startsWith("steps-"))
                    .sorted()
                    .forEach(p -> all.addAll(ReportTestCases.readSteps(p)));
        }
        Map<String, List<StepRow>> byRun = all.stream().collect(Collectors.groupingBy(StepRow::runId));
        assertThat(byRun)
                .hasSize(jvms)
                .allSatisfy((run, rows) -> assertThat(rows)
                        .extracting(r ->
                                r.metrics().context().name() + "#" + r.metrics().step())
                        .containsExactlyInAnyOrderElementsOf(expectedSteps(steps)));
        List<String> emissions = Files.readAllLines(directory.resolve("emissions.csv"));
        assertThat(emissions).hasSize(1 + jvms);
        assertThat(emissions.get(0) + "\n").isEqualTo(EmissionsCsv.HEADER);
        assertThat(emissions.subList(1, emissions.size()))
                .allSatisfy(line -> assertThat(Csv.split(line)).hasSize(ReportNames.EMISSIONS_FILE_COLUMNS.size()))
                .extracting(line -> Csv.split(line).get(2))
                .containsExactlyInAnyOrderElementsOf(byRun.keySet());
        var summary = ReportTestCases.MAPPER.readTree(
                directory.resolve("summary.json").toFile());
        assertThat(summary.get("steps").get("count").asLong()).isEqualTo((long) jvms * steps);
        assertThat(summary.get("runs")).hasSize(jvms);
        String html = ReportTestCases.read(directory.resolve("report.html"));
        assertThat(html).contains(jvms + " runs");
        try (var files = Files.list(directory)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    /** child.Eval takes every third step from 0, child.Train the others, each counting from 0. */
    private static List<String> expectedSteps(long count) {
        long[] next = new long[2];
        return LongStream.range(0, count)
                .mapToObj(i -> {
                    int c = i % 3 == 0 ? 0 : 1;
                    return (c == 0 ? "child.Eval" : "child.Train") + "#" + next[c]++;
                })
                .toList();
    }

    private static long waitForStep(Process child, Path log, long step) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            long last = lastLogged(log);
            if (last >= step) {
                return last;
            }
            assertThat(child.isAlive())
                    .as("child exited early: %s", ReportTestCases.read(log))
                    .isTrue();
            Thread.sleep(5);
        }
        throw new AssertionError("child did not log " + step + " steps in 60 s: " + ReportTestCases.read(log));
    }

    private static long lastLogged(Path log) throws IOException {
        if (!Files.exists(log)) {
            return -1;
        }
        long last = -1;
        for (String line : Files.readAllLines(log)) {
            if (line.startsWith("logged ")) {
                try {
                    last = Long.parseLong(line.substring(7).trim());
                } catch (NumberFormatException e) {
                    // the child is still writing this line
                }
            }
        }
        return last;
    }

    private static Path onlyStepsFile(Path out) throws IOException {
        try (var files = Files.list(out)) {
            List<Path> steps = files.filter(p -> p.getFileName().toString().startsWith("steps-"))
                    .filter(p -> p.getFileName().toString().endsWith(".csv"))
                    .toList();
            assertThat(steps).hasSize(1);
            return steps.get(0);
        }
    }
}
