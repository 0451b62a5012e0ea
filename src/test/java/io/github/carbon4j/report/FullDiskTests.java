package io.github.carbon4j.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.carbon4j.CarbonLogger;
import io.github.carbon4j.Context;
import io.github.carbon4j.MockClock;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real full disk: a 512 KiB tmpfs filled up while a run logs, then freed. Runs only where the test
 * may mount one (root on Linux); {@link ReliabilityTests} covers the same cases everywhere with a
 * channel that fails on demand.
 */
class FullDiskTests {

    @TempDir
    Path directory;

    private Path mount;

    @AfterEach
    void unmount() throws Exception {
        // From Java 24 the steps file's last chunk stays mapped, keeping the mount busy, until collected and
        // cleaned (on the cleaner's thread, which a loaded machine may run late): wait for that, 30 s at most.
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (mount != null && command("umount", mount.toString()) != 0 && System.nanoTime() < deadline) {
            System.gc();
            Thread.sleep(100);
        }
    }

    @Test
    void aRunThatFillsTheDiskKeepsWholeRowsAndSaysWhatIsMissing() throws Exception {
        Path disk = Files.createDirectories(directory.resolve("disk"));
        Assumptions.assumeTrue(
                command("mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", disk.toString()) == 0,
                "cannot mount a tmpfs here");
        mount = disk;
        Path out = disk.resolve("out");
        Path filler = disk.resolve("filler");
        MockClock clock = new MockClock();
        String runId;
        try (CarbonLogger logger =
                CarbonLogger.start(ReportTestCases.config(out, clock, true), ReportTestCases.meters(clock))) {
            runId = logger.run().runId();
            for (int i = 0; i < 300; i++) {
                clock.add(Duration.ofMillis(10));
                logger.logCarbonMetrics(Context.of("Test" + i % 3));
                if (i == 30) {
                    fill(filler);
                }
                // The rows go on into the steps file's reserved 64 KB until it is used up (178 rows here),
                // then fail until the space is back.
                if (i == 250) {
                    Files.delete(filler);
                }
            }
        }

        List<StepRow> rows = ReportTestCases.readSteps(out.resolve("steps-" + runId + ".csv"));
        JsonNode summary = ReportTestCases.MAPPER.readTree(
                out.resolve("summary-" + runId + ".json").toFile());
        long unwritten = summary.get("runs").get(0).get("unwrittenSteps").asLong();
        assertThat(unwritten).isPositive();
        assertThat(rows.size() + unwritten).isEqualTo(300);
        assertThat(rows.get(rows.size() - 1).metrics().step())
                .isEqualTo(99); // the last step (Test2 #99), written once space was back
        assertThat(Files.readString(out.resolve("steps-" + runId + ".csv"))
                        .lines()
                        .skip(1))
                .noneMatch(StepCsv::isTorn);
        assertThat(summary.get("complete").asBoolean()).isFalse();
        assertThat(summary.get("steps").get("count").asLong()).isEqualTo(300);
        List<String> emissions = Files.readAllLines(out.resolve("emissions.csv"));
        assertThat(Csv.split(emissions.get(1)).get(38)).isEqualTo("incomplete: " + unwritten + " steps not written");
    }

    private static void fill(Path filler) {
        try (OutputStream stream = Files.newOutputStream(filler)) {
            byte[] block = new byte[4096];
            while (true) {
                stream.write(block);
            }
        } catch (IOException e) {
            // the disk is full
        }
    }

    private static int command(String... command) throws Exception {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (IOException e) {
            return -1;
        }
    }
}
