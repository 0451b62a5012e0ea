package io.github.carbon4j.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.carbon4j.CarbonLogger;
import io.github.carbon4j.Context;
import io.github.carbon4j.MockClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A step's stable name and display name reach the reports that name steps: the summaries' top
 * steps and the page's top table, when the run closes and when the directory is rebuilt from the
 * steps files alone.
 */
class StepNamesInReportsTests {

    private static final String ID = "[engine:junit-jupiter]/[class:com.acme.MathTests]/[method:adds(int)]";

    @TempDir
    Path directory;

    @Test
    void topStepsCarryTheirNamesIntoTheSummaryAndThePage() throws IOException {
        MockClock clock = new MockClock();
        String runId;
        try (CarbonLogger logger =
                CarbonLogger.start(ReportTestCases.config(directory, clock, true), ReportTestCases.meters(clock))) {
            runId = logger.run().runId();
            CarbonLogger.Span span = logger.begin();
            clock.add(Duration.ofSeconds(3));
            span.end(Context.of("MathTests"), 0, ID, "adds(int) <1, 2>", Map.of());
            clock.add(Duration.ofSeconds(1));
            logger.logCarbonMetrics(Context.TRAINING);
        }
        // The logger's step covers the 4 s since start, the span 3 s of them.
        List<String> expected = List.of("Training #0|", ID + "|adds(int) <1, 2>");
        assertThat(topSteps(directory.resolve("summary-" + runId + ".json"))).isEqualTo(expected);
        assertThat(ReportTestCases.read(directory.resolve("report.html")))
                .contains("<td title=\"" + Html.esc(ID) + "\">adds(int) &lt;1, 2&gt;</td>")
                .contains("<td title=\"Training #0\">Training #0</td>");

        // Rebuilt from the steps file alone, the names are the same.
        Files.delete(directory.resolve("summary-" + runId + ".json"));
        Path rebuilt = ReportTestCases.rebuild(directory);
        assertThat(topSteps(rebuilt.resolve("summary.json"))).isEqualTo(expected);
    }

    @Test
    void summariesWrittenBeforeStepNamesReadWithContextAndStepAsTheName() throws IOException {
        ReportTestCases.writeGoldenRun(directory, "old");
        Path file = directory.resolve("summary-old.json");
        String names = ",\\s*\"name\" : \"[^\"]*\",\\s*\"displayName\" : \"\"";
        Files.writeString(file, Files.readString(file).replaceAll(names, ""));
        assertThat(Files.readString(file)).doesNotContain("\"displayName\"");

        Summary read = ReportDirectory.read(List.of(directory), new io.github.carbon4j.internal.Notices());
        assertThat(read.top()).isNotEmpty().allSatisfy(t -> {
            assertThat(t.name()).isEmpty();
            assertThat(t.stableName()).isEqualTo(t.context() + " #" + t.step());
        });
    }

    private static List<String> topSteps(Path summary) throws IOException {
        List<String> names = new ArrayList<>();
        for (JsonNode t : ReportTestCases.MAPPER.readTree(summary.toFile()).get("topSteps")) {
            names.add(t.get("name").asText() + "|" + t.get("displayName").asText());
        }
        return names;
    }
}
