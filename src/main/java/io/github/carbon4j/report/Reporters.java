package io.github.carbon4j.report;

import io.github.carbon4j.CarbonConfig;
import io.github.carbon4j.EmbodiedModel;
import io.github.carbon4j.MachineHardware;
import java.util.Optional;
import java.util.TimeZone;

/**
 * Opens the reporters a configuration asks for.
 *
 * <p>With reports on, a run writes into {@link CarbonConfig#outputDirectory()}: {@code steps-<run>.csv}
 * (a row per step, on disk when the step is logged), {@code run-<run>.json} and, when it closes,
 * {@code summary-<run>.json}, a row of CodeCarbon's {@code emissions.csv}, the yProv4ML files under
 * {@code prov/}, and {@code summary.json} and {@code report.html} covering every run in the directory.
 * Several JVMs may share the directory. IO trouble is reported once on standard error and never fails
 * the run.
 *
 * @since 0.1
 */
public final class Reporters {

    private Reporters() {}

    /**
     * The reporters for a run, the machine described by what the JVM and {@code /proc} tell; a no-op
     * when {@link CarbonConfig#reports()} is false. Thread-safe.
     */
    public static CarbonReporter open(CarbonConfig config, RunInfo run) {
        return open(config, run, MachineInfo.current(), Optional.empty());
    }

    /**
     * The reporters for a run, the machine described with the hardware facts its meters were chosen
     * from; a no-op when {@link CarbonConfig#reports()} is false. Thread-safe.
     */
    public static CarbonReporter open(CarbonConfig config, RunInfo run, MachineHardware hardware) {
        return open(config, run, MachineInfo.current(hardware), Optional.empty());
    }

    /**
     * As {@link #open(CarbonConfig, RunInfo, MachineHardware)}, the run files also saying how embodied
     * emissions were charged (TE, lifetime, share and where TE came from, e.g. that it was estimated).
     *
     * @since 0.2
     */
    public static CarbonReporter open(CarbonConfig config, RunInfo run, MachineHardware hardware, EmbodiedModel embodied) {
        // Checked before the machine is described, which reads files that a run without reports never needs.
        if (!config.reports()) {
            return FileReporter.NONE;
        }
        return open(config, run, MachineInfo.current(hardware), Optional.of(embodied));
    }

    private static CarbonReporter open(CarbonConfig config, RunInfo run, MachineInfo machine,
            Optional<EmbodiedModel> embodied) {
        if (!config.reports()) {
            return FileReporter.NONE;
        }
        return FileReporter.open(new RunRecord(run, machine, RunRecord.Location.of(config), embodied),
                TimeZone.getDefault());
    }

    /**
     * Whether the closed run's reports are in its output directory (its run summary was written), so
     * that a message pointing there does not point at nothing.
     */
    public static boolean completed(RunInfo run) {
        return java.nio.file.Files.isRegularFile(run.outputDirectory().resolve(ReportNames.runSummaryFile(run.runId())));
    }

}
