package io.github.carbon4j.report;

import io.github.carbon4j.CarbonMetrics;
import io.github.carbon4j.Notices;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Writes one run's report files: the run file when it starts, a steps row per step, and when it
 * closes the run summary, the yProv4ML files, a row of emissions.csv, and the directory's summary
 * and HTML page. The run's totals are kept in memory as the steps come, so closing costs what this
 * run logged, never what the directory holds. IO trouble (and an {@code Error} while writing) is
 * reported once and never reaches the logger; a step that cannot be written is counted, the next
 * step tries again, and every report of the run then says it is incomplete. Called under the
 * logger's lock.
 */
final class FileReporter implements CarbonReporter {

    static final CarbonReporter NONE = new CarbonReporter() {
        @Override
        public void step(CarbonMetrics metrics) {}

        @Override
        public void close(CarbonMetrics run) {}

        @Override
        public void close() {}
    };

    private final RunRecord record;
    private final StepFile steps;
    private final ZoneId zone;
    private final RunAccumulator accumulator = new RunAccumulator();
    private long unwritten;

    private FileReporter(RunRecord record, StepFile steps, ZoneId zone) {
        this.record = record;
        this.steps = steps;
        this.zone = zone;
    }

    /** Creates the run's files; on failure says so once and returns a reporter that does nothing. */
    static CarbonReporter open(RunRecord record, ZoneId zone) {
        return open(record, zone, StepFile.FILES);
    }

    static CarbonReporter open(RunRecord record, ZoneId zone, StepFile.Opener opener) {
        Path directory = record.run().outputDirectory();
        try {
            Files.createDirectories(directory);
            SharedFiles.replace(directory.resolve(ReportNames.runFile(record.run().runId())),
                    Json.write(Json.run(record)));
            return new FileReporter(record,
                    StepFile.create(directory.resolve(ReportNames.stepsFile(record.run().runId())), opener), zone);
        } catch (IOException | RuntimeException | Error e) {
            trouble("cannot write reports into " + directory.toAbsolutePath(), e);
            return NONE;
        }
    }

    @Override
    public void step(CarbonMetrics metrics) {
        step(metrics, "", "");
    }

    @Override
    public void step(CarbonMetrics metrics, String name) {
        step(metrics, name, "");
    }

    @Override
    public void step(CarbonMetrics metrics, String name, String displayName) {
        StepRow row = new StepRow(record.run().experiment(), record.run().runId(), metrics, name, displayName);
        accumulator.add(row);
        try {
            steps.append(row);
        } catch (IOException | RuntimeException | Error e) {
            unwritten++;
            trouble("cannot append to " + steps.path().toAbsolutePath() + "; the run's reports will be marked"
                    + " incomplete, and later steps are tried again", e);
        }
    }

    @Override
    public void close(CarbonMetrics run) {
        complete(Optional.of(run));
    }

    @Override
    public void close() {
        complete(Optional.empty());
    }

    private void complete(Optional<CarbonMetrics> run) {
        try {
            steps.close();
        } catch (IOException | RuntimeException | Error e) {
            trouble("cannot close " + steps.path().toAbsolutePath(), e);
        }
        try {
            finish(run);
        } catch (IOException | RuntimeException | Error e) {
            trouble("cannot complete the reports in " + record.run().outputDirectory().toAbsolutePath()
                    + " (the steps file is kept; ReportMain finish completes them)", e);
        }
    }

    private void finish(Optional<CarbonMetrics> run) throws IOException {
        Path directory = record.run().outputDirectory();
        String runId = record.run().runId();
        Instant lastStep = accumulator.lastEnd(record.run().start());
        Instant end = run.map(CarbonMetrics::end).filter(e -> e.isAfter(lastStep)).orElse(lastStep);
        RunTotals totals = run.map(RunTotals::measured).orElseGet(() -> RunTotals.fromSteps(accumulator.totals(),
                java.time.Duration.between(record.run().start(), lastStep).toNanos() / 1e9));
        Summary own = accumulator.summary(record, end, totals, unwritten, false);
        writeRun(own, steps.path(), zone);
    }

    /** The files a closed (or finished) run gets: its summary, PROV files, emissions.csv row, directory page. */
    static void writeRun(Summary own, Path stepsFile, ZoneId zone) throws IOException {
        RunEntry entry = own.runs().get(0);
        Path directory = entry.record().run().outputDirectory();
        SharedFiles.replace(directory.resolve(ReportNames.runSummaryFile(entry.runId())), Json.write(SummaryJson.of(own)));
        try {
            ProvFiles.write(own, stepsFile);
        } catch (ReportFormatException | IOException | UncheckedIOException e) {
            trouble("the yProv4ML files of run " + entry.runId() + " were not written", e);
        }
        SharedFiles.withLock(directory, () -> {
            EmissionsFile.append(directory.resolve(ReportNames.EMISSIONS_CSV), EmissionsCsv.row(entry, zone));
            try {
                DirectoryReport.add(own, directory);
            } catch (ReportFormatException e) {
                trouble("the summary and HTML page of " + directory.toAbsolutePath() + " were not rebuilt", e);
            }
            return null;
        });
    }

    private static void trouble(String what, Throwable e) {
        String cause = e instanceof UncheckedIOException u ? u.getCause().toString() : e.toString();
        Notices.once("report.io." + what, what + ": " + cause);
    }
}
