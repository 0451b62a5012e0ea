package io.github.carbon4j.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.carbon4j.CarbonLogger;
import io.github.carbon4j.Context;
import io.github.carbon4j.MockClock;
import io.github.carbon4j.internal.Notices;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The metric files are streamed from the steps file, in batches of open contexts, and hold every step. */
class MetricFilesTests {

    private static final int CONTEXTS = MetricFiles.OPEN_CONTEXTS * 2 + 3;
    private static final int STEPS = 7;

    @TempDir
    Path directory;

    @Test
    void moreContextsThanOpenFilesAreWrittenInBatchesWithEveryStep() throws IOException {
        MockClock clock = new MockClock();
        Path steps;
        try (CarbonLogger logger =
                CarbonLogger.start(ReportTestCases.config(directory, clock, true), ReportTestCases.meters(clock))) {
            for (int s = 0; s < STEPS; s++) {
                for (int c = 0; c < CONTEXTS; c++) {
                    clock.add(Duration.ofMillis(100 + c));
                    logger.logCarbonMetrics(Context.of("c/" + c), s);
                }
            }
            steps = directory.resolve(ReportNames.stepsFile(logger.run().runId()));
        }
        Path metrics = directory.resolve("out");
        List<ProvDocument.MetricFile> files = MetricFiles.write(steps, metrics.resolve("m"), new Notices());

        assertThat(files).hasSize(CONTEXTS * ProvFiles.METRICS.size());
        assertThat(files.stream().map(ProvDocument.MetricFile::context).distinct())
                .containsExactlyElementsOf(Stream.iterate(0, c -> c + 1)
                        .limit(CONTEXTS)
                        .map(c -> "c/" + c)
                        .toList());
        try (Stream<Path> left = Files.list(metrics.resolve("m"))) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .hasSize(files.size())
                    .noneMatch(n -> n.endsWith(".tmp"));
        }
        // From first principles: context c's steps last (100 + c) ms at 40 W CPU and 5 W RAM, PUE 1.2.
        for (int c : new int[] {0, MetricFiles.OPEN_CONTEXTS, CONTEXTS - 1}) {
            String name = "c/" + c;
            ProvDocument.MetricFile file = files.stream()
                    .filter(f -> f.context().equals(name) && f.metric().equals("energy_consumed"))
                    .findFirst()
                    .orElseThrow();
            List<String> lines = Files.readAllLines(Path.of(file.path()));
            assertThat(lines).hasSize(1 + STEPS);
            assertThat(Csv.split(lines.get(0))).containsExactly("energy_consumed", name, "carbon4j");
            for (int s = 0; s < STEPS; s++) {
                List<String> row = Csv.split(lines.get(1 + s));
                assertThat(row.get(0)).isEqualTo(Integer.toString(s));
                assertThat(Double.parseDouble(row.get(1)))
                        .isCloseTo(45 * 1.2 * (100 + c) / 1000.0, org.assertj.core.api.Assertions.within(1e-9));
            }
            assertThat(file.size()).isEqualTo(Files.size(Path.of(file.path())));
        }
    }

    @Test
    void aLongRunWritesItsMetricFilesBesideItsPageWithEveryStep() throws IOException {
        // A steps file past FileReporter.LONG_RUN_BYTES: the PROV files and the page are written on two threads.
        MockClock clock = new MockClock();
        int steps = 9_000;
        Path run = directory.resolve("long");
        Path stepsFile;
        try (CarbonLogger logger =
                CarbonLogger.start(ReportTestCases.config(run, clock, true), ReportTestCases.meters(clock))) {
            for (int s = 0; s < steps; s++) {
                for (int c = 0; c < 3; c++) {
                    clock.add(Duration.ofMillis(100 + c));
                    logger.logCarbonMetrics(Context.of("c/" + c), s);
                }
            }
            stepsFile = run.resolve(ReportNames.stepsFile(logger.run().runId()));
        }
        assertThat(Files.size(stepsFile)).isGreaterThanOrEqualTo(FileReporter.LONG_RUN_BYTES);
        Path metrics;
        try (Stream<Path> runs = Files.list(run.resolve("prov"))) {
            metrics = runs.findFirst().orElseThrow().resolve("metrics_GR0");
        }
        try (Stream<Path> files = Files.list(metrics)) {
            List<Path> all = files.toList();
            assertThat(all).hasSize(3 * ProvFiles.METRICS.size());
            for (Path file : all) {
                try (Stream<String> lines = Files.lines(file)) {
                    assertThat(lines.count()).as(file.toString()).isEqualTo(1 + steps);
                }
            }
        }
        assertThat(Files.readAllLines(run.resolve(ReportNames.EMISSIONS_CSV))).hasSize(2);
        assertThat(Files.readString(run.resolve("report.html"))).contains("c/2");
    }

    @Test
    void aMissingStepsFileGivesNoFiles() throws IOException {
        assertThat(MetricFiles.write(directory.resolve("none.csv"), directory.resolve("m"), new Notices()))
                .isEmpty();
    }
}
