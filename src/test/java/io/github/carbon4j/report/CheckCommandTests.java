package io.github.carbon4j.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.carbon4j.CarbonLogger;
import io.github.carbon4j.Context;
import io.github.carbon4j.MockClock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ReportMain check} on directories written by real loggers on a mock clock: 45 W with PUE 1.2,
 * so a step of one second is 54 J, at 56 g/kWh.
 */
class CheckCommandTests {

    @TempDir
    Path directory;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void theSameRunAgainIsNoFinding() {
        Path baseline = run("baseline", 1000, 1000, 1000);
        Path now = run("now", 1000, 1000, 1000);

        assertThat(check("check", now.toString(), "--baseline", baseline.toString()))
                .isZero();

        assertThat(out()).isEqualTo("carbon check: 0 findings; 1 run checked, 5 names compared with 1 baseline run\n");
    }

    @Test
    void aSlowerStepRegressesItselfItsContextAndTheTotal() {
        Path baseline = run("baseline", 1000, 1000, 1000);
        Path now = run("now", 1000, 1500, 1000);

        assertThat(check("check", now.toString(), "--baseline", baseline.toString(), "--max-regression", "10%"))
                .isEqualTo(1);

        assertThat(out())
                .contains(
                        "REGRESSED  total  energy 162 J → 189 J (+16.7%; 1 baseline run; allowed +10.0%)",
                        "REGRESSED  context Suite  energy 162 J → 189 J (+16.7%",
                        "REGRESSED  step Suite #1  energy 54 J → 81 J (+50.0%; 1 baseline run; allowed +10.0%)",
                        "REGRESSED  step Suite #1  emissions 840 µgCO2eq → 1.26 mgCO2eq (+50.0%",
                        "carbon check: 6 findings; 1 run checked, 5 names compared with 1 baseline run")
                .doesNotContain("Suite #0")
                .doesNotContain("Suite #2");
        assertThat(check("check", now.toString(), "--baseline", baseline.toString(), "--max-regression", "60%"))
                .isZero();
    }

    @Test
    void aChangeInsideTheBaselinesSpreadIsNoRegression() {
        Path baseline = directory.resolve("baseline");
        run(baseline, ms(1000), ms(1000), ms(1000));
        run(baseline, ms(1000), ms(1300), ms(1000));
        run(baseline, ms(1000), ms(1100), ms(1000));
        Path now = run("now", 1000, 1250, 1000);

        // step 1: mean 1.133 s, highest 1.3 s; now 1.25 s is 10.3% over the mean but inside the spread
        assertThat(check("check", now.toString(), "--baseline", baseline.toString()))
                .isZero();
        assertThat(out()).contains("5 names compared with 3 baseline runs");

        Path slower = run("slower", 1000, 1400, 1000);
        assertThat(check("check", slower.toString(), "--baseline", baseline.toString()))
                .isEqualTo(1);
        assertThat(out())
                .contains("REGRESSED  step Suite #1  energy 61.2 J → 75.6 J (+23.5%; 3 baseline runs up to 70.2 J;"
                        + " allowed +10.0%)");
    }

    @Test
    void namedStepsAreComparedByNameWhateverTheirNumbers() {
        // As parallel tests: the same two tests, started in the other order, so their step numbers swap.
        Path baseline = named("baseline", new String[] {"a", "b"}, ms(1000), ms(1000));
        Path now = named("now", new String[] {"b", "a"}, ms(2000), ms(1000));

        assertThat(check("check", now.toString(), "--baseline", baseline.toString()))
                .isEqualTo(1);

        assertThat(out())
                .contains("REGRESSED  step b  energy 54 J → 108 J (+100.0%")
                .doesNotContain("step a ")
                .doesNotContain("Suite #");
    }

    private Path named(String name, String[] names, Duration... steps) {
        Path into = directory.resolve(name);
        MockClock clock = new MockClock();
        try (CarbonLogger logger =
                CarbonLogger.start(ReportTestCases.config(into, clock, true), ReportTestCases.meters(clock))) {
            for (int i = 0; i < steps.length; i++) {
                CarbonLogger.Span span = logger.begin();
                clock.add(steps[i]);
                span.end(Context.of("Suite"), i, names[i]);
            }
        }
        return into;
    }

    @Test
    void subMillijouleStepsDoNotFlakeOnASingleBaselineRun() {
        Path baseline = run("baseline", Duration.ofMillis(1000), Duration.ofNanos(10_000));
        Path now = run("now", Duration.ofMillis(1000), Duration.ofNanos(20_000));

        // step 1 doubled, from 0.54 mJ to 1.08 mJ: under the 1 mJ floor
        assertThat(check("check", now.toString(), "--baseline", baseline.toString()))
                .isZero();

        Path slower = run("slower", Duration.ofMillis(1000), Duration.ofNanos(40_000));
        assertThat(check("check", slower.toString(), "--baseline", baseline.toString()))
                .isEqualTo(1);
        assertThat(out()).contains("REGRESSED  step Suite #1  energy 540 µJ → 2.16 mJ (+300.0%");
    }

    @Test
    void absoluteLimitsBoundEachRunsTotal() {
        Path now = run("now", 1000, 1000, 1000);

        assertThat(check("check", now.toString(), "--max-energy", "100 J", "--max-emissions", "5 mg"))
                .isEqualTo(1);

        assertThat(out())
                .containsPattern("OVER  total  run [-0-9a-f]+: energy 162 J > limit 100 J\n")
                .doesNotContain("emissions 2.52 mgCO2eq >")
                .contains("carbon check: 1 finding; 1 run checked\n");
        assertThat(check("check", now.toString(), "--max-energy", "200 J")).isZero();
    }

    @Test
    void anSciLimitBoundsOperationalPlusEmbodiedEmissions() {
        Path now = run("now", 1000, 1000, 1000);
        // 3 s: 2.52 mgCO2eq operational and 3 × 3.961 mgCO2eq embodied (1000 kg over 4 years, half reserved).
        assertThat(check("check", now.toString(), "--max-sci", "10 mg")).isEqualTo(1);
        assertThat(out()).containsPattern("OVER  total  run [-0-9a-f]+: SCI 14\\.4\\d* mgCO2eq > limit 10 mgCO2eq\n");
        assertThat(check("check", now.toString(), "--max-sci", "15 mg")).isZero();
        assertThat(check("check", now.toString(), "--max-sci", "-1 mg")).isEqualTo(2);
    }

    @Test
    void missingEmptyAndMalformedInputsExitTwoNamingTheFileAndLine() throws IOException {
        Path now = run("now", 1000);
        Path missing = directory.resolve("missing");
        assertThat(check("check", now.toString(), "--baseline", missing.toString()))
                .isEqualTo(2);
        assertThat(err()).contains(missing + ": not a directory");

        Path empty = Files.createDirectories(directory.resolve("empty"));
        assertThat(check("check", empty.toString())).isEqualTo(2);
        assertThat(err()).contains(empty + ": no carbon4j runs");

        Path broken = Files.createDirectories(directory.resolve("broken"));
        Path steps = broken.resolve("steps-x.csv");
        Path written = ReportDirectory.list(now, ReportNames.STEPS_PREFIX, ReportNames.STEPS_SUFFIX)
                .get(0);
        Files.writeString(steps, Files.readString(written).replace(",Suite,0,", ",Suite,zero,"));
        assertThat(check("check", now.toString(), "--baseline", broken.toString()))
                .isEqualTo(2);
        assertThat(err()).contains(steps + ":2").doesNotContain("\tat ");

        assertThat(check("check", now.toString(), "--max-regression", "ten")).isEqualTo(2);
        assertThat(err())
                .contains("--max-regression is not a percentage: \"ten\"")
                .contains("usage:");
        assertThat(check("check", now.toString(), "--max-energy", "5 W")).isEqualTo(2);
        assertThat(err()).contains("\"5 W\"");
        assertThat(check("check", "--baseline", now.toString())).isEqualTo(2);
        assertThat(err()).contains("no directory to check");
        assertThat(out()).isEmpty();
    }

    @Test
    void htmlWithABaselineShowsTheRegressionTable() throws IOException {
        Path baseline = run("baseline", 1000, 1000);
        Path now = run("now", 1000, 2000);

        assertThat(check("html", "--baseline", baseline.toString(), now.toString()))
                .isZero();

        String page = Files.readString(now.resolve("report.html"));
        assertThat(page)
                .contains(
                        "<h2>Against the baseline</h2>",
                        "1 run, 4 names compared, 6 findings",
                        "<tr><td><strong>REGRESSED</strong></td><td>step Suite #1</td><td class=\"num\">54 J</td>"
                                + "<td class=\"num\">108 J</td><td class=\"num\">+100.0%</td>",
                        "<tr><td><strong>REGRESSED</strong></td><td>total</td>")
                .doesNotContain("<td>step Suite #0</td>");

        assertThat(check("html", now.toString())).isZero();
        assertThat(Files.readString(now.resolve("report.html"))).doesNotContain("Against the baseline");
        assertThat(check("html", "--baseline", directory.resolve("none").toString(), now.toString()))
                .isEqualTo(2);
        assertThat(err()).contains("none: not a directory");
    }

    @Test
    void theCheckIsAppendedToTheStepSummary() throws IOException {
        Path baseline = run("baseline", 1000, 1000);
        Path now = run("now", 1000, 2000);
        Path summary = directory.resolve("summary.md");

        int status = ReportMain.run(
                new String[] {"check", now.toString(), "--baseline", baseline.toString()},
                stream(out),
                stream(err),
                Map.of("GITHUB_STEP_SUMMARY", summary.toString()));

        assertThat(status).isEqualTo(1);
        assertThat(summary)
                .content()
                .startsWith("### carbon4j: carbon check\n\n**162 J, 2.52 mgCO2eq** logged in 1 run\n")
                .contains("- intensity 56 g/kWh")
                .contains("- measured by cpu ")
                .contains("| `Suite #1` | 108 J | 1.68 mgCO2eq |\n| `Suite #0` | 54 J | 840 µgCO2eq |")
                .contains("| REGRESSED | `step Suite #1` | energy 54 J → 108 J (+100.0%");
    }

    private static Duration ms(long millis) {
        return Duration.ofMillis(millis);
    }

    private Path run(String name, long... stepMillis) {
        Duration[] durations = new Duration[stepMillis.length];
        for (int i = 0; i < stepMillis.length; i++) {
            durations[i] = Duration.ofMillis(stepMillis[i]);
        }
        return run(name, durations);
    }

    private Path run(String name, Duration... steps) {
        return run(directory.resolve(name), steps);
    }

    private static Path run(Path into, Duration... steps) {
        MockClock clock = new MockClock();
        try (CarbonLogger logger =
                CarbonLogger.start(ReportTestCases.config(into, clock, true), ReportTestCases.meters(clock))) {
            for (int i = 0; i < steps.length; i++) {
                clock.add(steps[i]);
                logger.logCarbonMetrics(Context.of("Suite"), i);
            }
        }
        return into;
    }

    private static PrintStream stream(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private int check(String... args) {
        out.reset();
        err.reset();
        return ReportMain.run(args, stream(out), stream(err));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
