package io.github.carbon4j.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.carbon4j.CarbonIntensity;
import io.github.carbon4j.CarbonLogger;
import io.github.carbon4j.CarbonMetrics;
import io.github.carbon4j.Component;
import io.github.carbon4j.ComponentEnergies;
import io.github.carbon4j.Context;
import io.github.carbon4j.MeasurementMethod;
import io.github.carbon4j.MockClock;
import io.github.carbon4j.internal.Notices;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mapped steps file: rows in reserved zero-filled chunks, the file cut to its rows at close,
 * readers that stop at the zeros a killed JVM leaves, and disks that fill up.
 */
class StepFileTests {

    @TempDir
    Path directory;

    @Test
    void rowsGoIntoAReservedChunkThatReadersSeeAndCloseCutsTheFileToThem() throws IOException {
        Path file = directory.resolve("steps-r.csv");
        List<StepRow> rows = rows(5);
        StringBuilder expected = new StringBuilder(StepCsv.HEADER);
        try (StepFile steps = StepFile.create(file)) {
            for (StepRow row : rows) {
                steps.append(row);
                expected.append(StepCsv.format(row));
            }
            // While the run goes on (or after a kill): the chunk's zeros follow the rows, readers stop there.
            assertThat(Files.size(file)).isEqualTo(StepCsv.HEADER.length() + MappedAppender.FIRST_CHUNK);
            assertThat(ReportTestCases.readSteps(file)).containsExactlyElementsOf(rows);
        }
        assertThat(Files.readString(file)).isEqualTo(expected.toString());
        assertThat(ReportTestCases.readSteps(file)).containsExactlyElementsOf(rows);
    }

    @Test
    void eachChunkIsAsLongAsTheFileFromTheFirstChunkUpToTheLargest() throws IOException {
        Path file = directory.resolve("steps-r.csv");
        FailingChannel[] channel = new FailingChannel[1];
        int largest = 256 * 1024;
        List<Long> growths = new ArrayList<>();
        try (StepFile steps = StepFile.create(file, FailingChannel.opener(channel, largest))) {
            long end = StepCsv.HEADER.length();
            long size = Files.size(file);
            for (StepRow row : rows(2_000)) {
                steps.append(row);
                int n = StepCsv.format(row).getBytes(StandardCharsets.UTF_8).length;
                if (Files.size(file) != size) {
                    // The file had no room for the row: it grew to the records, then a chunk or the row.
                    long chunk = Math.min(largest, Math.max(MappedAppender.FIRST_CHUNK, end));
                    assertThat(Files.size(file)).as("growth at %d bytes", end).isEqualTo(end + Math.max(chunk, n));
                    size = Files.size(file);
                    growths.add(chunk);
                }
                end += n;
            }
        }
        // 64 KB for a short run, then about doubling the file each time, up to the largest chunk.
        assertThat(growths.get(0)).isEqualTo(MappedAppender.FIRST_CHUNK);
        assertThat(growths).isSorted().endsWith((long) largest, (long) largest).hasSizeGreaterThan(4);
    }

    @Test
    void aFileLargerThanAChunkGrowsChunkByChunk() throws IOException {
        Path file = directory.resolve("steps-r.csv");
        FailingChannel[] channel = new FailingChannel[1];
        List<StepRow> rows = rows(40);
        try (StepFile steps = StepFile.create(file, FailingChannel.opener(channel, 1000))) {
            for (StepRow row : rows) {
                steps.append(row);
            }
        }
        assertThat(ReportTestCases.readSteps(file)).containsExactlyElementsOf(rows);
        assertThat(Files.readString(file)).doesNotContain("\0").endsWith("\n");
    }

    @Test
    void aReservationCutHalfWayCostsOnlyItsStep() throws IOException {
        Path file = directory.resolve("steps-r.csv");
        FailingChannel[] channel = new FailingChannel[1];
        List<StepRow> rows = rows(4);
        try (StepFile steps = StepFile.create(file, FailingChannel.opener(channel))) {
            steps.append(rows.get(0));
            channel[0].failingWrites = 1;
            channel[0].bytesBeforeFailure = 40;
            assertThatThrownBy(() -> steps.append(rows.get(1))).hasMessageContaining("No space left on device");
            steps.append(rows.get(2));
            steps.append(rows.get(3));
        }
        assertThat(Files.readString(file))
                .isEqualTo(StepCsv.HEADER
                        + StepCsv.format(rows.get(0))
                        + StepCsv.format(rows.get(2))
                        + StepCsv.format(rows.get(3)));
    }

    @Test
    void onANearlyFullDiskARowStillGoesInWhereAChunkDoesNot() throws IOException {
        Path file = directory.resolve("steps-r.csv");
        FailingChannel[] channel = new FailingChannel[1];
        List<StepRow> rows = rows(3);
        try (StepFile steps = StepFile.create(file, FailingChannel.opener(channel, 1 << 16))) {
            channel[0].failingWrites = 1; // the chunk: the row's own few hundred bytes are written then
            channel[0].bytesBeforeFailure = 4096;
            steps.append(rows.get(0));
            assertThat(Files.size(file)).isLessThan(1024);
            steps.append(rows.get(1));
            steps.append(rows.get(2));
        }
        assertThat(ReportTestCases.readSteps(file)).containsExactlyElementsOf(rows);
    }

    @Test
    void whereTheCutAtCloseFailsReadersStopAtTheZeros() throws IOException {
        Path file = directory.resolve("steps-r.csv");
        FailingChannel[] channel = new FailingChannel[1];
        List<StepRow> rows = rows(3);
        StepFile steps = StepFile.create(file, FailingChannel.opener(channel, StepFile.CHUNK));
        for (StepRow row : rows) {
            steps.append(row);
        }
        channel[0].failTruncate = true;
        assertThatThrownBy(steps::close).isInstanceOf(IOException.class);

        assertThat(Files.readString(file)).contains("\n\0\0\0").endsWith("\0");
        assertThat(ReportTestCases.readSteps(file)).containsExactlyElementsOf(rows);
    }

    @Test
    void readersKeepNulsInsideRowsAndSkipTornRowsAndTheZeroTail() {
        List<StepRow> rows = rows(3);
        StepRow nul = new StepRow("e", "r", rows.get(1).metrics(), "id\0with nul", "shown \0");
        String torn = StepCsv.format(rows.get(0)).substring(0, 60);
        String text = StepCsv.HEADER + StepCsv.format(rows.get(0)) + torn + "\n" + StepCsv.format(nul)
                + StepCsv.format(rows.get(2)).substring(0, 30) + "\0".repeat(5000);
        Path file = directory.resolve("steps-x.csv");

        Notices notices = new Notices();
        assertThat(StepCsvTests.parseSteps(file, text, notices)).containsExactly(rows.get(0), nul);
        assertThat(notices.issued()).containsExactly("skipped a torn row at " + file + ":3 (cut by a failed write)");
        assertThat(StepCsvTests.parseSteps(file, StepCsv.HEADER + "\0".repeat(10)))
                .isEmpty();
    }

    @Test
    void displayNamesReadBackAndFilesWithoutTheColumnStillRead() {
        StepRow row = new StepRow(
                "e",
                "r",
                rows(1).get(0).metrics(),
                "[engine:junit-jupiter]/[method:add(int, int)]",
                "add(int, int) 1 + 1 = 2");
        String line = StepCsv.format(row);
        assertThat(StepCsvTests.parseSteps(Path.of("steps-x.csv"), StepCsv.HEADER + line))
                .containsExactly(row);

        List<String> fields = Csv.split(line.trim());
        String named = Csv.line(fields.subList(0, ReportNames.STEP_COLUMNS_NAMED.size()));
        assertThat(StepCsvTests.parseSteps(Path.of("steps-x.csv"), StepCsv.HEADER_NAMED + named))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.name()).isEqualTo(row.name());
                    assertThat(r.displayName()).isEmpty();
                });
        assertThat(line).endsWith(",\"[engine:junit-jupiter]/[method:add(int, int)]\",\"add(int, int) 1 + 1 = 2\"\n");
    }

    @Test
    void appendingARowAllocatesNothing() throws IOException {
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        StepRow plain = rows(1).get(0);
        StepRow named = new StepRow(
                "exp",
                "run-1",
                plain.metrics(),
                "[engine:junit-jupiter]/[method:adds()]",
                "adds 1 × 2 → 2, \"quoted\"");
        try (StepFile steps = StepFile.create(directory.resolve("steps-r.csv"))) {
            for (int i = 0; i < 2_000; i++) {
                steps.append(i % 2 == 0 ? plain : named); // the JIT compiles the path
            }
            long before = threads.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < 2_000; i++) {
                steps.append(i % 2 == 0 ? plain : named);
            }
            long allocated = threads.getCurrentThreadAllocatedBytes() - before;
            // Java 17's Double.toString alone took about 1.4 KB a row; a new chunk's mapping takes a few hundred bytes.
            assertThat(allocated).isLessThan(2_000);
        }
    }

    @Test
    void rowsWhoseMethodsOrSourceChangeFromStepToStepAreWrittenAsTheyFormat() throws IOException {
        // The middle columns are kept encoded from the step before (MethodColumns): each change must show,
        // of a method, of the intensity's source and of the intensity itself (a live intensity changes).
        Path file = directory.resolve("steps-r.csv");
        CarbonMetrics base = rows(1).get(0).metrics();
        MeasurementMethod tdp = new MeasurementMethod(MeasurementMethod.Kind.ESTIMATED, "TDP model", "2 CPUs × 4 W");
        MeasurementMethod rapl =
                new MeasurementMethod(MeasurementMethod.Kind.MEASURED, "RAPL", "package-0, \"quoted\"");
        List<StepRow> rows = List.of(
                row(base, tdp, "grid of FRA"),
                row(base, tdp, "grid of FRA"),
                row(base, rapl, "grid of FRA"),
                row(base, rapl, new String("grid of FRA")), // equal, not the same instance
                row(base, rapl, "grid of DEU"),
                row(base, tdp, "grid of FRA"),
                row(withIntensity(base, 300), tdp, "grid of FRA"),
                row(withIntensity(base, 301.5), tdp, "grid of FRA"));
        StringBuilder expected = new StringBuilder(StepCsv.HEADER);
        try (StepFile steps = StepFile.create(file)) {
            for (StepRow row : rows) {
                steps.append(row);
                expected.append(StepCsv.format(row));
            }
        }
        assertThat(Files.readString(file)).isEqualTo(expected.toString());
        assertThat(ReportTestCases.readSteps(file)).containsExactlyElementsOf(rows);
    }

    @Test
    void rowsWhoseExperimentRunOrContextChangeFromStepToStepAreWrittenAsTheyFormat() throws IOException {
        // The experiment, run id and context columns are kept encoded from the step before (IdentityColumns):
        // each change must show, quoted where a CSV field needs it, and equal strings that are other objects too.
        Path file = directory.resolve("steps-r.csv");
        List<StepRow> base = rows(4);
        List<StepRow> rows = List.of(
                base.get(0),
                base.get(2),
                base.get(1),
                new StepRow("exp, \"b\"", "run-1", base.get(1).metrics(), "", ""),
                new StepRow("exp", new String("run-1"), base.get(3).metrics(), "", ""),
                new StepRow("exp", "run-2", base.get(3).metrics(), "", ""),
                new StepRow(
                        "=exp",
                        "run-2",
                        ReportTestCases.withContext(base.get(3).metrics(), "Line\nbreak, and comma"),
                        "",
                        ""),
                new StepRow("=exp", "run-2", base.get(0).metrics(), "", ""));
        StringBuilder expected = new StringBuilder(StepCsv.HEADER);
        try (StepFile steps = StepFile.create(file)) {
            for (StepRow row : rows) {
                steps.append(row);
                expected.append(StepCsv.format(row));
            }
        }
        assertThat(Files.readString(file)).isEqualTo(expected.toString()).contains("\"exp, \"\"b\"\"\"");
    }

    private static CarbonMetrics withIntensity(CarbonMetrics m, double gramsPerKilowattHour) {
        return ReportTestCases.rebuilt(
                m,
                m.context(),
                m.energies(),
                CarbonIntensity.ofGramsPerKilowattHour(gramsPerKilowattHour),
                m.intensitySource());
    }

    private static StepRow row(CarbonMetrics m, MeasurementMethod cpu, String source) {
        ComponentEnergies energies = ComponentEnergies.builder()
                .put(Component.CPU, m.cpuEnergy(), cpu)
                .put(Component.RAM, m.ramEnergy(), m.ramMethod())
                .build();
        CarbonMetrics changed = ReportTestCases.rebuilt(m, m.context(), energies, m.intensity(), source);
        return new StepRow("exp", "run-1", changed, "", "");
    }

    private List<StepRow> rows(int count) {
        MockClock clock = new MockClock();
        List<StepRow> rows = new ArrayList<>();
        try (CarbonLogger logger =
                CarbonLogger.start(ReportTestCases.config(directory, clock, false), ReportTestCases.meters(clock))) {
            for (int i = 0; i < count; i++) {
                clock.add(Duration.ofMillis(100 + i));
                CarbonMetrics m = logger.logCarbonMetrics(Context.of(i % 2 == 0 ? "Training" : "Validation"));
                rows.add(new StepRow("exp", "run-1", m, i % 3 == 0 ? "" : "name " + i, i % 2 == 0 ? "" : "shown " + i));
            }
        }
        return rows;
    }
}
