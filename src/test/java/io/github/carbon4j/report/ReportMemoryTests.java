package io.github.carbon4j.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.carbon4j.CarbonLogger;
import io.github.carbon4j.Context;
import io.github.carbon4j.MockClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report command streams a killed run's steps: a JVM with a 16 MB heap builds the page and the
 * totals of a steps file larger than its heap. (samples' ReportScale does the same for ten
 * directories of a million steps under 128 MB.)
 */
class ReportMemoryTests {

    private static final int STEPS = 45_000;

    @TempDir
    Path directory;

    @Test
    void aSmallHeapReadsAStepsFileLargerThanItself() throws Exception {
        Path killed = directory.resolve("killed");
        Files.createDirectories(killed);
        MockClock clock = new MockClock();
        try (CarbonLogger logger = CarbonLogger.start(
                ReportTestCases.config(directory.resolve("live"), clock, true), ReportTestCases.meters(clock))) {
            for (int i = 0; i < STEPS; i++) {
                clock.add(Duration.ofMillis(10));
                logger.logCarbonMetrics(Context.of("context " + i % 50 + " " + "x".repeat(60)), i / 50);
            }
            String runId = logger.run().runId();
            // what a JVM killed now leaves behind: the steps file and the run file, no summary
            for (String name : List.of(ReportNames.stepsFile(runId), ReportNames.runFile(runId))) {
                Files.copy(directory.resolve("live").resolve(name), killed.resolve(name));
            }
        }
        assertThat(Files.size(killed.resolve(ReportNames.stepsFile(
                        ReportDirectory.unclosed(killed).get(0).runId()))))
                .isGreaterThan(16L << 20);

        assertThat(reportMain("html", "--out", directory.resolve("page").toString(), killed.toString()))
                .contains("(1 runs, " + STEPS + " steps)");
        assertThat(Files.size(directory.resolve("page").resolve(ReportNames.HTML)))
                .isLessThan(2L << 20);
        assertThat(reportMain("summary", killed.toString())).contains(STEPS + " steps");
    }

    private static String reportMain(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx16m",
                "-cp",
                System.getProperty("java.class.path"),
                ReportMain.class.getName()));
        command.addAll(List.of(arguments));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        return output;
    }
}
