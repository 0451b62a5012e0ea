package io.github.carbon4j;

import io.github.carbon4j.internal.CarbonReporter;
import io.github.carbon4j.internal.ClassPreload;
import io.github.carbon4j.internal.Notices;
import io.github.carbon4j.internal.RunInfo;
import io.github.carbon4j.meter.EnergyMeter;
import io.github.carbon4j.meter.EnergyMeters;
import io.github.carbon4j.meter.Meters;
import io.github.carbon4j.nvml.NvmlMeters;
import io.github.carbon4j.otel.StepListener;
import io.github.carbon4j.otel.StepListeners;
import io.github.carbon4j.report.Reporters;
import java.util.List;
import java.util.Optional;

/**
 * The façade's wiring: opens what a configuration asks for, each part on its narrow settings and
 * reporting to the one logger's notices. The only class below {@link CarbonLogger} that knows the
 * meter, NVML, report and OpenTelemetry packages together.
 */
final class Wiring {

    private Wiring() {}

    /**
     * The meters of this machine. The GPU first: it is the one that rejects bad configuration, before
     * any kernel file is open to leak; NVML implements the meter package's {@link EnergyMeter}, so the
     * meter package never calls into NVML. The CPU meters' slowest part starts first, on another thread,
     * and is ready when the GPU probe is done. Before all that, unless the start is a quiet one (a JMH fork,
     * which runs nothing beside the work it measures), the classes the start will use begin loading on another
     * thread ({@link ClassPreload}).
     */
    static Meters meters(CarbonConfig config, Notices notices, boolean backgroundSampling) {
        if (backgroundSampling) {
            ClassPreload.start(config.reportSettings().reports());
        }
        EnergyMeters.prepare(config.meterSettings());
        EnergyMeter gpu = NvmlMeters.detect(config.gpuSettings(), notices);
        return EnergyMeters.detect(config.meterSettings(), gpu, notices, backgroundSampling);
    }

    /** The embodied model of the configuration's keys on the probed hardware. */
    static EmbodiedModel embodied(CarbonConfig config, MachineHardware hardware) {
        return EmbodiedModel.resolve(
                config.embodiedEmissions(),
                config.embodiedLifetimeYears(),
                config.embodiedShare(),
                config.scope(),
                hardware,
                Runtime.getRuntime().availableProcessors());
    }

    /**
     * The reports of the run, described with the meters' one hardware probe.
     *
     * @param atClose whether the steps are kept in memory and the reports opened and written only at close
     */
    static CarbonReporter reporter(
            CarbonConfig config,
            RunInfo run,
            MachineHardware hardware,
            EmbodiedModel embodied,
            Notices notices,
            boolean atClose) {
        if (atClose) {
            return Reporters.atClose(
                    () -> Reporters.open(config.reportSettings(), run, hardware, embodied, notices), notices);
        }
        return Reporters.open(config.reportSettings(), run, hardware, embodied, notices);
    }

    /** The exporters of each step, when {@code carbon4j.otel} asks for them. */
    static Optional<StepListener> listener(CarbonConfig config, Notices notices) {
        return StepListeners.open(config.otel(), config.experiment(), notices);
    }

    /** Closes every meter, even when one fails: nothing measured is lost there, so a failure is a notice. */
    static void close(Meters meters, Notices notices) {
        for (EnergyMeter meter : List.of(meters.cpu(), meters.gpu(), meters.ram())) {
            try {
                meter.close();
            } catch (RuntimeException e) {
                notices.warn(
                        "close." + meter.component(),
                        "closing the " + meter.component().key() + " meter failed: " + e);
            }
        }
    }
}
