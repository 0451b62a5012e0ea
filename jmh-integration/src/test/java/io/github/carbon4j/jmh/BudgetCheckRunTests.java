package io.github.carbon4j.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * BudgetCheck --baseline on real forked JMH runs of {@link SpinTestCases}: a baseline, then the same
 * benchmark made two hundred times slower. At a fixed 100 W the energy per operation follows the time per
 * operation, so the slower run must be a regression and the baseline against itself must not.
 */
class BudgetCheckRunTests {

    @TempDir
    static Path directory;

    static Path baseline;
    static Path slower;

    @BeforeAll
    static void runBaselineAndSlowerRun() throws RunnerException {
        baseline = run("baseline.json", 100);
        slower = run("slower.json", 20_000);
    }

    private static Path run(String name, int spin) throws RunnerException {
        Path json = directory.resolve(name);
        new Runner(new OptionsBuilder()
                        .include(SpinTestCases.class.getName() + ".spin")
                        .mode(Mode.AverageTime)
                        .timeUnit(TimeUnit.NANOSECONDS)
                        .forks(1)
                        .jvmArgsAppend("-Dspin=" + spin)
                        .warmupIterations(1)
                        .warmupTime(TimeValue.milliseconds(200))
                        .measurementIterations(5)
                        .measurementTime(TimeValue.milliseconds(100))
                        .addProfiler("carbon", "cpu.power=100;ram.power=0;scope=machine;intensity=500;reports=false")
                        .resultFormat(ResultFormatType.JSON)
                        .result(json.toString())
                        .shouldFailOnError(true)
                        .build())
                .runSingle();
        return json;
    }

    @Test
    void theSlowerRunIsARegressionOfTheSameBenchmark() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int status = BudgetCheck.run(
                new String[] {slower.toString(), "--baseline", baseline.toString(), "--max-regression", "10%"},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err);

        assertThat(status).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("REGRESSED  " + SpinTestCases.class.getName() + ".spin  energy ")
                .contains("carbon budget: 0 of 1 benchmarks within budget");
    }

    @Test
    void aRunAgainstItselfIsWithinAndTheAbsoluteLimitsReadTheFilesUnits() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int status = BudgetCheck.run(
                new String[] {baseline.toString(), "--baseline", baseline.toString(), "--max-energy-per-op", "1 J"},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err);

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("OK    " + SpinTestCases.class.getName() + ".spin")
                .contains("(+0.0%")
                .contains("<= limit 1 J/op");
    }
}
