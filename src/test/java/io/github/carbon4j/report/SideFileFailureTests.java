package io.github.carbon4j.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.carbon4j.CarbonLogger;
import io.github.carbon4j.CarbonMetrics;
import io.github.carbon4j.Context;
import io.github.carbon4j.MockClock;
import io.github.carbon4j.internal.Notices;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A side file that cannot be created or grow (a full disk) is dropped without costing a step: the
 * steps file keeps every row, and the metric files are written from it.
 */
class SideFileFailureTests {

    private static final int STEPS = 6;

    @TempDir
    Path directory;

    @Test
    void aSideFileThatCannotGrowIsDeletedAndTheStepsFileKeepsEveryRow() throws IOException {
        Path file = directory.resolve("steps-r.csv");
        FailingChannel[] side = new FailingChannel[1];
        List<StepRow> rows = rows();
        try (StepFile steps = StepFile.create(file, opener(path -> side[0] = FailingChannel.open(path)))) {
            for (int i = 0; i < STEPS; i++) {
                if (i == 3) {
                    side[0].failingWrites = 1;
                }
                steps.append(rows.get(i));
                assertThat(Files.exists(MetricValues.of(file)))
                        .as("side file after step " + i)
                        .isEqualTo(i < 3);
            }
        }
        metricFilesFromTheStepsFile(file, rows);
    }

    @Test
    void aSideFileThatCannotBeCreatedCostsNoStep() throws IOException {
        Path file = directory.resolve("steps-r.csv");
        List<StepRow> rows = rows();
        try (StepFile steps = StepFile.create(file, opener(path -> {
            throw new IOException("No space left on device");
        }))) {
            for (StepRow row : rows) {
                steps.append(row);
            }
        }
        metricFilesFromTheStepsFile(file, rows);
    }

    private void metricFilesFromTheStepsFile(Path file, List<StepRow> rows) throws IOException {
        assertThat(ReportTestCases.readSteps(file)).containsExactlyElementsOf(rows);
        assertThat(MetricValues.of(file)).doesNotExist();
        List<ProvDocument.MetricFile> files = MetricFiles.write(file, directory.resolve("m"), new Notices());
        assertThat(files).hasSize(2 * ProvFiles.METRICS.size());
        for (ProvDocument.MetricFile metric : files) {
            assertThat(Files.readAllLines(Path.of(metric.path()))).hasSize(1 + STEPS / 2);
        }
    }

    /** Opens the side file's channel. */
    private interface ValuesOpener {
        FileChannel open(Path path) throws IOException;
    }

    /** The steps file as always; the side file through the given opener, each record reserving its own bytes. */
    private static StepFile.Opener opener(ValuesOpener values) {
        return new StepFile.Opener() {
            @Override
            public FileChannel open(Path path) throws IOException {
                return StepFile.FILES.open(path);
            }

            @Override
            public int chunkBytes() {
                return 1;
            }

            @Override
            public FileChannel openValues(Path path) throws IOException {
                return values.open(path);
            }
        };
    }

    private List<StepRow> rows() {
        MockClock clock = new MockClock();
        List<StepRow> rows = new ArrayList<>();
        try (CarbonLogger logger = CarbonLogger.start(
                ReportTestCases.config(directory.resolve("logger"), clock, false), ReportTestCases.meters(clock))) {
            for (int i = 0; i < STEPS; i++) {
                clock.add(Duration.ofMillis(100 + i));
                CarbonMetrics m = logger.logCarbonMetrics(Context.of(i % 2 == 0 ? "Training" : "Validation"));
                rows.add(new StepRow("exp", "r", m));
            }
        }
        return rows;
    }
}
