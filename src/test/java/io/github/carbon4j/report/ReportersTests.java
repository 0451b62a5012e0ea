package io.github.carbon4j.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.carbon4j.CarbonConfig;
import io.github.carbon4j.CarbonIntensity;
import io.github.carbon4j.CarbonLogger;
import io.github.carbon4j.Component;
import io.github.carbon4j.Context;
import io.github.carbon4j.Energy;
import io.github.carbon4j.MeasurementMethod;
import io.github.carbon4j.MockClock;
import io.github.carbon4j.Power;
import io.github.carbon4j.meter.EnergyMeter;
import io.github.carbon4j.meter.EnergyMeters;
import io.github.carbon4j.meter.Meters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports opened by the logger itself, as users get them. */
class ReportersTests {

    @TempDir
    Path directory;

    /** The hardware as the meters probe it. */
    private static io.github.carbon4j.MachineHardware probed() {
        return EnergyMeters.hardware(ReportTestCases.meters(new MockClock()));
    }

    @Test
    void aLoggerWritesEveryReportFile() throws IOException {
        MockClock clock = new MockClock();
        String runId;
        try (CarbonLogger logger =
                CarbonLogger.start(ReportTestCases.config(directory, clock, true), ReportTestCases.meters(clock))) {
            runId = logger.run().runId();
            ReportTestCases.scenario(logger, clock);
            // on disk as soon as the step is logged, before close
            assertThat(ReportTestCases.readSteps(directory.resolve("steps-" + runId + ".csv")))
                    .hasSize(11);
        }

        assertThat(directory.resolve("run-" + runId + ".json")).exists();
        assertThat(directory.resolve("summary-" + runId + ".json")).exists();
        assertThat(directory.resolve("summary.json")).exists();
        assertThat(directory.resolve("report.html")).exists();
        assertThat(Files.readAllLines(directory.resolve("emissions.csv"))).hasSize(2);
        assertThat(directory.resolve("prov/golden_" + runId + "/prov_golden_GR0_" + runId + ".json"))
                .exists();
        var run = ReportTestCases.MAPPER.readTree(
                directory.resolve("run-" + runId + ".json").toFile());
        // the machine as the meters probed it, not a second probe of its own
        assertThat(run.get("machine").get("cpuCount").asInt()).isEqualTo(probed().logicalCpus());
        assertThat(run.get("machine").get("ramTotalBytes").asLong()).isEqualTo(probed().totalMemoryBytes());
    }

    /**
     * Issue 10's example: two overlapping 1 s spans at 110 W (PUE 1.5) in a 1.71 s run. Their sum
     * would be 330 J; the run drew 110 W × 1.71 s × 1.5 = 282.15 J, and the summary says how much of
     * it the steps covered and how much of that overlapped.
     */
    @Test
    void runTotalsAreMeasuredFromStartToCloseNotSummedFromSteps() throws IOException {
        MockClock clock = new MockClock();
        CarbonConfig config = CarbonConfig.builder()
                .experiment("overlap")
                .outputDirectory(directory)
                .pue(1.5)
                .carbonIntensity(CarbonIntensity.ofGramsPerKilowattHour(100))
                .clock(clock)
                .build();
        Meters meters = new Meters(
                EnergyMeters.fixed(Component.CPU, Power.ofWatts(110), clock),
                EnergyMeters.none(Component.GPU),
                EnergyMeters.none(Component.RAM));
        String runId;
        try (CarbonLogger logger = CarbonLogger.start(config, meters)) {
            runId = logger.run().runId();
            CarbonLogger.Span a = logger.begin();
            clock.add(Duration.ofMillis(500));
            CarbonLogger.Span b = logger.begin();
            clock.add(Duration.ofMillis(500));
            assertThat(a.end(Context.of("a")).overlapped()).isTrue();
            clock.add(Duration.ofMillis(500));
            b.end(Context.of("b"));
            clock.add(Duration.ofMillis(210));
        }

        JsonNode summary = ReportTestCases.MAPPER.readTree(
                directory.resolve("summary-" + runId + ".json").toFile());
        assertThat(summary.get("totals").get("measured").asBoolean()).isTrue();
        assertThat(summary.get("totals").get("seconds").asDouble()).isCloseTo(1.71, within(1e-9));
        assertThat(summary.get("totals").get("energyConsumedJoules").asDouble()).isCloseTo(282.15, within(1e-9));
        assertThat(summary.get("steps").get("energyConsumedJoules").asDouble()).isCloseTo(330, within(1e-9));
        assertThat(summary.get("steps").get("loggedSeconds").asDouble()).isCloseTo(2, within(1e-9));
        assertThat(summary.get("steps").get("overlappedSeconds").asDouble()).isCloseTo(2, within(1e-9));
        List<String> row =
                Csv.split(Files.readAllLines(directory.resolve("emissions.csv")).get(1));
        List<String> header =
                Csv.split(Files.readAllLines(directory.resolve("emissions.csv")).get(0));
        assertThat(Double.parseDouble(row.get(header.indexOf("duration")))).isCloseTo(1.71, within(1e-9));
        assertThat(Double.parseDouble(row.get(header.indexOf("energy_consumed"))))
                .isCloseTo(282.15 / 3.6e6, within(1e-15));
        assertThat(Double.parseDouble(row.get(header.indexOf("cpu_power")))).isCloseTo(110, within(1e-9));
    }

    @Test
    void whenTheMetersFailAtCloseTheTotalsAreTheStepsSumsMarkedSo() throws IOException {
        MockClock clock = new MockClock();
        int[] reads = {0};
        Meters meters = new Meters(
                EnergyMeters.of(Component.CPU, MeasurementMethod.measured("PDU outlet", ""), () -> {
                    if (++reads[0] == 4) {
                        throw new IllegalStateException("PDU unreachable");
                    }
                    return Energy.ofJoules(100.0 * reads[0]);
                }),
                EnergyMeters.none(Component.GPU),
                EnergyMeters.none(Component.RAM));
        CarbonLogger logger = CarbonLogger.start(ReportTestCases.config(directory, clock, true), meters);
        String runId;
        try (logger) {
            runId = logger.run().runId();
            clock.addSeconds(1);
            logger.logCarbonMetrics(Context.TRAINING);
            clock.addSeconds(1);
            logger.logCarbonMetrics(Context.TRAINING);
            clock.addSeconds(1);
        }

        JsonNode summary = ReportTestCases.MAPPER.readTree(
                directory.resolve("summary-" + runId + ".json").toFile());
        assertThat(summary.get("totals").get("measured").asBoolean()).isFalse();
        assertThat(summary.get("totals").get("cpuEnergyJoules").asDouble()).isEqualTo(200);
        assertThat(summary.get("totals").get("seconds").asDouble()).isEqualTo(2);
        assertThat(logger.notices())
                .singleElement()
                .asString()
                .startsWith("reading the meters at close failed")
                .contains("PDU unreachable");
    }

    @Test
    void codeCarbonsHardwareColumnsComeFromTheMeters() throws IOException {
        MockClock clock = new MockClock();
        EnergyMeter gpus = new EnergyMeter() {
            @Override
            public Component component() {
                return Component.GPU;
            }

            @Override
            public MeasurementMethod method() {
                return MeasurementMethod.measured(
                        "NVML energy counter", "GPUs 0 NVIDIA H100, 1 NVIDIA H100, 2 NVIDIA A100");
            }

            @Override
            public Energy read() {
                return Energy.ZERO;
            }

            @Override
            public List<String> devices() {
                return List.of("NVIDIA H100", "NVIDIA H100", "NVIDIA A100");
            }
        };
        Meters meters = new Meters(
                EnergyMeters.fixed(Component.CPU, Power.ofWatts(40), clock), gpus, EnergyMeters.none(Component.RAM));
        try (CarbonLogger logger = CarbonLogger.start(ReportTestCases.config(directory, clock, true), meters)) {
            clock.addSeconds(1);
            logger.logCarbonMetrics(Context.TRAINING);
        }

        List<String> header =
                Csv.split(Files.readAllLines(directory.resolve("emissions.csv")).get(0));
        List<String> row =
                Csv.split(Files.readAllLines(directory.resolve("emissions.csv")).get(1));
        assertThat(row.get(header.indexOf("gpu_count"))).isEqualTo("3");
        assertThat(row.get(header.indexOf("gpu_model"))).isEqualTo("2 x NVIDIA H100, 1 x NVIDIA A100");
        assertThat(row.get(header.indexOf("cpu_count"))).isEqualTo(Integer.toString(probed().logicalCpus()));
        assertThat(Double.parseDouble(row.get(header.indexOf("ram_total_size"))))
                .isEqualTo(probed().totalMemoryBytes() / (1024.0 * 1024 * 1024));
    }

    @Test
    void noFilesWhenReportsAreOff() throws IOException {
        Path out = directory.resolve("off");
        MockClock clock = new MockClock();
        try (CarbonLogger logger =
                CarbonLogger.start(ReportTestCases.config(out, clock, false), ReportTestCases.meters(clock))) {
            logger.logCarbonMetrics(Context.TRAINING);
        }

        assertThat(out).doesNotExist();
    }

    @Test
    void anUnwritableDirectoryNeverFailsTheRun() throws IOException {
        Path notADirectory = Files.writeString(directory.resolve("a-file"), "x");
        MockClock clock = new MockClock();

        CarbonLogger logger =
                CarbonLogger.start(ReportTestCases.config(notADirectory, clock, true), ReportTestCases.meters(clock));
        try (logger) {
            clock.addSeconds(1);
            assertThat(logger.logCarbonMetrics(Context.TRAINING)
                            .energyConsumed()
                            .joules())
                    .isEqualTo(54);
        }

        assertThat(logger.notices())
                .singleElement()
                .asString()
                .startsWith("cannot write reports into " + notADirectory.toAbsolutePath());
    }

    @Test
    void loggersClosingTogetherInOneJvmAppendOneRowEach() throws Exception {
        int loggers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(loggers);
        for (int i = 0; i < loggers; i++) {
            pool.submit(() -> {
                MockClock clock = new MockClock();
                try (CarbonLogger logger = CarbonLogger.start(
                        ReportTestCases.config(directory, clock, true), ReportTestCases.meters(clock))) {
                    ReportTestCases.scenario(logger, clock);
                }
                return null;
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        List<String> rows = Files.readAllLines(directory.resolve("emissions.csv"));
        assertThat(rows).hasSize(1 + loggers);
        assertThat(rows.subList(1, rows.size()))
                .allSatisfy(r -> assertThat(Csv.split(r)).hasSize(ReportNames.EMISSIONS_FILE_COLUMNS.size()));
        assertThat(ReportTestCases.MAPPER
                        .readTree(directory.resolve("summary.json").toFile())
                        .get("steps")
                        .get("count")
                        .asLong())
                .isEqualTo(11L * loggers);
    }
}
