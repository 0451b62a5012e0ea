package io.github.carbon4j.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** BudgetCheck on JMH JSON files: org.acme.JoinBench.join at size 10 (1.1 µJ/op, 0.15 ng/op) and 1000 (3 mJ/op, 0.42 µg/op). */
class BudgetCheckTests {

    private final BudgetCheckConsole console = new BudgetCheckConsole();

    @TempDir
    Path directory;

    @Test
    void everyBenchmarkWithinBudgetExitsZero() {
        int status = console.check(
                fixture("two-sizes.json"), "--max-energy-per-op", "5 mJ", "--max-emissions-per-op", "1 µg");
        assertThat(status).isZero();
        assertThat(console.out())
                .contains(
                        "OK    org.acme.JoinBench.join(size=10)  energy 1.1 µJ/op <= limit 5 mJ/op  emissions 0.15 ngCO2eq/op <= limit 1 µgCO2eq/op",
                        "OK    org.acme.JoinBench.join(size=1000)  energy 3 mJ/op <= limit 5 mJ/op",
                        "carbon budget: 2 of 2 benchmarks within budget");
    }

    @Test
    void oneBenchmarkOverBudgetExitsOneAndSaysWhich() {
        int status = console.check(fixture("two-sizes.json"), "--max-energy-per-op", "2 mJ");
        assertThat(status).isEqualTo(1);
        assertThat(console.out())
                .contains(
                        "OK    org.acme.JoinBench.join(size=10)  energy 1.1 µJ/op <= limit 2 mJ/op",
                        "OVER  org.acme.JoinBench.join(size=1000)  energy 3 mJ/op > limit 2 mJ/op",
                        "carbon budget: 1 of 2 benchmarks within budget");
    }

    @Test
    void emissionsLimitAloneIsChecked() {
        assertThat(console.check(fixture("two-sizes.json"), "--max-emissions-per-op", "0.1 ugCO2eq"))
                .isEqualTo(1);
        assertThat(console.out())
                .contains("OVER  org.acme.JoinBench.join(size=1000)  emissions 420 ngCO2eq/op > limit 100 ngCO2eq/op");
        assertThat(console.err()).isEmpty();
    }

    @Test
    void theFlagsOldNameStillWorksAndSaysItIsDeprecated() {
        // two-sizes.json is a file of the profiler before 0.3: its labels say carbon.co2e*, read as carbon.emissions*.
        assertThat(console.check(fixture("two-sizes.json"), "--max-co2e-per-op", "0.1 ugCO2eq"))
                .isEqualTo(1);
        assertThat(console.out())
                .contains("OVER  org.acme.JoinBench.join(size=1000)  emissions 420 ngCO2eq/op > limit 100 ngCO2eq/op");
        assertThat(console.err()).contains("BudgetCheck: --max-co2e-per-op is deprecated: use --max-emissions-per-op");
    }

    @Test
    void sciLimitBoundsOperationalPlusEmbodiedPerOperation() throws Exception {
        String json = Files.readString(fixture("two-sizes.json"));
        Path withSci = Files.writeString(
                directory.resolve("sci.json"),
                json.replace(
                                "\"carbon.co2e.norm\": {\n                \"score\": 1.5e-10,",
                                "\"carbon.sci.norm\": {\"score\": 2.0e-10, \"scoreUnit\": \"g/op\"},\n"
                                        + "            \"carbon.co2e.norm\": {\n                \"score\": 1.5e-10,")
                        .replace(
                                "\"carbon.co2e.norm\": {\n                \"score\": 4.2e-07,",
                                "\"carbon.sci.norm\": {\"score\": 6.0e-07, \"scoreUnit\": \"g/op\"},\n"
                                        + "            \"carbon.co2e.norm\": {\n                \"score\": 4.2e-07,"));
        assertThat(withSci).content().contains("carbon.sci.norm");

        assertThat(console.check(withSci, "--max-emissions-per-op", "0.5 µg", "--max-sci-per-op", "0.5 µg"))
                .isEqualTo(1);
        assertThat(console.out())
                .contains(
                        "OK    org.acme.JoinBench.join(size=10)  emissions 0.15 ngCO2eq/op <= limit 500 ngCO2eq/op"
                                + "  SCI 0.2 ngCO2eq/op <= limit 500 ngCO2eq/op",
                        "OVER  org.acme.JoinBench.join(size=1000)  emissions 420 ngCO2eq/op <= limit 500 ngCO2eq/op"
                                + "  SCI 600 ngCO2eq/op > limit 500 ngCO2eq/op");
    }

    @Test
    void anSciLimitOnResultsWithoutSciFailsAsNotMeasured() {
        assertThat(console.check(fixture("two-sizes.json"), "--max-sci-per-op", "1 g"))
                .isEqualTo(1);
        assertThat(console.out()).contains("SCI not measured (carbon.sci.norm missing), limit 1 gCO2eq/op");
    }

    @Test
    void aBenchmarkThatWasNotMeasuredFailsTheCheck() {
        int status = console.check(fixture("not-measured.json"), "--max-energy-per-op", "1 J");
        assertThat(status).isEqualTo(1);
        assertThat(console.out())
                .contains("OVER  org.acme.JoinBench.join(size=1000)  energy not measured (carbon.energy.norm is NaN)");
    }

    @Test
    void resultsWithoutTheProfilerAreBadInput() {
        Path file = fixture("without-profiler.json");
        assertThat(console.check(file, "--max-energy-per-op", "1 J")).isEqualTo(2);
        assertThat(console.err()).contains(file.toString()).contains("-prof carbon");
    }

    @Test
    void aNegativeScoreExitsTwoWithAMessage() throws Exception {
        String json = Files.readString(fixture("two-sizes.json"));
        Path edited = Files.writeString(
                directory.resolve("negative.json"), json.replace("\"score\": 0.003,", "\"score\": -0.003,"));
        assertThat(edited).content().contains("-0.003");

        assertThat(console.check(edited, "--max-energy-per-op", "1 J")).isEqualTo(2);

        assertThat(console.err())
                .contains(edited + ": org.acme.JoinBench.join(size=1000) has a negative carbon.energy.norm score"
                        + " (-0.003), which carbon4j never writes")
                .doesNotContain("\tat ");
        assertThat(console.out()).isEmpty();
    }

    @Test
    void missingFileExitsTwoNamingIt() {
        Path missing = directory.resolve("nowhere.json");
        assertThat(console.check(missing, "--max-energy-per-op", "1 J")).isEqualTo(2);
        assertThat(console.err()).contains("no such file: " + missing);
    }

    @Test
    void malformedFileExitsTwoNamingIt() throws Exception {
        Path broken = Files.writeString(directory.resolve("broken.json"), "[{\"benchmark\": \"x\", ");
        assertThat(console.check(broken, "--max-energy-per-op", "1 J")).isEqualTo(2);
        assertThat(console.err()).contains(broken + " is not a JMH JSON result file");

        Path notJmh = Files.writeString(directory.resolve("object.json"), "{\"score\": 1}");
        assertThat(console.check(notJmh, "--max-energy-per-op", "1 J")).isEqualTo(2);
        assertThat(console.err())
                .contains(notJmh + " is not a JMH JSON result file")
                .contains("expected an array");
    }

    @Test
    void wrongArgumentsExitTwoWithUsage() {
        assertThat(console.run(new String[] {}, java.util.Map.of())).isEqualTo(2);
        assertThat(console.err()).contains("no result file given").contains("usage: BudgetCheck");
        assertThat(console.check(fixture("two-sizes.json"))).isEqualTo(2);
        assertThat(console.err()).contains("no limit and no baseline given");
        assertThat(console.check(fixture("two-sizes.json"), "--max-energy-per-op", "2 mW"))
                .isEqualTo(2);
        assertThat(console.err()).contains("\"2 mW\"");
        assertThat(console.check(fixture("two-sizes.json"), "--max-energy-per-op"))
                .isEqualTo(2);
        assertThat(console.err()).contains("--max-energy-per-op needs a value");
        assertThat(console.check(fixture("two-sizes.json"), "--max-watts", "3")).isEqualTo(2);
        assertThat(console.err()).contains("unexpected argument \"--max-watts\"");
    }

    private static Path fixture(String name) {
        try {
            return Path.of(BudgetCheckTests.class.getResource("/jmh/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
