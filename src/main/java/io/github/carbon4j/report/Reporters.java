package io.github.carbon4j.report;

import io.github.carbon4j.EmbodiedModel;
import io.github.carbon4j.MachineHardware;
import io.github.carbon4j.internal.CarbonReporter;
import io.github.carbon4j.internal.Notices;
import io.github.carbon4j.internal.RunInfo;
import java.nio.file.Files;
import java.util.Optional;
import java.util.TimeZone;

/**
 * Opens the reporters a configuration asks for.
 *
 * <p>With reports on, a run writes into {@link RunInfo#outputDirectory()}: {@code steps-<run>.csv}
 * (a row per step, on disk when the step is logged), {@code run-<run>.json} and, when it closes,
 * {@code summary-<run>.json}, a row of CodeCarbon's {@code emissions.csv}, the yProv4ML files under
 * {@code prov/}, and {@code summary.json} and {@code report.html} covering every run in the directory.
 * Several JVMs may share the directory. IO trouble is reported once to the logger's notices and never
 * fails the run. Stateless and thread-safe; each method says how far what it returns is.
 *
 * <p>Not API: the façade ({@code CarbonLogger}) and the JUnit extension call it.
 *
 * @since 0.1
 */
public final class Reporters {

    private Reporters() {}

    /**
     * The reporters for a run, the machine described with the hardware facts its meters were chosen
     * from (the one probe of the meters, so that no report names another CPU), the run files also
     * saying how embodied emissions were charged; a no-op when {@link ReportSettings#reports()} is
     * false. Thread-safe.
     *
     * @param settings whether reports are written, and the place the run files name
     * @param run the run, with its output directory
     * @param hardware the machine's hardware facts, as the meters probed them
     * @param embodied how embodied emissions were charged
     * @param notices where IO trouble is reported, once
     * @return the run's reporter, to be closed when the run ends
     * @since 0.3
     */
    public static CarbonReporter open(
            ReportSettings settings, RunInfo run, MachineHardware hardware, EmbodiedModel embodied, Notices notices) {
        if (!settings.reports()) {
            return FileReporter.NONE;
        }
        return FileReporter.open(
                new RunRecord(
                        run, MachineInfo.current(hardware), RunRecord.Location.of(settings), Optional.of(embodied)),
                TimeZone.getDefault(),
                notices);
    }

    /**
     * A reporter that keeps the steps in memory and hands them to the reporter the opener gives only
     * when the run closes, then closes that one: until then no report file is opened and no writer
     * runs. Not thread-safe, like every reporter: the logger calls it under its lock.
     *
     * @param opener gives the real reporter, called once when the run closes
     * @param notices where trouble with the real reporter is reported, once
     * @return the deferring reporter
     * @since 0.2
     */
    public static CarbonReporter atClose(java.util.function.Supplier<CarbonReporter> opener, Notices notices) {
        return new DeferredReporter(opener, notices);
    }

    /**
     * Whether the closed run's reports are in its output directory (its run summary was written), so
     * that a message pointing there does not point at nothing.
     *
     * @param run the closed run
     * @return true when the run summary file exists
     */
    public static boolean completed(RunInfo run) {
        return Files.isRegularFile(run.outputDirectory().resolve(ReportNames.runSummaryFile(run.runId())));
    }
}
