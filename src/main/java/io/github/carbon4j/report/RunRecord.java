package io.github.carbon4j.report;

import io.github.carbon4j.CarbonMetrics;
import io.github.carbon4j.Component;
import io.github.carbon4j.EmbodiedModel;
import io.github.carbon4j.MeasurementMethod;
import io.github.carbon4j.internal.RunInfo;
import java.util.Map;

/**
 * What a report knows about one run besides its steps: the run itself, the machine and the
 * configured location. Immutable.
 *
 * @param run the run as the logger started it
 * @param machine the machine it ran on
 * @param location the configured location, for CodeCarbon's columns
 * @param embodied how embodied emissions were charged (TE, EL, share and where TE came from); empty
 *     for runs of carbon4j 0.1, which charged none
 */
record RunRecord(RunInfo run, MachineInfo machine, Location location, java.util.Optional<EmbodiedModel> embodied) {

    RunRecord(RunInfo run, MachineInfo machine, Location location) {
        this(run, machine, location, java.util.Optional.empty());
    }

    /**
     * The configured location; empty text for what was not set.
     *
     * @param country country code or name as configured
     * @param region sub-national region
     * @param cloudProvider cloud provider
     * @param cloudRegion cloud region
     */
    record Location(String country, String region, String cloudProvider, String cloudRegion) {

        static final Location UNKNOWN = new Location("", "", "", "");

        static Location of(ReportSettings config) {
            return new Location(
                    config.country().orElse(""),
                    config.region().orElse(""),
                    config.cloudProvider().orElse(""),
                    config.cloudRegion().orElse(""));
        }

        boolean onCloud() {
            return !cloudProvider.isEmpty();
        }
    }

    /** A run known only from one of its steps, when its run file is missing. */
    static RunRecord fromStep(StepRow row, java.nio.file.Path directory) {
        CarbonMetrics m = row.metrics();
        RunInfo run = new RunInfo(
                row.runId(),
                row.experiment(),
                m.start(),
                directory,
                m.scope(),
                m.pue(),
                m.intensity(),
                m.intensitySource(),
                methods(m));
        return new RunRecord(run, new MachineInfo("", "", 0, 0, "", "", "", java.util.List.of()), Location.UNKNOWN);
    }

    private static Map<Component, MeasurementMethod> methods(CarbonMetrics m) {
        Map<Component, MeasurementMethod> methods = new java.util.EnumMap<>(Component.class);
        for (Component c : Component.values()) {
            methods.put(c, m.method(c));
        }
        return methods;
    }

    Map<Component, MeasurementMethod> methods() {
        return run.methods();
    }

    MeasurementMethod method(Component component) {
        return run.method(component);
    }
}
