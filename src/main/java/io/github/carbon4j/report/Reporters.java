package io.github.carbon4j.report;

import io.github.carbon4j.CarbonConfig;
import io.github.carbon4j.meter.EnergyMeters;
import io.github.carbon4j.meter.Meters;
import java.time.ZoneId;
import java.util.List;

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

    /** The reporters for a run; a no-op when {@link CarbonConfig#reports()} is false. Thread-safe. */
    public static CarbonReporter open(CarbonConfig config, RunInfo run) {
        return open(config, run, List.of());
    }

    /**
     * The reporters for a run whose meters are known: the machine is described with the hardware
     * facts the meters were chosen from and the GPUs the GPU meter reads. A no-op when
     * {@link CarbonConfig#reports()} is false. Thread-safe.
     */
    public static CarbonReporter open(CarbonConfig config, RunInfo run, Meters meters) {
        return open(config, run, meters.gpu().devices());
    }

    private static CarbonReporter open(CarbonConfig config, RunInfo run, List<String> gpus) {
        if (!config.reports()) {
            return FileReporter.NONE;
        }
        MachineInfo machine = MachineInfo.current(EnergyMeters.probedHardware(), gpus);
        return FileReporter.open(new RunRecord(run, machine, RunRecord.Location.of(config)), ZoneId.systemDefault());
    }

    /**
     * Whether the closed run's reports are in its output directory (its run summary was written), so
     * that a message pointing there does not point at nothing.
     */
    public static boolean completed(RunInfo run) {
        return java.nio.file.Files.isRegularFile(run.outputDirectory().resolve(ReportNames.runSummaryFile(run.runId())));
    }

}
