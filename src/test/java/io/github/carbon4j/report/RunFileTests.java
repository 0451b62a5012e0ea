package io.github.carbon4j.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.carbon4j.CarbonLogger;
import io.github.carbon4j.Context;
import io.github.carbon4j.MockClock;
import io.github.carbon4j.internal.Notices;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run file waits for the first step (nothing JSON at start), yet a run that never closes keeps its machine. */
class RunFileTests {

    @TempDir
    Path directory;

    @Test
    void theRunFileComesWithTheFirstStepAndAnUnclosedRunIsFinishedWithItsMachine() throws Exception {
        MockClock clock = new MockClock();
        CarbonLogger logger =
                CarbonLogger.start(ReportTestCases.config(directory, clock, true), ReportTestCases.meters(clock));
        Path runFile = directory.resolve(ReportNames.runFile(logger.run().runId()));
        assertThat(runFile).doesNotExist();
        clock.add(Duration.ofSeconds(2));
        logger.logCarbonMetrics(Context.TRAINING, 0);
        assertThat(runFile).exists();
        RunRecord written = JsonTree.readRun(runFile, ReportTestCases.read(runFile), directory);
        assertThat(written.run().runId()).isEqualTo(logger.run().runId());
        assertThat(written.machine().cpuCount()).isPositive();

        // as a killed JVM leaves it: a steps row and the run file, no summary; finish rebuilds from both
        ReportMain.finish(directory, java.util.TimeZone.getTimeZone("UTC"), new Notices());
        var summary = ReportTestCases.MAPPER.readTree(
                directory.resolve(ReportNames.SUMMARY).toFile());
        var run = summary.get("runs").get(0);
        assertThat(run.get("killed").asBoolean()).isTrue();
        assertThat(run.get("machine").get("cpuCount").asInt())
                .isEqualTo(written.machine().cpuCount());
        // 2 s at 40 W CPU and 5 W RAM, PUE 1.2, from first principles
        assertThat(run.get("steps").get("energyConsumedJoules").asDouble())
                .isCloseTo(45 * 2 * 1.2, org.assertj.core.api.Assertions.within(1e-9));
        logger.close();
    }

    @Test
    void aRunWithoutStepsGetsItsRunFileWhenItCloses() {
        MockClock clock = new MockClock();
        String runId;
        try (CarbonLogger logger =
                CarbonLogger.start(ReportTestCases.config(directory, clock, true), ReportTestCases.meters(clock))) {
            runId = logger.run().runId();
            assertThat(directory.resolve(ReportNames.runFile(runId))).doesNotExist();
        }
        assertThat(directory.resolve(ReportNames.runFile(runId))).exists();
    }
}
