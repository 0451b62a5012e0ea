package io.github.carbon4j.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** BudgetCheck --baseline on result files written here in the profiler's units (µJ/op, pg/op) or the older ones (J/op, g/op). */
class BudgetCheckBaselineTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final BudgetCheckConsole console = new BudgetCheckConsole();

    @TempDir
    Path directory;

    @Test
    void growthBeyondTheShareAndTheNoiseIsARegression() throws IOException {
        Path baseline = results("baseline.json", f("join", new double[] {98, 100, 102}, new double[] {49, 50, 51}));
        Path now = results("now.json", f("join", new double[] {123, 125, 127}, new double[] {61, 62, 63}));

        assertThat(console.check(now, "--baseline", baseline.toString(), "--max-regression", "10%"))
                .isEqualTo(1);

        // noise: standard errors 2/√3 each, 2 √(4/3 + 4/3) = 3.266 µJ/op, well under the growth of 25 µJ/op
        assertThat(console.out())
                .contains("REGRESSED  org.acme.Bench.join  energy 100 µJ/op → 125 µJ/op (+25.0%, noise ±3.266 µJ/op,"
                        + " allowed +10.0%)  emissions 0.05 ngCO2eq/op → 0.062 ngCO2eq/op (+24.0%, noise ±")
                .contains("carbon budget: 0 of 1 benchmarks within budget");
    }

    @Test
    void growthWithinTheShareOrWithinTheNoiseIsNot() throws IOException {
        Path baseline = results(
                "baseline.json",
                f("small", new double[] {100}, new double[] {50}),
                f("noisy", new double[] {80, 100, 120}, new double[] {40, 50, 60}));
        Path now = results(
                "now.json",
                f("small", new double[] {108}, new double[] {54}),
                f("noisy", new double[] {110, 130, 150}, new double[] {55, 65, 75}));

        assertThat(console.check(now, "--baseline", baseline.toString(), "--max-regression", "10"))
                .isZero();

        assertThat(console.out())
                .contains("OK    org.acme.Bench.small  energy 100 µJ/op → 108 µJ/op (+8.0%")
                .contains("OK    org.acme.Bench.noisy  energy 100 µJ/op → 130 µJ/op (+30.0%, noise ±32.66 µJ/op");
    }

    @Test
    void theDefaultShareIsTenPercentAndAbsoluteLimitsStillApply() throws IOException {
        Path baseline = results("baseline.json", f("join", new double[] {100}, new double[] {50}));
        Path now = results("now.json", f("join", new double[] {111}, new double[] {50}));

        assertThat(console.check(now, "--baseline", baseline.toString())).isEqualTo(1);
        assertThat(console.out())
                .contains("REGRESSED  org.acme.Bench.join  energy 100 µJ/op → 111 µJ/op (+11.0%, noise ±0 J/op");

        console.clearOut();
        assertThat(console.check(
                        now,
                        "--baseline",
                        baseline.toString(),
                        "--max-regression",
                        "20%",
                        "--max-energy-per-op",
                        "100 µJ"))
                .isEqualTo(1);
        assertThat(console.out()).contains("OVER  org.acme.Bench.join  energy 111 µJ/op > limit 100 µJ/op");
    }

    @Test
    void unitsComeFromEachFile() throws IOException {
        // The baseline in J/op and g/op (as profilers before 0.2 wrote), the check in µJ/op and pg/op: the same
        // figures.
        Path baseline = write(
                "old.json", array(benchmark(f("join", new double[] {100e-6}, new double[] {50e-12}), "J/op", "g/op")));
        Path now = results("now.json", f("join", new double[] {100}, new double[] {50}));

        assertThat(console.check(now, "--baseline", baseline.toString(), "--max-regression", "0%"))
                .isZero();
        assertThat(console.out()).contains("energy 100 µJ/op → 100 µJ/op (+0.0%");
    }

    @Test
    void aBenchmarkNewSinceTheBaselinePassesAndOneNotMeasuredFails() throws IOException {
        Path baseline = results(
                "baseline.json",
                f("join", new double[] {100}, new double[] {50}),
                f("split", new double[] {10}, new double[] {5}));
        Path now = results(
                "now.json",
                f("join", new double[] {100}, new double[] {50}),
                f("split", new double[] {Double.NaN}, new double[] {Double.NaN}),
                f("added", new double[] {10}, new double[] {5}));

        assertThat(console.check(now, "--baseline", baseline.toString())).isEqualTo(1);

        assertThat(console.out())
                .contains("OK    org.acme.Bench.added  new: not in the baseline")
                .contains("REGRESSED  org.acme.Bench.split  energy not measured (now)")
                .contains("carbon budget: 2 of 3 benchmarks within budget");
    }

    @Test
    void aMissingOrMalformedBaselineExitsTwoNamingIt() throws IOException {
        Path now = results("now.json", f("join", new double[] {100}, new double[] {50}));
        Path missing = directory.resolve("none.json");
        assertThat(console.check(now, "--baseline", missing.toString())).isEqualTo(2);
        assertThat(console.err()).contains("no such file: " + missing);

        Path broken = Files.writeString(directory.resolve("broken.json"), "[{");
        assertThat(console.check(now, "--baseline", broken.toString())).isEqualTo(2);
        assertThat(console.err()).contains(broken + " is not a JMH JSON result file");

        Path foreignUnit =
                write("unit.json", array(benchmark(f("join", new double[] {1}, new double[] {1}), "W/op", "g/op")));
        assertThat(console.check(now, "--baseline", foreignUnit.toString())).isEqualTo(2);
        assertThat(console.err())
                .contains(foreignUnit + " is not a JMH JSON result file")
                .contains("carbon.energy.norm")
                .contains("\"W/op\"");

        assertThat(console.check(now, "--baseline", now.toString(), "--max-regression", "-5%"))
                .isEqualTo(2);
        assertThat(console.err()).contains("--max-regression must be a percentage >= 0, got \"-5%\"");
        assertThat(console.check(now, "--max-regression", "5%")).isEqualTo(2);
        assertThat(console.err()).contains("--max-regression needs --baseline");
        assertThat(console.out()).isEmpty();
    }

    @Test
    void theVerdictsAreAppendedToTheStepSummaryInMarkdown() throws IOException {
        Path baseline = results("baseline.json", f("join", new double[] {100}, new double[] {50}));
        Path now = results("now.json", f("join", new double[] {150}, new double[] {75}));
        Path summary = Files.writeString(directory.resolve("step-summary.md"), "earlier step\n");

        int status = console.run(
                new String[] {now.toString(), "--baseline", baseline.toString()},
                Map.of("GITHUB_STEP_SUMMARY", summary.toString()));

        assertThat(status).isEqualTo(1);
        assertThat(summary)
                .content()
                .startsWith("earlier step\n### carbon4j: JMH carbon budget")
                .contains("| REGRESSED | `org.acme.Bench.join` | energy 100 µJ/op → 150 µJ/op (+50.0%")
                .contains("carbon budget: 0 of 1 benchmarks within budget");
    }

    /** A benchmark's measured iterations, in the file's units. */
    private record Figures(String method, double[] energy, double[] co2e) {}

    private static Figures f(String method, double[] energy, double[] co2e) {
        return new Figures(method, energy, co2e);
    }

    private Path results(String name, Figures... benchmarks) throws IOException {
        ArrayNode array = JSON.createArrayNode();
        for (Figures f : benchmarks) {
            array.add(benchmark(f, "µJ/op", "pg/op"));
        }
        return write(name, array);
    }

    private static ArrayNode array(ObjectNode benchmark) {
        return JSON.createArrayNode().add(benchmark);
    }

    private static ObjectNode benchmark(Figures f, String energyUnit, String co2eUnit) {
        ObjectNode b = JSON.createObjectNode()
                .put("benchmark", "org.acme.Bench." + f.method())
                .put("mode", "avgt");
        b.putObject("params");
        ObjectNode secondary = b.putObject("secondaryMetrics");
        metric(secondary, CarbonLabels.ENERGY_PER_OP, f.energy(), energyUnit);
        metric(secondary, CarbonLabels.EMISSIONS_PER_OP, f.co2e(), co2eUnit);
        return b;
    }

    private static void metric(ObjectNode secondary, String label, double[] iterations, String unit) {
        ObjectNode m = secondary.putObject(label);
        double mean = java.util.Arrays.stream(iterations).average().orElseThrow();
        put(m, "score", mean);
        m.put("scoreError", "NaN");
        m.put("scoreUnit", unit);
        ArrayNode fork = m.putArray("rawData").addArray();
        for (double value : iterations) {
            if (Double.isNaN(value)) {
                fork.add("NaN");
            } else {
                fork.add(value);
            }
        }
    }

    private static void put(ObjectNode node, String field, double value) {
        // JMH writes NaN as a string.
        if (Double.isNaN(value)) {
            node.put(field, "NaN");
        } else {
            node.put(field, value);
        }
    }

    private Path write(String name, ArrayNode array) throws IOException {
        return Files.writeString(
                directory.resolve(name), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(array));
    }
}
