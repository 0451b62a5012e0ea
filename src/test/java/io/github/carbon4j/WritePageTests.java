package io.github.carbon4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link CarbonLogger#writePage}: the page of the output directory before the run closes, with the
 * runs closed there and this run's steps so far.
 */
class WritePageTests {

    @TempDir
    Path directory;

    private final MockClock clock = new MockClock();

    private CarbonLogger logger(Path out, boolean reports) {
        return CarbonLogger.start(CarbonConfig.builder()
                .cpuPower(Power.ofWatts(100))
                .ramPower(Power.ofWatts(10))
                .scope(Scope.MACHINE)
                .carbonIntensity(CarbonIntensity.ofGramsPerKilowattHour(500))
                .reports(reports)
                .outputDirectory(out)
                .experiment("pages")
                .clock(clock)
                .build());
    }

    @Test
    void thePageHoldsTheClosedRunsAndThisRunSoFar() throws IOException {
        Path out = directory.resolve("out");
        try (CarbonLogger earlier = logger(out, true)) {
            clock.addSeconds(1);
            earlier.logCarbonMetrics(Context.of("EarlierTests"), 0);
        }
        CarbonLogger logger = logger(out, true);
        clock.addSeconds(2);
        logger.logCarbonMetrics(Context.of("RunningTests"), 0);
        Path page = directory.resolve("attached.html");

        assertThat(logger.writePage(page)).isTrue();

        assertThat(Files.readString(page))
                .startsWith("<!DOCTYPE html>")
                .contains("2 runs")
                .contains(">EarlierTests<")
                .contains(">RunningTests<");
        logger.close();
        assertThatThrownBy(() -> logger.writePage(page)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void nothingIsWrittenWithReportsOffOrKeptForClose() throws IOException {
        Path page = directory.resolve("attached.html");
        try (CarbonLogger off = logger(directory.resolve("off"), false)) {
            off.logCarbonMetrics(Context.TRAINING, 0);
            assertThat(off.writePage(page)).isFalse();
        }
        try (CarbonLogger quiet = CarbonLogger.startQuiet(CarbonConfig.builder()
                .cpuPower(Power.ofWatts(1))
                .ramPower(Power.ofWatts(1))
                .carbonIntensity(CarbonIntensity.ofGramsPerKilowattHour(1))
                .outputDirectory(directory.resolve("quiet"))
                .clock(clock)
                .build())) {
            quiet.logCarbonMetrics(Context.TRAINING, 0);
            assertThat(quiet.writePage(page)).isFalse();
        }
        assertThat(page).doesNotExist();
    }
}
