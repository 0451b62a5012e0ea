package io.github.carbon4j.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.carbon4j.CarbonLogger;
import io.github.carbon4j.Context;
import io.github.carbon4j.MockClock;
import io.github.carbon4j.internal.Notices;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The metric files written from a run's side file are byte for byte those written from its steps
 * file, and a side file that is missing, torn or short is passed over for the steps file.
 */
class MetricValuesTests {

    private static final int STEPS = 25;

    @TempDir
    Path directory;

    /** A copy of a running logger's steps file and side file: what a killed JVM leaves. */
    private Path steps;

    private Path values;

    /** The running logger's side file, deleted once its close wrote the metric files. */
    private Path closedValues;

    @BeforeEach
    void logWhileCopying() throws IOException {
        Path run = directory.resolve("run");
        Path killed = Files.createDirectories(directory.resolve("killed"));
        MockClock clock = new MockClock();
        try (CarbonLogger logger =
                CarbonLogger.start(ReportTestCases.config(run, clock, true), ReportTestCases.meters(clock))) {
            List<Context> contexts = MetricValuesTestCases.contexts();
            Random random = new Random(12);
            for (int s = 0; s < STEPS; s++) {
                for (Context context : contexts) {
                    // Nanoseconds and empty steps: values of every length, and rates of zero.
                    clock.add(Duration.ofNanos(random.nextInt(5) == 0 ? 0 : random.nextInt(2_000_000_000)));
                    logger.logCarbonMetrics(context, s);
                }
            }
            Path running = run.resolve(ReportNames.stepsFile(logger.run().runId()));
            steps = Files.copy(running, killed.resolve(running.getFileName()));
            closedValues = MetricValues.of(running);
            values = Files.copy(closedValues, MetricValues.of(steps));
        }
    }

    @Test
    void theSideFileGivesTheFilesTheStepsFileGives() throws IOException {
        assertThat(Files.size(steps)).as("a running steps file ends in zeros").isGreaterThan(rowsEnd());
        MetricValuesReader side = MetricValuesReader.open(values, steps).orElseThrow();
        // The contexts found while checking the file are the ones a full read lists, in order of first step.
        MetricFiles.Source readAgain = side::read;
        assertThat(side.contexts()).isNotEmpty().isEqualTo(readAgain.contexts());

        Map<String, String> fromSide = write(steps, directory.resolve("side"));
        Map<String, String> fromSteps = fromSteps(directory.resolve("steps"));

        assertThat(fromSide).hasSize(fromSteps.size()).isEqualTo(fromSteps);
        assertThat(fromSteps.keySet()).hasSize(MetricValuesTestCases.STORED_CONTEXTS * ProvFiles.METRICS.size());
        assertThat(values).doesNotExist();
        assertThat(closedValues).doesNotExist();
        // And what the logger wrote when it closed, from its own side file.
        try (Stream<Path> runs = Files.list(directory.resolve("run/prov"))) {
            Path closed = runs.findFirst().orElseThrow().resolve("metrics_GR0");
            assertThat(ReportTestCases.contents(closed)).isEqualTo(fromSteps);
        }
    }

    @Test
    void aStepHoldsEachMetricOfTheFiles() {
        assertThat(MetricValues.METRICS).isEqualTo(ProvFiles.METRICS.size());
    }

    @Test
    void aMissingSideFileFallsBackToTheStepsFile() throws IOException {
        Files.delete(values);
        assertThat(write(steps, directory.resolve("side"))).isEqualTo(fromSteps(directory.resolve("steps")));
    }

    @Test
    void aSideFileWithoutItsLastStepFallsBack() throws IOException {
        long size = recordsEnd();
        // The tag goes in last: a step cut short by a killed JVM has none.
        overwrite(size - MetricValues.STEP_BYTES, new byte[4]);
        assertThat(MetricValuesReader.open(values, steps)).isEmpty();
        try (FileChannel channel = FileChannel.open(values, StandardOpenOption.WRITE)) {
            channel.truncate(size - MetricValues.STEP_BYTES / 2);
        }
        assertThat(MetricValuesReader.open(values, steps)).isEmpty();
        assertThat(write(steps, directory.resolve("side"))).isEqualTo(fromSteps(directory.resolve("steps")));
    }

    @Test
    void aForeignOrScrambledSideFileFallsBack() throws IOException {
        overwrite(MetricValues.HEADER, new byte[] {0, 0, 0, 99});
        assertThat(MetricValuesReader.open(values, steps))
                .as("a step of a context never named")
                .isEmpty();
        overwrite(0, "not ours".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(MetricValuesReader.open(values, steps)).isEmpty();
        assertThat(write(steps, directory.resolve("side"))).isEqualTo(fromSteps(directory.resolve("steps")));
    }

    @Test
    void aStepsFileWithRowsAfterTheSideFilesLastFallsBack() throws IOException {
        // A JVM killed between a row and its values, or a side file that failed earlier.
        long end = rowsEnd();
        overwrite(steps, end, "x\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(MetricValuesReader.rowsEndAt(steps, end)).isFalse();
        assertThat(MetricValuesReader.open(values, steps)).isEmpty();
    }

    /** Where the side file's records end, before the zeros of its last chunk. */
    private long recordsEnd() throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(values));
        int at = MetricValues.HEADER;
        for (int tag; at < bytes.limit() && (tag = bytes.getInt(at)) != 0; ) {
            at += tag < 0 ? Integer.BYTES - tag - 1 : MetricValues.STEP_BYTES;
        }
        assertThat(at).isLessThan(bytes.limit());
        return at;
    }

    private long rowsEnd() throws IOException {
        byte[] bytes = Files.readAllBytes(steps);
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] == 0) {
            end--;
        }
        return end;
    }

    private Map<String, String> fromSteps(Path into) throws IOException {
        MetricFiles.write(MetricFiles.steps(steps, new Notices()), Files.createDirectories(into));
        return ReportTestCases.contents(into);
    }

    private static Map<String, String> write(Path steps, Path into) throws IOException {
        List<ProvDocument.MetricFile> files = MetricFiles.write(steps, into, new Notices());
        List<String> listed = new ArrayList<>();
        for (ProvDocument.MetricFile file : files) {
            assertThat(file.size()).isEqualTo(Files.size(Path.of(file.path())));
            listed.add(Path.of(file.path()).getFileName().toString());
        }
        Map<String, String> contents = ReportTestCases.contents(into);
        assertThat(listed).containsExactlyInAnyOrderElementsOf(contents.keySet());
        return contents;
    }

    private void overwrite(long at, byte[] bytes) throws IOException {
        overwrite(values, at, bytes);
    }

    private static void overwrite(Path file, long at, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(bytes), at);
        }
    }

    /** Contexts whose names the steps file quotes, flattens or guards. */
    static final class MetricValuesTestCases {

        /**
         * The contexts below as the steps file reads them back: a line break flattens to a space and a lone
         * surrogate to '?', so each of those pairs is one.
         */
        static final int STORED_CONTEXTS = MetricFiles.OPEN_CONTEXTS + 6;

        private MetricValuesTestCases() {}

        static List<Context> contexts() {
            List<Context> contexts = new ArrayList<>();
            for (int c = 0; c < MetricFiles.OPEN_CONTEXTS; c++) {
                contexts.add(Context.of("c/" + c));
            }
            contexts.add(Context.of(ReportTestCases.WEIRD));
            contexts.add(Context.of("two\nlines"));
            contexts.add(Context.of("two lines"));
            contexts.add(Context.of("=SUM(A1)"));
            contexts.add(Context.of("été ✓ 日本"));
            contexts.add(Context.of("half \uD83D pair"));
            contexts.add(Context.of("half ? pair"));
            // Longer than the smallest buffer the side file's reader takes (it takes one as long as the file).
            contexts.add(Context.of("long " + "x".repeat(9_000)));
            return contexts;
        }
    }
}
