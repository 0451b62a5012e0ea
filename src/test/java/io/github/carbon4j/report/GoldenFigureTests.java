package io.github.carbon4j.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The figures of the files that {@link ReportFormatsTests} holds against golden files, recomputed
 * from the scenario's inputs, so that regenerating a golden file after a wrong change cannot hide
 * it. The scenario ({@link ReportTestCases#scenario}): 40 W CPU and 5 W RAM configured, PUE 1.2,
 * 56 g/kWh; Training steps of 1, 1.25, 1.5, 1.75 and 2 s, five Validation steps of 0.5 s, the weird
 * context once for 0.3 s; the run lasts 0.5 s longer than its steps.
 */
class GoldenFigureTests {

    private static final String RUN = "00000000-run-golden";
    private static final double WATTS = 45;
    private static final double PUE = 1.2;
    private static final double GRAMS_PER_JOULE = 56 / 3.6e6;
    private static final double LOGGED = 7.5 + 5 * 0.5 + 0.3;
    private static final double RUN_SECONDS = LOGGED + 0.5;
    /** 1000 kg over 4 years of 365.25 days, half reserved: grams per second of run time. */
    private static final double EMBODIED_PER_SECOND = 1e6 / (4 * 365.25 * 24 * 3600) * 0.5;

    @TempDir
    Path directory;

    @Test
    void runFileHoldsTheConfiguredFigures() throws IOException {
        ReportTestCases.writeGoldenRun(directory, RUN);
        JsonNode run = ReportTestCases.MAPPER.readTree(
                directory.resolve("run-" + RUN + ".json").toFile());
        assertThat(run.get("pue").asDouble()).isEqualTo(PUE);
        assertThat(run.get("intensity").get("gramsPerKilowattHour").asDouble()).isEqualTo(56);
        assertThat(run.get("embodied").get("totalGrams").asDouble()).isEqualTo(1e6);
    }

    @Test
    void summariesAreTheRunAndItsStepsFromFirstPrinciples() throws IOException {
        ReportTestCases.writeGoldenRun(directory, RUN);
        for (String file : List.of("summary-" + RUN + ".json", "summary.json")) {
            JsonNode summary =
                    ReportTestCases.MAPPER.readTree(directory.resolve(file).toFile());
            JsonNode totals = summary.get("totals");
            assertThat(totals.get("seconds").asDouble()).isCloseTo(RUN_SECONDS, within(1e-9));
            assertThat(totals.get("cpuEnergyJoules").asDouble()).isCloseTo(40 * RUN_SECONDS, within(1e-9));
            assertThat(totals.get("energyConsumedJoules").asDouble())
                    .isCloseTo(WATTS * RUN_SECONDS * PUE, within(1e-9));
            assertThat(totals.get("emissionsGrams").asDouble())
                    .isCloseTo(WATTS * RUN_SECONDS * PUE * GRAMS_PER_JOULE, within(1e-12));
            assertThat(totals.get("embodiedGrams").asDouble())
                    .isCloseTo(EMBODIED_PER_SECOND * RUN_SECONDS, within(1e-12));
            JsonNode steps = summary.get("steps");
            assertThat(steps.get("count").asLong()).isEqualTo(11);
            assertThat(steps.get("loggedSeconds").asDouble()).isCloseTo(LOGGED, within(1e-9));
            assertThat(steps.get("energyConsumedJoules").asDouble()).isCloseTo(WATTS * LOGGED * PUE, within(1e-9));
            JsonNode training = summary.get("contexts").get(0);
            assertThat(training.get("name").asText()).isEqualTo("Training");
            assertThat(training.get("steps").get("energyConsumedJoules").asDouble())
                    .isCloseTo(WATTS * 7.5 * PUE, within(1e-9));
        }
    }

    @Test
    void stepsAndMetricFilesHoldEachStepsFigures() throws IOException {
        ReportTestCases.writeGoldenRun(directory, RUN);
        List<StepRow> rows = ReportTestCases.readSteps(directory.resolve("steps-" + RUN + ".csv"));
        assertThat(rows).hasSize(11);
        StepRow first = rows.get(0);
        assertThat(first.metrics().duration().toMillis()).isEqualTo(1000);
        assertThat(first.metrics().energyConsumed().joules()).isCloseTo(WATTS * PUE, within(1e-9));
        assertThat(first.metrics().emissions().grams()).isCloseTo(WATTS * PUE * GRAMS_PER_JOULE, within(1e-15));
        Path metrics = directory.resolve("prov/golden_" + RUN + "/metrics_GR0");
        List<String> rate = Files.readAllLines(metrics.resolve("emissions_rate_Training_carbon4j_GR0.csv"));
        assertThat(rate).hasSize(1 + 5);
        for (String line : rate.subList(1, rate.size())) {
            assertThat(Double.parseDouble(Csv.split(line).get(1)))
                    .isCloseTo(WATTS * PUE * GRAMS_PER_JOULE, within(1e-15));
        }
        List<String> weird = Files.readAllLines(
                metrics.resolve("energy_consumed_com.example.Weird___quoted___x_1__y_carbon4j_GR0.csv"));
        assertThat(Csv.split(weird.get(1)))
                .containsExactly(
                        "7",
                        Double.toString(WATTS * 0.3 * PUE),
                        Long.toString(rows.stream()
                                .filter(r -> r.metrics().step() == 7)
                                .findFirst()
                                .orElseThrow()
                                .metrics()
                                .end()
                                .toEpochMilli()));
    }

    @Test
    void provDocumentCarriesTheRunsEmissions() throws IOException {
        ReportTestCases.writeGoldenRun(directory, RUN);
        JsonNode prov = ReportTestCases.MAPPER.readTree(directory
                .resolve("prov/golden_" + RUN + "/prov_golden_GR0_" + RUN + ".json")
                .toFile());
        JsonNode run = prov.get("activity").get("golden_GR0_" + RUN);
        assertThat(Double.parseDouble(run.get("carbon4j:emissions_g").get("$").asText()))
                .isCloseTo(WATTS * RUN_SECONDS * PUE * GRAMS_PER_JOULE, within(1e-12));
        assertThat(Double.parseDouble(run.get("carbon4j:sci_g").get("$").asText()))
                .isCloseTo((WATTS * PUE * GRAMS_PER_JOULE + EMBODIED_PER_SECOND) * RUN_SECONDS, within(1e-12));
        // 3 contexts × 11 metric files, one wasGeneratedBy each; ids after wasAssociatedWith's and 2 per context
        assertThat(prov.get("wasGeneratedBy").size()).isEqualTo(33);
        assertThat(prov.get("wasInformedBy").size()).isEqualTo(6);
    }
}
