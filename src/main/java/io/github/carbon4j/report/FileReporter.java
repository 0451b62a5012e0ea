package io.github.carbon4j.report;

import io.github.carbon4j.CarbonMetrics;
import io.github.carbon4j.Notices;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

/**
 * Writes one run's report files: the run file when it starts, a steps row per step, and when it
 * closes the run summary, the yProv4ML files, a row of emissions.csv, and the summary and HTML page
 * of every run in the directory. IO trouble is reported once and never reaches the logger.
 * Called under the logger's lock.
 */
final class FileReporter implements CarbonReporter {

    static final CarbonReporter NONE = new CarbonReporter() {
        @Override
        public void step(CarbonMetrics metrics) {}

        @Override
        public void close() {}
    };

    private final RunRecord record;
    private final StepFile steps;
    private final ZoneId zone;
    private boolean failed;

    private FileReporter(RunRecord record, StepFile steps, ZoneId zone) {
        this.record = record;
        this.steps = steps;
        this.zone = zone;
    }

    /** Creates the run's files; on failure says so once and returns a reporter that does nothing. */
    static CarbonReporter open(RunRecord record, ZoneId zone) {
        Path directory = record.run().outputDirectory();
        try {
            Files.createDirectories(directory);
            SharedFiles.replace(directory.resolve(ReportNames.runFile(record.run().runId())),
                    Json.write(Json.run(record)));
            return new FileReporter(record, StepFile.create(directory.resolve(ReportNames.stepsFile(record.run().runId()))),
                    zone);
        } catch (IOException | RuntimeException e) {
            trouble("cannot write reports into " + directory.toAbsolutePath(), e);
            return NONE;
        }
    }

    @Override
    public void step(CarbonMetrics metrics) {
        if (failed) {
            return;
        }
        try {
            steps.append(new StepRow(record.run().experiment(), record.run().runId(), metrics));
        } catch (IOException | RuntimeException e) {
            failed = true;
            trouble("cannot append to " + steps.path().toAbsolutePath() + "; later steps of this run are not written", e);
        }
    }

    @Override
    public void close() {
        try {
            steps.close();
            finish();
        } catch (IOException | RuntimeException e) {
            trouble("cannot complete the reports in " + record.run().outputDirectory().toAbsolutePath(), e);
        }
    }

    private void finish() throws IOException {
        Path directory = record.run().outputDirectory();
        String runId = record.run().runId();
        ReportData own = new ReportData(List.of(record), ReportDirectory.readSteps(steps.path()));
        SharedFiles.replace(directory.resolve(ReportNames.runSummaryFile(runId)), Json.write(SummaryJson.of(own)));
        ProvFiles.write(own, runId);
        SharedFiles.withLock(directory, () -> {
            EmissionsFile.append(directory.resolve(ReportNames.EMISSIONS_CSV), EmissionsCsv.row(own, runId, zone));
            try {
                DirectoryReport.write(ReportDirectory.read(List.of(directory)), directory);
            } catch (ReportFormatException e) {
                trouble("the summary and HTML page of " + directory.toAbsolutePath() + " were not rebuilt", e);
            }
            return null;
        });
    }

    private static void trouble(String what, Exception e) {
        String cause = e instanceof UncheckedIOException u ? u.getCause().toString() : e.toString();
        Notices.once("report.io." + what, what + ": " + cause);
    }
}
