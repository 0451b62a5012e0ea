package io.github.carbon4j.report;

import static io.github.carbon4j.report.ReportTestCases.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
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

    @Test
    void yProv4mlMetricFilesAndDocument() throws IOException {
        ReportTestCases.writeGoldenRun(directory, RUN);
        Path run = directory.resolve("prov").resolve("golden_" + RUN);
        GoldenFiles.assertMatches("prov.json", normalised(run.resolve("prov_golden_GR0_" + RUN + ".json")));
        GoldenFiles.assertMatches("emissions_rate_Training_carbon4j_GR0.csv",
                normalised(run.resolve("metrics_GR0/emissions_rate_Training_carbon4j_GR0.csv")));
        GoldenFiles.assertMatches("energy_consumed_weird_carbon4j_GR0.csv", normalised(run.resolve(
                "metrics_GR0/energy_consumed_com.example.Weird___quoted___x_1__y_carbon4j_GR0.csv")));
        assertThat(run.resolve("metrics_GR0").toFile().list()).hasSize(9 * 3);
    }

    @Test
    void htmlPage() throws IOException {
        ReportTestCases.writeGoldenRun(directory, RUN);
        GoldenFiles.assertMatches("report.html", normalised(directory.resolve("report.html")));
    }
}
