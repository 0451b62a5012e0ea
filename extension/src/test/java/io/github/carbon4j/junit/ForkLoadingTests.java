package io.github.carbon4j.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
 * attachment where they are not used; and {@link StartWarmup}'s list of classes, against what a fork without
 * it loads.
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

    @Test
    void theWarmupLoadsWhatATrackedForkLoadsAndNothingElse() throws Exception {
        List<String> cold = carbon4jClasses(loadedBy(Map.of(), true));
        List<String> warm = carbon4jClasses(loadedBy(Map.of(), false));
        List<String> listed;
        try (InputStream in = StartWarmup.class.getResourceAsStream(StartWarmup.CLASSES)) {
            listed = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
        }
        List<String> covered = cold.stream().filter(listed::contains).toList();
        if (!cold.containsAll(listed) || covered.size() < cold.size() * 9 / 10) {
            // What the list should be now, to copy over src/main/resources/io/github/carbon4j/junit/.
            Files.write(Path.of("target", StartWarmup.CLASSES), cold);
        }
        assertThat(cold)
                .as("a tracked fork loads every class the warmup lists (else see target/%s)", StartWarmup.CLASSES)
                .containsAll(listed);
        assertThat(covered)
                .as("the warmup lists most classes a tracked fork loads (else see target/%s)", StartWarmup.CLASSES)
                .hasSizeGreaterThanOrEqualTo(cold.size() * 9 / 10);
        assertThat(warm)
                .as("what the warmup made a fork load besides what it loads anyway")
                .contains(JUNIT + "StartWarmup")
                .filteredOn(name -> !name.equals(JUNIT + "StartWarmup"))
                .isSubsetOf(cold);
    }

    /** carbon4j's own classes of a class-loading log, in order: no lambdas, no test classes. */
    private static List<String> carbon4jClasses(List<String> loaded) {
        return loaded.stream()
                .filter(name ->
                        name.startsWith("io.github.carbon4j.") && !name.contains("$$Lambda") && !name.contains("/"))
                .filter(name -> !name.startsWith(ForkLauncherMain.class.getName()))
                .toList();
    }

    /**
     * The classes a fresh JVM loads to run {@link ForkLauncherMain} with the extension, in order, with
     * these environment variables and without GITHUB_STEP_SUMMARY otherwise; on the tests' class path
     * without Open Test Reporting and OpenTelemetry, which a plain project does not have.
     */
    private List<String> loadedBy(Map<String, String> environment) throws IOException, InterruptedException {
        return loadedBy(environment, false);
    }

    /** As {@link #loadedBy(Map)}; {@code cold}: without launcher session listeners, so without {@link StartWarmup}. */
    private List<String> loadedBy(Map<String, String> environment, boolean cold)
            throws IOException, InterruptedException {
        // A directory per JVM: a second JVM into the same one would merge the first one's summary.
        Path run = Files.createTempDirectory(temp, cold ? "cold" : "warm");
        Path log = run.resolve("classes.log");
        Path output = run.resolve("child.log");
        List<String> classPath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.contains("opentelemetry") && !entry.contains("reporting")) {
                classPath.add(entry);
            }
        }
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + log + ":none",
                "-Dcarbon4j.output-dir=" + run.resolve("out"),
                "-Dcarbon4j.intensity=100",
                "-cp",
                String.join(File.pathSeparator, classPath),
                ForkLauncherMain.class.getName(),
                "with",
                cold ? "cold" : "warm");
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
