package io.github.carbon4j.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a test JVM loads for the extension, seen in the class-loading log of a fresh JVM that runs one
 * plain test class with the extension autodetected, as a Surefire fork of a project with carbon4j-junit
 * does: no lambdas of the extension's own past the two that open the session, no formatter locale data
 * for the summary, and nothing for the class budgets, the GitHub step summary or the Open Test Reporting
 * attachment where they are not used.
 */
class ForkLoadingTests {

    private static final String JUNIT = "io.github.carbon4j.junit.";

    @TempDir
    Path temp;

    @Test
    void aPlainForkLoadsOnlyWhatItUses() throws Exception {
        List<String> loaded = loadedBy(Map.of());
        assertThat(loaded)
                .contains(JUNIT + "CarbonExtension", JUNIT + "CarbonSession", JUNIT + "TestEntry", JUNIT + "RunSummary")
                .doesNotContain(
                        JUNIT + "PageAttachment", // Open Test Reporting is off
                        JUNIT + "ClassTotal", // no class has a budget
                        "io.github.carbon4j.report.StepSummary", // GITHUB_STEP_SUMMARY is unset
                        "java.text.DecimalFormatSymbols"); // the summary's lines are padded by hand
        // A lambda is a class spun at its first use: the session's store and its configuration lookup need
        // a function each, once per JVM; the callbacks of each test use none.
        assertThat(loaded)
                .filteredOn(name -> name.startsWith(JUNIT) && name.contains("$$Lambda"))
                .hasSizeLessThanOrEqualTo(2)
                .allMatch(name ->
                        name.startsWith(JUNIT + "CarbonExtension$$") || name.startsWith(JUNIT + "CarbonSession$$"));
    }

    @Test
    void theStepSummaryIsWrittenWhereGithubNamesAFile() throws Exception {
        Path summary = temp.resolve("step-summary.md");
        assertThat(loadedBy(Map.of("GITHUB_STEP_SUMMARY", summary.toString())))
                .contains("io.github.carbon4j.report.StepSummary");
        assertThat(Files.readString(summary)).startsWith("### carbon4j: tests").contains("**3 tests tracked: ");
    }

    /**
     * The classes a fresh JVM loads to run {@link ForkLauncherMain} with the extension, in order, with
     * these environment variables and without GITHUB_STEP_SUMMARY otherwise; on the tests' class path
     * without Open Test Reporting and OpenTelemetry, which a plain project does not have.
     */
    private List<String> loadedBy(Map<String, String> environment) throws IOException, InterruptedException {
        Path log = temp.resolve("classes.log");
        Path output = temp.resolve("child.log");
        List<String> classPath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.contains("opentelemetry") && !entry.contains("reporting")) {
                classPath.add(entry);
            }
        }
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + log + ":none",
                "-Dcarbon4j.output-dir=" + temp.resolve("out"),
                "-Dcarbon4j.intensity=100",
                "-cp",
                String.join(File.pathSeparator, classPath),
                ForkLauncherMain.class.getName(),
                "with");
        builder.environment().remove("GITHUB_STEP_SUMMARY");
        builder.environment().putAll(environment);
        Process child = builder.redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        assertThat(child.waitFor(2, TimeUnit.MINUTES)).as("child JVM finished").isTrue();
        String printed = Files.readString(output);
        assertThat(child.exitValue()).as(printed).isZero();
        assertThat(printed).as("the extension ran").contains("carbon4j: 3 tests tracked: ");
        // Undecorated (":none"), each line is "java.lang.Object source: shared objects file".
        List<String> classes = Files.readAllLines(log).stream()
                .filter(line -> line.indexOf(' ') > 0)
                .map(line -> line.substring(0, line.indexOf(' ')))
                .toList();
        return classes;
    }
}
