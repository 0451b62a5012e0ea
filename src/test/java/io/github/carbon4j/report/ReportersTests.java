package io.github.carbon4j.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.carbon4j.CarbonLogger;
import io.github.carbon4j.Context;
import io.github.carbon4j.MockClock;
import io.github.carbon4j.Notices;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    @Test
    void aLoggerWritesEveryReportFile() throws IOException {
        MockClock clock = new MockClock();
        String runId;
        try (CarbonLogger logger = CarbonLogger.start(ReportTestCases.config(directory, clock, true),
                ReportTestCases.meters(clock))) {
            runId = logger.run().runId();
            ReportTestCases.scenario(logger, clock);
            // on disk as soon as the step is logged, before close
            assertThat(ReportTestCases.readSteps(directory.resolve("steps-" + runId + ".csv"))).hasSize(11);
        }

        assertThat(directory.resolve("run-" + runId + ".json")).exists();
        assertThat(directory.resolve("summary-" + runId + ".json")).exists();
        assertThat(directory.resolve("summary.json")).exists();
        assertThat(directory.resolve("report.html")).exists();
        assertThat(Files.readAllLines(directory.resolve("emissions.csv"))).hasSize(2);
        assertThat(directory.resolve("prov/golden_" + runId + "/prov_golden_GR0_" + runId + ".json")).exists();
        var run = Json.MAPPER.readTree(directory.resolve("run-" + runId + ".json").toFile());
        assertThat(run.get("machine").get("cpuCount").asInt()).isEqualTo(Runtime.getRuntime().availableProcessors());
    }

    @Test
    void noFilesWhenReportsAreOff() throws IOException {
        Path out = directory.resolve("off");
        MockClock clock = new MockClock();
        try (CarbonLogger logger = CarbonLogger.start(ReportTestCases.config(out, clock, false),
                ReportTestCases.meters(clock))) {
            logger.logCarbonMetrics(Context.TRAINING);
        }

        assertThat(out).doesNotExist();
    }

    @Test
    void anUnwritableDirectoryNeverFailsTheRun() throws IOException {
        Path notADirectory = Files.writeString(directory.resolve("a-file"), "x");
        MockClock clock = new MockClock();

        try (CarbonLogger logger = CarbonLogger.start(ReportTestCases.config(notADirectory, clock, true),
                ReportTestCases.meters(clock))) {
            clock.addSeconds(1);
            assertThat(logger.logCarbonMetrics(Context.TRAINING).energyConsumed().joules()).isEqualTo(54);
        }

        assertThat(Notices.issued()).anyMatch(n -> n.startsWith("cannot write reports into " + notADirectory.toAbsolutePath()));
    }

    @Test
    void loggersClosingTogetherInOneJvmAppendOneRowEach() throws Exception {
        int loggers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(loggers);
        for (int i = 0; i < loggers; i++) {
            pool.submit(() -> {
                MockClock clock = new MockClock();
                try (CarbonLogger logger = CarbonLogger.start(ReportTestCases.config(directory, clock, true),
                        ReportTestCases.meters(clock))) {
                    ReportTestCases.scenario(logger, clock);
                }
                return null;
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        List<String> rows = Files.readAllLines(directory.resolve("emissions.csv"));
        assertThat(rows).hasSize(1 + loggers);
        assertThat(rows.subList(1, rows.size())).allSatisfy(r -> assertThat(Csv.split(r)).hasSize(39));
        assertThat(Json.MAPPER.readTree(directory.resolve("summary.json").toFile()).get("steps").get("count").asLong())
                .isEqualTo(11L * loggers);
    }
}
