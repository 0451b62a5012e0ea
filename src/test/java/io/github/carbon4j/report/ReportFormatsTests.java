package io.github.carbon4j.report;

import static io.github.carbon4j.report.ReportTestCases.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each file format against its golden file, for one deterministic run. */
class ReportFormatsTests {

    private static final String RUN = "00000000-run-golden";

    @TempDir
    Path directory;

    private String normalised(Path file) {
        return read(file).replace(directory.toString().replace('\\', '/'), "<dir>");
    }

    @Test
    void stepsFile() throws IOException {
        ReportTestCases.writeGoldenRun(directory, RUN);
        GoldenFiles.assertMatches("steps.csv", normalised(directory.resolve("steps-" + RUN + ".csv")));
    }

    @Test
    void runAndSummaryFiles() throws IOException {
        ReportTestCases.writeGoldenRun(directory, RUN);
        GoldenFiles.assertMatches("run.json", normalised(directory.resolve("run-" + RUN + ".json")));
        GoldenFiles.assertMatches("summary-run.json", normalised(directory.resolve("summary-" + RUN + ".json")));
        GoldenFiles.assertMatches("summary.json", normalised(directory.resolve("summary.json")));
    }

    @Test
    void codeCarbonEmissionsCsv() throws IOException {
        ReportTestCases.writeGoldenRun(directory, RUN);
        GoldenFiles.assertMatches("emissions.csv", normalised(directory.resolve("emissions.csv")));
    }

    /**
     * The units of CodeCarbon's columns from first principles, so that regenerating the golden file
     * after a wrong change cannot hide it: the run lasts 10.8 s at 40 W CPU and 5 W RAM, PUE 1.2,
     * 56 g/kWh, of which its steps cover 10.3 s. The row is the whole run, not the sum of its steps.
     * CodeCarbon's energies are kWh with PUE, emissions kg, the rate kg/s, powers W.
     */
    @Test
    void codeCarbonColumnsAreInCodeCarbonsUnits() throws IOException {
        ReportTestCases.writeGoldenRun(directory, RUN);
        List<String> lines = Files.readAllLines(directory.resolve("emissions.csv"));
        List<String> header = Csv.split(lines.get(0));
        List<String> row = Csv.split(lines.get(1));
        java.util.function.ToDoubleFunction<String> column = name -> Double.parseDouble(row.get(header.indexOf(name)));
        double seconds = 10.8;
        double cpuKwh = 40 * seconds * 1.2 / 3.6e6;
        double ramKwh = 5 * seconds * 1.2 / 3.6e6;
        double kilograms = (cpuKwh + ramKwh) * 56 / 1000;
        assertThat(header)
                .hasSize(41)
                .startsWith(ReportNames.EMISSIONS_COLUMNS.toArray(String[]::new))
                .endsWith("carbon4j_status", "carbon4j_embodied_emissions", "carbon4j_sci");
        assertThat(row.get(38)).isEqualTo("complete");
        assertThat(column.applyAsDouble("duration")).isCloseTo(seconds, within(1e-9));
        assertThat(column.applyAsDouble("cpu_power")).isCloseTo(40, within(1e-9));
        assertThat(column.applyAsDouble("ram_power")).isCloseTo(5, within(1e-9));
        assertThat(column.applyAsDouble("cpu_energy")).isCloseTo(cpuKwh, within(1e-15));
        assertThat(column.applyAsDouble("ram_energy")).isCloseTo(ramKwh, within(1e-15));
        assertThat(column.applyAsDouble("energy_consumed")).isCloseTo(cpuKwh + ramKwh, within(1e-15));
        assertThat(column.applyAsDouble("emissions")).isCloseTo(kilograms, within(1e-15));
        assertThat(column.applyAsDouble("emissions_rate")).isCloseTo(kilograms / seconds, within(1e-15));
        assertThat(column.applyAsDouble("pue")).isEqualTo(1.2);
        // carbon4j's columns after CodeCarbon's: M = TE × run time / EL × share, in kg, and SCI = O + M.
        double embodiedKg = 1000 * seconds / (4 * 365.25 * 24 * 3600) * 0.5;
        assertThat(column.applyAsDouble("carbon4j_embodied_emissions")).isCloseTo(embodiedKg, within(1e-15));
        assertThat(column.applyAsDouble("carbon4j_sci")).isCloseTo(kilograms + embodiedKg, within(1e-15));
    }

    @Test
    void yProv4mlMetricFilesAndDocument() throws IOException {
        ReportTestCases.writeGoldenRun(directory, RUN);
        Path run = directory.resolve("prov").resolve("golden_" + RUN);
        GoldenFiles.assertMatches("prov.json", normalised(run.resolve("prov_golden_GR0_" + RUN + ".json")));
        GoldenFiles.assertMatches(
                "emissions_rate_Training_carbon4j_GR0.csv",
                normalised(run.resolve("metrics_GR0/emissions_rate_Training_carbon4j_GR0.csv")));
        GoldenFiles.assertMatches(
                "energy_consumed_weird_carbon4j_GR0.csv",
                normalised(run.resolve(
                        "metrics_GR0/energy_consumed_com.example.Weird___quoted___x_1__y_carbon4j_GR0.csv")));
        assertThat(run.resolve("metrics_GR0").toFile().list()).hasSize(11 * 3);
        // The SCI file of a step is its emissions plus its embodied part: 1 s at 45 W × 1.2 and 56 g/kWh, 1/126230400
        // of 1000 kg × 0.5.
        assertThat(ReportTestCases.read(run.resolve("metrics_GR0/sci_Training_carbon4j_GR0.csv"))
                        .lines()
                        .skip(1)
                        .findFirst()
                        .orElseThrow())
                .startsWith("0," + (45 * 1.2 * 56 / 3.6e6 + 1e6 / (4 * 365.25 * 24 * 3600) * 0.5));
    }

    @Test
    void htmlPage() throws IOException {
        ReportTestCases.writeGoldenRun(directory, RUN);
        GoldenFiles.assertMatches("report.html", normalised(directory.resolve("report.html")));
        // Operational 9.072 mg; embodied 10.8 s of 1000 kg over 4 years at share 0.5 = 42.78 mg; SCI 51.85 mg.
        assertThat(ReportTestCases.read(directory.resolve("report.html")))
                .contains("9.072 mgCO2eq", "42.78 mgCO2eq", "51.85 mgCO2eq");
    }
}
