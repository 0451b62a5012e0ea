package io.github.carbon4j.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * A sensor that is there but broken never fails a user's test, through the real engine: a RAPL
 * counter with garbage in it (as a misbehaving driver would give) degrades to the TDP model, and the
 * report entries say so.
 */
class MissingSensorTests {

    @Test
    void aGarbledRaplCounterDegradesToTheTdpModelAndTheTestsPass(@TempDir Path powercap) throws IOException {
        Path zone = Files.createDirectories(powercap.resolve("intel-rapl:0"));
        Files.writeString(zone.resolve("name"), "package-0\n");
        Files.writeString(zone.resolve("energy_uj"), "not a number\n");
        Files.writeString(zone.resolve("max_energy_range_uj"), "262143328850\n");

        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                .configurationParameters(Map.of(
                        "carbon4j.powercap.root", powercap.toString(),
                        "carbon4j.scope", "machine",
                        "carbon4j.intensity", "1000",
                        "carbon4j.reports", "false"))
                .selectors(selectClass(TrackedTestCases.class))
                .execute();

        results.testEvents()
                .assertStatistics(stats -> stats.started(2).succeeded(2).failed(0));
        List<Map<String, String>> entries = CarbonTestKit.entries(results);
        assertThat(entries).hasSize(2).allSatisfy(entry -> {
            assertThat(entry.get(CarbonReportEntries.EXPLAIN)).contains("cpu estimated by TDP model");
            assertThat(Double.parseDouble(entry.get(CarbonReportEntries.ENERGY)))
                    .isPositive();
        });
    }

    @TrackCarbon
    static class TrackedTestCases {

        @Test
        void one() throws InterruptedException {
            Thread.sleep(5);
        }

        @Test
        void two() throws InterruptedException {
            Thread.sleep(5);
        }
    }
}
