package io.github.carbon4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link CarbonLogger#startQuiet}: the same records as a logger that writes as it goes, with no
 * report file in the output directory before close and the same files after it.
 */
class QuietLoggerTests {

    @TempDir
    Path directory;

    private final MockClock clock = new MockClock();

    @Test
    void writesNoReportUntilCloseThenEveryStepInOrder() throws IOException {
        Path out = directory.resolve("quiet");
        CarbonLogger logger = CarbonLogger.startQuiet(CarbonConfig.builder()
                .cpuPower(Power.ofWatts(100))
                .ramPower(Power.ofWatts(10))
                .scope(Scope.MACHINE)
                .carbonIntensity(CarbonIntensity.ofGramsPerKilowattHour(500))
                .outputDirectory(out)
                .clock(clock)
                .build());
        for (int step = 0; step < 3; step++) {
            clock.addSeconds(1);
            CarbonMetrics metrics = logger.logCarbonMetrics(Context.TRAINING, step);
            assertThat(metrics.energyConsumed().joules()).isCloseTo(110, within(1e-9));
        }
        CarbonLogger.Span span = logger.begin();
        clock.addSeconds(2);
        span.end(Context.VALIDATION, 0, "a stable name");
        assertThat(files(out)).as("written before close").isEmpty();

        logger.close();

        assertThat(files(out)).contains("report.html", "summary.json", "emissions.csv");
        Path steps = out.resolve(files(out).stream()
                .filter(n -> n.startsWith("steps-"))
                .findFirst()
                .orElseThrow());
        List<String> rows = Files.readAllLines(steps);
        assertThat(rows).hasSize(5); // the header and four steps
        assertThat(rows.get(4)).contains("a stable name");
        assertThat(rows.subList(1, 4)).allMatch(row -> row.contains(Context.TRAINING.name()));
    }

    @Test
    void reportsThatCannotOpenAtCloseAreSaidOnceAndDoNotFailClose() {
        io.github.carbon4j.internal.Notices notices = new io.github.carbon4j.internal.Notices();
        io.github.carbon4j.internal.CarbonReporter reporter = io.github.carbon4j.report.Reporters.atClose(
                () -> {
                    throw new IllegalStateException("no machine facts");
                },
                notices);
        CarbonMetrics metrics = CarbonMetrics.of(
                Context.TRAINING,
                0,
                java.time.Instant.EPOCH,
                java.time.Duration.ofSeconds(1),
                ComponentEnergies.builder()
                        .put(Component.CPU, Energy.ofJoules(1), MeasurementMethod.NONE)
                        .build(),
                CarbonIntensity.ofGramsPerKilowattHour(100),
                "test",
                1,
                Scope.MACHINE,
                false);
        reporter.step(metrics);

        reporter.close(metrics);

        assertThat(notices.issued())
                .anyMatch(m -> m.contains("cannot write the run's reports") && m.contains("no machine facts"));
    }

    private static List<String> files(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
