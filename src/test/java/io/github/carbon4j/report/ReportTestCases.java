package io.github.carbon4j.report;

import io.github.carbon4j.CarbonConfig;
import io.github.carbon4j.CarbonIntensity;
import io.github.carbon4j.CarbonLogger;
import io.github.carbon4j.CarbonMetrics;
import io.github.carbon4j.Component;
import io.github.carbon4j.ComponentEnergies;
import io.github.carbon4j.Context;
import io.github.carbon4j.EmbodiedModel;
import io.github.carbon4j.Emissions;
import io.github.carbon4j.Energy;
import io.github.carbon4j.MockClock;
import io.github.carbon4j.Power;
import io.github.carbon4j.internal.CarbonReporter;
import io.github.carbon4j.internal.Notices;
import io.github.carbon4j.internal.RunInfo;
import io.github.carbon4j.meter.EnergyMeters;
import io.github.carbon4j.meter.Meters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Deterministic runs for the report tests: a mock clock, fixed meters, a fixed intensity. */
final class ReportTestCases {

    static final MachineInfo MACHINE = new MachineInfo(
            "Linux 6.1", "Example CPU @ 2.0GHz", 8, 16L << 30, "build-host", "17.0.12", "ci", List.of());
    static final RunRecord.Location LOCATION = new RunRecord.Location("FRA", "", "", "");
    static final String WEIRD = "com.example.Weird, \"quoted\" (x=1)/y";
    /** Databind, for tests that read the reports independently of carbon4j's own reader. */
    static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = new com.fasterxml.jackson.databind.ObjectMapper();

    private ReportTestCases() {}

    /** A configuration for a mock-clocked run in the directory: 56 g/kWh, PUE 1.2, reports as asked. */
    static CarbonConfig config(Path directory, MockClock clock, boolean reports) {
        return CarbonConfig.builder()
                .experiment("golden")
                .outputDirectory(directory)
                .reports(reports)
                .carbonIntensity(CarbonIntensity.ofGramsPerKilowattHour(56))
                .pue(1.2)
                .country("FRA")
                .embodiedEmissions(EMBODIED.total())
                .embodiedLifetimeYears(EMBODIED.lifetimeYears())
                .embodiedShare(EMBODIED.share())
                .clock(clock)
                .build();
    }

    /** A 1000 kg machine over 4 years, half of it reserved: 3.961 mgCO2eq per second. */
    static final EmbodiedModel EMBODIED = new EmbodiedModel(Emissions.ofKilograms(1000), 4, 0.5, "configured");

    /** CPU 40 W configured, no GPU, RAM 5 W configured. */
    static Meters meters(MockClock clock) {
        return new Meters(
                EnergyMeters.fixed(Component.CPU, Power.ofWatts(40), clock),
                EnergyMeters.none(Component.GPU),
                EnergyMeters.fixed(Component.RAM, Power.ofWatts(5), clock));
    }

    /** Logs the scenario's steps: Training 0..4 growing from 1 s, Validation 0..1 of 0.5 s, the weird context once. */
    static List<CarbonMetrics> scenario(CarbonLogger logger, MockClock clock) {
        List<CarbonMetrics> steps = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            clock.add(java.time.Duration.ofMillis(1000 + 250L * i));
            steps.add(logger.logCarbonMetrics(Context.TRAINING, i));
            clock.add(java.time.Duration.ofMillis(500));
            steps.add(logger.logCarbonMetrics(Context.VALIDATION));
            if (i == 1) {
                clock.add(java.time.Duration.ofMillis(300));
                steps.add(logger.logCarbonMetrics(Context.of(WEIRD), 7));
            }
        }
        return steps;
    }

    /**
     * Writes the scenario through a file reporter with a fixed run id, machine and time zone, as a
     * logger would: the golden files come from this.
     */
    static RunInfo writeGoldenRun(Path directory, String runId) {
        MockClock clock = new MockClock();
        CarbonConfig config = config(directory, clock, false);
        try (CarbonLogger logger = CarbonLogger.start(config, meters(clock))) {
            RunInfo logged = logger.run();
            RunInfo run = new RunInfo(
                    runId,
                    logged.experiment(),
                    logged.start(),
                    directory,
                    logged.scope(),
                    logged.pue(),
                    logged.intensity(),
                    logged.intensitySource(),
                    logged.methods());
            CarbonReporter reporter = FileReporter.open(
                    new RunRecord(run, MACHINE, LOCATION, java.util.Optional.of(EMBODIED)),
                    java.util.TimeZone.getTimeZone("UTC"),
                    new Notices());
            scenario(logger, clock).forEach(reporter::step);
            clock.add(UNLOGGED_TAIL);
            reporter.close(wholeRun(run, clock));
            return run;
        }
    }

    /** The metrics as they are, in a context of this name. */
    static CarbonMetrics withContext(CarbonMetrics m, String name) {
        return rebuilt(m, Context.of(name), m.energies(), m.intensity(), m.intensitySource());
    }

    /** The metrics as they are but for these inputs: the figures derived from them follow. */
    static CarbonMetrics rebuilt(
            CarbonMetrics m, Context context, ComponentEnergies energies, CarbonIntensity intensity, String source) {
        return CarbonMetrics.of(
                context,
                m.step(),
                m.start(),
                m.duration(),
                energies,
                intensity,
                source,
                m.pue(),
                m.scope(),
                m.overlapped(),
                m.embodiedEmissions());
    }

    /** Time after the scenario's last step that no step covers but the run's totals do. */
    static final Duration UNLOGGED_TAIL = Duration.ofMillis(500);

    /** What the logger hands its reporter at close: the meters from start to now, 40 W CPU and 5 W RAM. */
    static CarbonMetrics wholeRun(RunInfo run, MockClock clock) {
        Instant now = Instant.ofEpochMilli(clock.wallTime());
        Duration duration = Duration.between(run.start(), now);
        double seconds = duration.toNanos() / 1e9;
        ComponentEnergies energies = ComponentEnergies.builder()
                .put(Component.CPU, Energy.ofJoules(40 * seconds), run.method(Component.CPU))
                .put(Component.GPU, Energy.ZERO, run.method(Component.GPU))
                .put(Component.RAM, Energy.ofJoules(5 * seconds), run.method(Component.RAM))
                .build();
        return CarbonMetrics.of(
                Context.of("run"),
                0,
                run.start(),
                duration,
                energies,
                run.intensity(),
                run.intensitySource(),
                run.pue(),
                run.scope(),
                false,
                EMBODIED.over(duration));
    }

    /** Every complete row of a steps file. */
    static List<StepRow> readSteps(Path file) {
        return readSteps(file, new Notices());
    }

    /** Every complete row of a steps file, torn rows reported to the notices. */
    static List<StepRow> readSteps(Path file, Notices notices) {
        List<StepRow> rows = new ArrayList<>();
        StepReader.read(file, (line, row) -> rows.add(row), notices);
        return rows;
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Each file of the directory by name, with its text, sorted by name. */
    static Map<String, String> contents(Path directory) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.toList()) {
                contents.put(file.getFileName().toString(), Files.readString(file));
            }
        }
        return contents;
    }

    /**
     * Rebuilds the directory's summary.json and page with the report command, into {@code directory/rebuilt}.
     *
     * @return the directory the command wrote
     * @throws IllegalStateException when the command fails
     */
    static Path rebuild(Path directory) {
        Path rebuilt = directory.resolve("rebuilt");
        int status = ReportMain.run(
                new String[] {"html", "--out", rebuilt.toString(), directory.toString()},
                new java.io.PrintStream(new java.io.ByteArrayOutputStream()),
                System.err);
        if (status != 0) {
            throw new IllegalStateException("the report command exited with " + status);
        }
        return rebuilt;
    }
}
