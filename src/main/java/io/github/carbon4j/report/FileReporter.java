package io.github.carbon4j.report;

import io.github.carbon4j.CarbonMetrics;
import io.github.carbon4j.internal.CarbonReporter;
import io.github.carbon4j.internal.Notices;
import io.github.carbon4j.internal.Totals;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;

/**
 * Writes one run's report files: the run file with the first step, a steps row per step, and when it
 * closes the run summary, the yProv4ML files, a row of emissions.csv, and the directory's summary
 * and HTML page. The run's totals are kept in memory as the steps come, so closing costs what this
 * run logged, never what the directory holds. IO trouble (and an {@code Error} while writing) is
 * reported once and never reaches the logger; a step that cannot be written is counted, the next
 * step tries again, and every report of the run then says it is incomplete. Called under the
 * logger's lock.
 */
final class FileReporter implements CarbonReporter {

    /** A steps file from this size on (some 20,000 steps) is a long run's: its PROV files are written on a thread of their own. */
    static final long LONG_RUN_BYTES = 8L << 20;

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
    private final TimeZone zone;
    private final Notices notices;
    private final RunAccumulator accumulator = new RunAccumulator();
    private long unwritten;
    private boolean runFileTried;

    private FileReporter(RunRecord record, StepFile steps, TimeZone zone, Notices notices) {
        this.notices = notices;
        this.record = record;
        this.steps = steps;
        this.zone = zone;
    }

    /** Creates the run's files; on failure says so once and returns a reporter that does nothing. */
    static CarbonReporter open(RunRecord record, TimeZone zone, Notices notices) {
        return open(record, zone, StepFile.FILES, notices);
    }

    static CarbonReporter open(RunRecord record, TimeZone zone, StepFile.Opener opener, Notices notices) {
        Path directory = record.run().outputDirectory();
        try {
            Files.createDirectories(directory);
            return new FileReporter(
                    record,
                    StepFile.create(
                            directory.resolve(ReportNames.stepsFile(record.run().runId())), opener),
                    zone,
                    notices);
        } catch (IOException | RuntimeException | Error e) {
            trouble("cannot write reports into " + directory.toAbsolutePath(), e, notices);
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
        if (!runFileTried) {
            writeRunFile();
        }
        StepRow row = new StepRow(record.run().experiment(), record.run().runId(), metrics, name, displayName);
        accumulator.add(row);
        try {
            steps.append(row);
        } catch (IOException | RuntimeException | Error e) {
            unwritten++;
            trouble(
                    "cannot append to " + steps.path().toAbsolutePath() + "; the run's reports will be marked"
                            + " incomplete, and later steps are tried again",
                    e);
        }
    }

    @Override
    public boolean page(Path file) throws IOException {
        Instant lastStep = accumulator.lastEnd(record.run().start());
        Totals totals = accumulator
                .totals()
                .summedFromSteps(java.time.Duration.between(record.run().start(), lastStep)
                                .toNanos()
                        / 1e9);
        Summary own = accumulator.summary(record, lastStep, totals, unwritten, false);
        Files.write(
                file,
                HtmlReport.render(
                                DirectoryReport.withClosedRuns(own, record.run().outputDirectory()))
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return true;
    }

    @Override
    public void close(CarbonMetrics run) {
        complete(Optional.of(run));
    }

    @Override
    public void close() {
        complete(Optional.empty());
    }

    /**
     * The run file, written with the first step rather than at start (a JVM that starts a logger
     * loads nothing for JSON) and before that step's row, so a killed JVM that left a row left the run
     * file too. A run without steps gets it when it closes.
     */
    private void writeRunFile() {
        runFileTried = true;
        Path directory = record.run().outputDirectory();
        try {
            SharedFiles.replace(
                    directory.resolve(ReportNames.runFile(record.run().runId())), Json.write(Json.run(record)));
        } catch (IOException | RuntimeException | Error e) {
            trouble(
                    "cannot write the run file into " + directory.toAbsolutePath() + " (reports of a killed run will"
                            + " lack the machine and location)",
                    e);
        }
    }

    private void complete(Optional<CarbonMetrics> run) {
        if (!runFileTried) {
            writeRunFile();
        }
        try {
            steps.close();
        } catch (IOException | RuntimeException | Error e) {
            trouble("cannot close " + steps.path().toAbsolutePath(), e);
        }
        try {
            finish(run);
        } catch (IOException | RuntimeException | Error e) {
            trouble(
                    "cannot complete the reports in "
                            + record.run().outputDirectory().toAbsolutePath()
                            + " (the steps file is kept; ReportMain finish completes them)",
                    e);
        }
    }

    private void finish(Optional<CarbonMetrics> run) throws IOException {
        Path directory = record.run().outputDirectory();
        String runId = record.run().runId();
        Instant lastStep = accumulator.lastEnd(record.run().start());
        // Ifs, not Optional chains: each lambda is a class a closing JVM spins.
        Instant end =
                run.isPresent() && run.get().end().isAfter(lastStep) ? run.get().end() : lastStep;
        Totals totals = run.isPresent()
                ? Totals.of(run.get())
                : accumulator
                        .totals()
                        .summedFromSteps(java.time.Duration.between(record.run().start(), lastStep)
                                        .toNanos()
                                / 1e9);
        Summary own = accumulator.summary(record, end, totals, unwritten, false);
        writeRun(own, steps.path(), zone, notices);
    }

    /**
     * The files a closed (or finished) run gets: its summary, then its PROV files and its emissions.csv
     * row and directory page, which do not read each other's files. A long run writes the two at once,
     * on two threads: its metric files take seconds. A short one writes them one after the other: a
     * starting JVM loads and interprets the writers' code faster on one thread than on two that
     * contend with each other and with the compiler threads.
     */
    static void writeRun(Summary own, Path stepsFile, TimeZone zone, Notices notices) throws IOException {
        RunEntry entry = own.runs().get(0);
        Path directory = entry.record().run().outputDirectory();
        SharedFiles.replace(
                directory.resolve(ReportNames.runSummaryFile(entry.runId())), Json.write(SummaryJson.of(own)));
        if (Files.isRegularFile(stepsFile) && Files.size(stepsFile) >= LONG_RUN_BYTES) {
            Concurrently.run(List.of(
                    () -> writeDirectory(own, entry, directory, zone, notices),
                    () -> writeProv(own, entry, stepsFile, notices)));
        } else {
            // The usual short run: no lambdas, each a class a closing JVM would spin.
            writeProv(own, entry, stepsFile, notices);
            writeDirectory(own, entry, directory, zone, notices);
        }
    }

    private static void writeProv(Summary own, RunEntry entry, Path stepsFile, Notices notices) {
        try {
            ProvFiles.write(own, stepsFile, notices);
        } catch (ReportFormatException | IOException | UncheckedIOException e) {
            trouble("the yProv4ML files of run " + entry.runId() + " were not written", e, notices);
        }
    }

    private static void writeDirectory(Summary own, RunEntry entry, Path directory, TimeZone zone, Notices notices)
            throws IOException {
        SharedFiles.withLock(directory, new DirectoryUpdate(own, entry, directory, zone, notices));
    }

    /** The run's emissions.csv row and the directory's summary and page, under the directory's lock. */
    private record DirectoryUpdate(Summary own, RunEntry entry, Path directory, TimeZone zone, Notices notices)
            implements SharedFiles.Locked<Void> {
        @Override
        public Void run() throws IOException {
            EmissionsFile.append(directory.resolve(ReportNames.EMISSIONS_CSV), EmissionsCsv.row(entry, zone), notices);
            try {
                DirectoryReport.add(own, directory, notices);
            } catch (ReportFormatException e) {
                trouble("the summary and HTML page of " + directory.toAbsolutePath() + " were not rebuilt", e, notices);
            }
            return null;
        }
    }

    private void trouble(String what, Throwable e) {
        trouble(what, e, notices);
    }

    private static void trouble(String what, Throwable e, Notices notices) {
        String cause = e instanceof UncheckedIOException u ? u.getCause().toString() : e.toString();
        notices.warn("report.io." + what, what + ": " + cause);
    }
}
