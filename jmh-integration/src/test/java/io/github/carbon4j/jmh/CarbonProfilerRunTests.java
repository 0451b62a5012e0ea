package io.github.carbon4j.jmh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * One real JMH run in a forked JVM through the {@code carbon} alias, with fixed powers (100 W CPU,
 * 10 W RAM, whole machine) and 500 g/kWh, so every figure can be checked against the others.
 */
@SuppressWarnings("rawtypes") // JMH's result API hands out raw Result types
class CarbonProfilerRunTests {

    private static final double INTENSITY = 500;

    @TempDir
    static Path directory;

    static RunResult run;
    static Path json;

    @BeforeAll
    static void runJmhOnce() throws Exception {
        json = directory.resolve("results.json");
        run = new Runner(new OptionsBuilder()
                        .include(JoinTestCases.class.getName() + ".join")
                        .forks(1)
                        .warmupIterations(1)
                        .warmupTime(TimeValue.milliseconds(200))
                        .measurementIterations(2)
                        .measurementTime(TimeValue.milliseconds(200))
                        .timeUnit(TimeUnit.MILLISECONDS)
                        .addProfiler(
                                "carbon",
                                "cpu.power=100;ram.power=10;scope=machine;intensity=" + (int) INTENSITY + ";output-dir="
                                        + directory.resolve("carbon4j") + ";experiment=run-test")
                        .resultFormat(ResultFormatType.JSON)
                        .result(json.toString())
                        .shouldFailOnError(true)
                        .build())
                .runSingle();
    }

    @Test
    void everyLabelIsAggregatedInTheRunResult() {
        assertThat(run.getParams().getParam("size")).isEqualTo("32");
        Map<String, Result> secondary = run.getSecondaryResults();
        assertThat(secondary).containsKeys(CarbonLabels.ALL.toArray(String[]::new));
        for (String label : List.of(
                "carbon.energy",
                "carbon.energy.norm",
                "carbon.emissions",
                "carbon.emissions.norm",
                "carbon.emissions.rate",
                "carbon.power.cpu",
                "carbon.power.ram")) {
            assertThat(secondary.get(label).getScore()).as(label).isPositive().isFinite();
        }
        assertThat(secondary.get("carbon.power.cpu").getScore()).isCloseTo(100, within(0.5));
        assertThat(secondary.get("carbon.power.ram").getScore()).isCloseTo(10, within(0.05));
    }

    @Test
    void eachMeasuredIterationIsConsistentAndWarmupIsNotCounted() {
        List<IterationResult> iterations = run.getBenchmarkResults().stream()
                .flatMap(b -> b.getIterationResults().stream())
                .toList();
        assertThat(iterations).hasSize(2);
        for (IterationResult iteration : iterations) {
            Map<String, Result> r = iteration.getSecondaryResults();
            double joules = r.get("carbon.energy").getScore();
            double grams = r.get("carbon.emissions").getScore() / 1e6;
            assertThat(r.get("carbon.emissions").getScoreUnit()).isEqualTo("µg");
            long ops = iteration.getMetadata().getAllOps();
            assertThat(ops).isPositive();
            assertThat(joules).isPositive();
            assertThat(grams).isCloseTo(joules * INTENSITY / 3.6e6, within(grams * 1e-9));
            assertThat(r.get("carbon.energy.norm").getScore() / 1e6 * ops).isCloseTo(joules, within(joules * 1e-9));
            assertThat(r.get("carbon.emissions.norm").getScore() / 1e12 * ops).isCloseTo(grams, within(grams * 1e-9));
            // 110 W for at least the 200 ms iteration: JMH's own start and stop are inside the window.
            double seconds = joules / 110;
            assertThat(seconds).isBetween(0.19, 2.0);
            assertThat(r.get("carbon.emissions.rate").getScore() / 1e6)
                    .isCloseTo(grams / seconds, within(grams / seconds * 0.01));
        }
        BenchmarkResult benchmark = run.getBenchmarkResults().iterator().next();
        double sum = benchmark.getIterationResults().stream()
                .mapToDouble(i -> i.getSecondaryResults().get("carbon.energy").getScore())
                .sum();
        assertThat(run.getSecondaryResults().get("carbon.energy").getScore()).isCloseTo(sum, within(sum * 1e-9));
    }

    @Test
    void theForkLogsEachIterationAsAStepOfTheBenchmarksContext() throws Exception {
        String name = JoinTestCases.class.getName() + ".join(size=32)";
        String reports;
        try (var files = Files.walk(directory.resolve("carbon4j"))) {
            reports = files.filter(Files::isRegularFile)
                    .map(CarbonProfilerRunTests::read)
                    .collect(Collectors.joining("\n"));
        }
        assertThat(reports).contains(name + " [warmup]").contains(name + ",");
        // The stable name of a step: the benchmark with its parameters, and the iteration (from 1).
        assertThat(reports)
                .contains(
                        "\"name\" : \"" + name + " #1\"",
                        "\"name\" : \"" + name + " #2\"",
                        "\"name\" : \"" + name + " [warmup] #1\"");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void jsonResultsCarryTheLabelsAndBudgetCheckReadsThem() throws Exception {
        String text = Files.readString(json);
        for (String label : CarbonLabels.ALL) {
            assertThat(text).contains("\"" + label + "\"");
        }
        double perOp = run.getSecondaryResults().get("carbon.energy.norm").getScore() / 1e6;

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int within = BudgetCheck.run(
                new String[] {
                    json.toString(), "--max-energy-per-op", (perOp * 2) + " J", "--max-emissions-per-op", "1 g"
                },
                new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err);
        assertThat(within).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("OK    " + JoinTestCases.class.getName() + ".join(size=32)");

        int over = BudgetCheck.run(
                new String[] {json.toString(), "--max-energy-per-op", (perOp / 2) + " J"},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                System.err);
        assertThat(over).isEqualTo(1);
    }

    @Test
    void assertionsPassWithinBudgetAndExplainWhenOver() {
        // The table shows µJ/op and pg/op; the assertions read those units from the results.
        double perOp = run.getSecondaryResults().get("carbon.energy.norm").getScore() / 1e6;
        double gramsPerOp =
                run.getSecondaryResults().get("carbon.emissions.norm").getScore() / 1e12;
        JmhCarbonAssertions.assertThat(run)
                .hasEnergyPerOpAtMost((perOp * 1.01) + " J")
                .hasEmissionsPerOpAtMost((gramsPerOp * 1.01) + " g");
        assertThatThrownBy(() -> JmhCarbonAssertions.assertThat(run).hasEnergyPerOpAtMost((perOp * 0.99) + " J"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(".join(size=32)")
                .hasMessageContaining("energy per operation of at most")
                .hasMessageContaining("carbon.energy.norm");
        assertThatThrownBy(
                        () -> JmhCarbonAssertions.assertThat(run).hasEmissionsPerOpAtMost((gramsPerOp * 0.99) + " g"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("emissions per operation of at most");
    }
}
