package io.github.carbon4j.report;

import java.util.List;

/**
 * The names carbon4j writes into the output directory: files and columns. Readers and dashboards
 * depend on them, so renaming one is a breaking change; a test pins them.
 */
final class ReportNames {

    /** One per run: a row per logged interval, appended as it is logged. */
    static final String STEPS_PREFIX = "steps-";

    static final String STEPS_SUFFIX = ".csv";
    /** One per run, written when it starts: the run's machine, methods and location. */
    static final String RUN_PREFIX = "run-";
    /** One per run, written when it ends. */
    static final String RUN_SUMMARY_PREFIX = "summary-";

    static final String JSON_SUFFIX = ".json";
    /** All runs of the directory, rebuilt on every close and by {@code ReportMain html}. */
    static final String SUMMARY = "summary.json";

    static final String HTML = "report.html";
    /** CodeCarbon's layout, one row per run, shared by every JVM writing into the directory. */
    static final String EMISSIONS_CSV = "emissions.csv";
    /** The yProv4ML layout: {@code prov/<experiment>_<run>/...}. */
    static final String PROV_DIRECTORY = "prov";
    /** Held while a JVM appends to emissions.csv or rebuilds the files that cover all runs. */
    static final String LOCK = ".carbon4j.lock";

    /** The source name yProv4ML records for each metric. */
    static final String SOURCE = "carbon4j";

    /** The columns of a steps file of carbon4j 0.1, in order, which readers still accept. */
    static final List<String> STEP_COLUMNS_0_1 = List.of(
            "timestamp",
            "experiment",
            "run.id",
            "context",
            "step",
            "duration.s",
            "emissions.g",
            "emissions.rate.g-per-s",
            "cpu.power.w",
            "gpu.power.w",
            "ram.power.w",
            "cpu.energy.j",
            "gpu.energy.j",
            "ram.energy.j",
            "energy.consumed.j",
            "intensity.g-per-kwh",
            "intensity.source",
            "cpu.method",
            "cpu.method.name",
            "cpu.method.detail",
            "gpu.method",
            "gpu.method.name",
            "gpu.method.detail",
            "ram.method",
            "ram.method.name",
            "ram.method.detail",
            "overlapped",
            "scope",
            "pue");

    /**
     * The columns of a steps file, in order: those of 0.1, then the embodied emissions and the SCI
     * (operational plus embodied). Units are in the names: s, g, g/s, W, J, g/kWh.
     */
    static final List<String> STEP_COLUMNS = concat(STEP_COLUMNS_0_1, "embodied.g", "sci.g");

    /**
     * The column after {@link #STEP_COLUMNS}: the step's name that stays the same from run to run
     * (a JUnit test's unique id), empty when context and step name it. Files written before 0.2 lack it.
     */
    static final String STEP_NAME_COLUMN = "step.name";

    /**
     * The column after {@link #STEP_NAME_COLUMN}: the step's name for people (a JUnit test's display
     * name after its parents', such as {@code sorts(int) [2] 42}), empty where there is none.
     */
    static final String STEP_DISPLAY_NAME_COLUMN = "step.display.name";

    /** The columns of a steps file before display names: {@link #STEP_COLUMNS}, then {@link #STEP_NAME_COLUMN}. */
    static final List<String> STEP_COLUMNS_NAMED = concat(STEP_COLUMNS, STEP_NAME_COLUMN);

    /** The columns of a steps file as written now: {@link #STEP_COLUMNS_NAMED}, then the display name. */
    static final List<String> STEP_FILE_COLUMNS = concat(STEP_COLUMNS_NAMED, STEP_DISPLAY_NAME_COLUMN);

    /** The nine metrics under yProv4ML's names, in {@code log_carbon_metrics} order. */
    static final List<String> METRICS = List.of(
            "emissions",
            "emissions_rate",
            "cpu_power",
            "gpu_power",
            "ram_power",
            "cpu_energy",
            "gpu_energy",
            "ram_energy",
            "energy_consumed");

    /** carbon4j's metrics after yProv4ML's nine: the interval's embodied emissions and its SCI, g. */
    static final List<String> SCI_METRICS = List.of("embodied_emissions", "sci");

    /** CodeCarbon's emissions.csv header, 38 columns in its order. */
    static final List<String> EMISSIONS_COLUMNS = List.of(
            "timestamp",
            "project_name",
            "run_id",
            "experiment_id",
            "duration",
            "emissions",
            "emissions_rate",
            "cpu_power",
            "gpu_power",
            "ram_power",
            "cpu_energy",
            "gpu_energy",
            "ram_energy",
            "energy_consumed",
            "water_consumed",
            "country_name",
            "country_iso_code",
            "region",
            "cloud_provider",
            "cloud_region",
            "os",
            "python_version",
            "codecarbon_version",
            "cpu_count",
            "cpu_model",
            "gpu_count",
            "gpu_model",
            "longitude",
            "latitude",
            "ram_total_size",
            "tracking_mode",
            "cpu_utilization_percent",
            "gpu_utilization_percent",
            "ram_utilization_percent",
            "ram_used_gb",
            "on_cloud",
            "pue",
            "wue");

    /**
     * carbon4j's column after CodeCarbon's, never between them: {@code complete}, {@code killed} (a
     * run completed later from its steps file), or {@code incomplete: N steps not written}.
     */
    static final String STATUS_COLUMN = "carbon4j_status";

    /** carbon4j's embodied emissions of the run, kgCO2eq (CodeCarbon's {@code emissions} stay operational). */
    static final String EMBODIED_COLUMN = "carbon4j_embodied_emissions";
    /** carbon4j's SCI of the run: operational plus embodied emissions, kgCO2eq. */
    static final String SCI_COLUMN = "carbon4j_sci";

    /**
     * The columns of the emissions.csv carbon4j writes: CodeCarbon's, then {@link #STATUS_COLUMN},
     * {@link #EMBODIED_COLUMN} and {@link #SCI_COLUMN}.
     */
    static final List<String> EMISSIONS_FILE_COLUMNS =
            concat(EMISSIONS_COLUMNS, STATUS_COLUMN, EMBODIED_COLUMN, SCI_COLUMN);

    private ReportNames() {}

    // Not Stream.concat: this class is loaded when a run starts, and a starting JVM pays for its first stream.
    private static List<String> concat(List<String> first, String... more) {
        List<String> all = new java.util.ArrayList<>(first);
        all.addAll(List.of(more));
        return List.copyOf(all);
    }

    static String stepsFile(String runId) {
        return STEPS_PREFIX + runId + STEPS_SUFFIX;
    }

    static String runFile(String runId) {
        return RUN_PREFIX + runId + JSON_SUFFIX;
    }

    static String runSummaryFile(String runId) {
        return RUN_SUMMARY_PREFIX + runId + JSON_SUFFIX;
    }
}
