package io.github.carbon4j.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * What a real JMH fork with {@code -prof carbon} does while it measures, read from its class-loading
 * log and the threads alive at the end of its last measurement iteration ({@link ForkProbeTestCases}):
 * no report writer and no JSON library is loaded before then, no carbon4j thread samples the
 * machine in the background, and C2 compiles the benchmark as it would without the profiler; the
 * reports are written after.
 */
class ForkLoadingTests {

    /** The report package's types the logger itself needs while it measures: none of them writes. */
    private static final Set<String> NEEDED = Set.of(
            "io.github.carbon4j.report.RunInfo",
            "io.github.carbon4j.report.CarbonReporter",
            "io.github.carbon4j.report.Reporters",
            "io.github.carbon4j.report.DeferredReporter");

    private static final String MARK = ForkProbeTestCases.class.getName() + "$LastIterationEnded";

    @TempDir
    static Path directory;

    static List<String> before;
    static List<String> after;

    @BeforeAll
    static void runJmhOnce() throws Exception {
        Path log = directory.resolve("classes.log");
        new Runner(new OptionsBuilder()
                        .include(ForkProbeTestCases.class.getName() + ".append")
                        .forks(1)
                        .warmupIterations(2)
                        .warmupTime(TimeValue.milliseconds(150))
                        .measurementIterations(3)
                        .measurementTime(TimeValue.milliseconds(150))
                        .timeUnit(TimeUnit.NANOSECONDS)
                        // Detected meters (no fixed CPU power): on a machine without RAPL, the TDP model and its load.
                        .addProfiler(
                                "carbon", "intensity=500;scope=machine;output-dir=" + directory.resolve("carbon4j"))
                        .jvmArgsAppend(
                                "-Xlog:class+load=info:file=" + log + ":none",
                                "-Dprobe.threads=" + directory.resolve("threads.txt"),
                                "-XX:+UnlockDiagnosticVMOptions",
                                "-XX:CompileCommand=quiet",
                                "-XX:CompileCommand=option," + ForkProbeTestCases.class.getName()
                                        + "::append,PrintInlining")
                        .output(directory.resolve("jmh.txt").toString())
                        .shouldFailOnError(true)
                        .build())
                .runSingle();
        List<String> classes = classes(log);
        int mark = classes.indexOf(MARK);
        assertThat(mark).as("the probe's mark in the class-loading log").isPositive();
        before = classes.subList(0, mark);
        after = classes.subList(mark + 1, classes.size());
    }

    @Test
    void nothingForReportsIsLoadedUntilTheLastIterationWasMeasured() {
        assertThat(before).contains("io.github.carbon4j.CarbonLogger", "io.github.carbon4j.CarbonMetrics");
        assertThat(before)
                .as("loaded before the last iteration ended")
                .filteredOn(ForkLoadingTests::forReports)
                .isEmpty();
    }

    private static boolean forReports(String name) {
        return name.startsWith("com.fasterxml.jackson.")
                || name.startsWith("oshi.")
                || name.startsWith("com.sun.jna.")
                || name.startsWith("io.github.carbon4j.report.") && !NEEDED.contains(name);
    }

    @Test
    void theReportsAreWrittenAfterTheLastIteration() throws Exception {
        assertThat(after).contains("io.github.carbon4j.report.FileReporter", "io.github.carbon4j.report.HtmlReport");
        Path reports = directory.resolve("carbon4j");
        assertThat(reports.resolve("report.html")).isRegularFile();
        try (var files = Files.list(reports)) {
            Path steps = files.filter(p -> p.getFileName().toString().startsWith("steps-"))
                    .findFirst()
                    .orElseThrow();
            String name = ForkProbeTestCases.class.getName() + ".append";
            // Two warmup and three measurement iterations, in the order they ran.
            assertThat(Files.readAllLines(steps))
                    .filteredOn(line -> line.contains(name))
                    .hasSize(5);
        }
    }

    @Test
    void noCarbonThreadRunsWhileJmhMeasures() throws Exception {
        List<String> threads = Files.readAllLines(directory.resolve("threads.txt"));
        assertThat(threads)
                .as("threads alive at the end of the last iteration")
                .isNotEmpty()
                .doesNotContain("carbon4j-load-sampler", "carbon4j-intensity");
    }

    /**
     * The report writers, run between warmup iterations, took the UTF-16 branch of
     * StringBuilder.append(char) at least once; C2 then compiled the benchmark's own appends with
     * that branch (inflate, putCharSB), which it never takes: the likely cause of an allocating
     * 100 ns benchmark moving by 15-20 % with the profiler.
     */
    @Test
    void theBenchmarkIsCompiledAsIfTheProfilerWereNotThere() throws Exception {
        List<String> inlining = Files.readAllLines(directory.resolve("jmh.txt")).stream()
                .filter(line -> line.contains("java.lang.") && line.contains("::"))
                .toList();
        assertThat(inlining)
                .as("C2's inlining of the benchmark")
                .anyMatch(line -> line.contains("StringBuilder::append"))
                .noneMatch(line ->
                        line.contains("AbstractStringBuilder::inflate") || line.contains("StringUTF16::putCharSB"));
    }

    private static List<String> classes(Path log) throws Exception {
        // Undecorated (":none"), each line is "java.lang.Object source: shared objects file".
        List<String> classes = Files.readAllLines(log).stream()
                .filter(line -> line.indexOf(' ') > 0)
                .map(line -> line.substring(0, line.indexOf(' ')))
                .toList();
        return classes;
    }
}
