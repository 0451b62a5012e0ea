package io.github.carbon4j.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real launcher run in a JVM of its own with {@code GITHUB_STEP_SUMMARY} set, as GitHub Actions
 * sets it: the run summary lands in that file as Markdown, budget failures included.
 */
class GithubStepSummaryTests {

    @TempDir
    Path directory;

    @Test
    void theRunSummaryIsAppendedToTheFileTheVariableNames() throws IOException, InterruptedException {
        Path summary = Files.writeString(directory.resolve("step-summary.md"), "## build\n");
        Path log = directory.resolve("child.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(
                        java,
                        "-Xmx128m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        StepSummaryLauncherMain.class.getName()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("GITHUB_STEP_SUMMARY", summary.toString());
        Process child = builder.start();

        assertThat(child.waitFor(120, TimeUnit.SECONDS))
                .as("the child JVM ended")
                .isTrue();
        assertThat(child.exitValue()).as(Files.readString(log)).isZero();

        // 400 ms at 1000 W is at least 400 J, over the configured 300 J; the quick test is not.
        assertThat(summary)
                .content()
                .startsWith("## build\n### carbon4j: tests\n\n**2 tests tracked: ")
                .contains("at 1000 g/kWh (fixed by carbon4j.intensity)")
                .contains("- cpu configured as fixed power")
                .contains("| top emitters | emissions | energy |")
                .containsPattern("\\| `BudgetTestCases #\\d slow\\(\\)` \\| [0-9.]+ mgCO2eq \\| [0-9.]+ J \\|")
                .contains("**1 test over budget**")
                .containsPattern("- BudgetTestCases #\\d slow\\(\\): carbon budget exceeded: [0-9.]+ J &gt; 300 J"
                        + " \\(carbon4j.budget.test.\\*; ");
        assertThat(Files.readString(log)).contains("carbon4j: 2 tests tracked");
    }
}
