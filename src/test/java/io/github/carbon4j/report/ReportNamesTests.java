package io.github.carbon4j.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The names readers and dashboards depend on. Changing one of these lists is a breaking change. */
class ReportNamesTests {

    @Test
    void stepColumnsArePinned() {
        assertThat(ReportNames.STEP_COLUMNS)
                .containsExactly(
                        "timestamp",
                        "experiment",
                        "run.id",
                        "context",
                        "step",
                        "duration.s",
                        "emissions.g",
                        "emissions.rate.g-per-s",
                        "cpu.power.w",
                        "gpu.power.w",
                        "ram.power.w",
                        "cpu.energy.j",
                        "gpu.energy.j",
                        "ram.energy.j",
                        "energy.consumed.j",
                        "intensity.g-per-kwh",
                        "intensity.source",
                        "cpu.method",
                        "cpu.method.name",
                        "cpu.method.detail",
                        "gpu.method",
                        "gpu.method.name",
                        "gpu.method.detail",
                        "ram.method",
                        "ram.method.name",
                        "ram.method.detail",
                        "overlapped",
                        "scope",
                        "pue",
                        "embodied.g",
                        "sci.g");
        assertThat(ReportNames.STEP_COLUMNS.subList(0, 29)).isEqualTo(ReportNames.STEP_COLUMNS_0_1);
        assertThat(ReportNames.STEP_FILE_COLUMNS)
                .endsWith("sci.g", "step.name", "step.display.name")
                .hasSize(33);
        assertThat(ReportNames.STEP_COLUMNS_NAMED)
                .endsWith("sci.g", "step.name")
                .hasSize(32);
    }

    @Test
    void carbon4jsEmissionsColumnsComeAfterCodeCarbons() {
        assertThat(ReportNames.EMISSIONS_FILE_COLUMNS)
                .hasSize(41)
                .startsWith(ReportNames.EMISSIONS_COLUMNS.toArray(String[]::new))
                .endsWith("carbon4j_status", "carbon4j_embodied_emissions", "carbon4j_sci");
    }

    @Test
    void emissionsColumnsAreCodeCarbonsThirtyEight() {
        assertThat(ReportNames.EMISSIONS_COLUMNS)
                .hasSize(38)
                .doesNotHaveDuplicates()
                .startsWith(
                        "timestamp",
                        "project_name",
                        "run_id",
                        "experiment_id",
                        "duration",
                        "emissions",
                        "emissions_rate")
                .endsWith("ram_used_gb", "on_cloud", "pue", "wue");
    }

    @Test
    void metricNamesAreYProv4mlsNine() {
        assertThat(ReportNames.METRICS)
                .containsExactly(
                        "emissions",
                        "emissions_rate",
                        "cpu_power",
                        "gpu_power",
                        "ram_power",
                        "cpu_energy",
                        "gpu_energy",
                        "ram_energy",
                        "energy_consumed");
        assertThat(List.copyOf(ProvFiles.METRICS.keySet()))
                .startsWith(ReportNames.METRICS.toArray(String[]::new))
                .endsWith("embodied_emissions", "sci")
                .hasSize(11);
    }

    @Test
    void fileNamesArePinned() {
        assertThat(ReportNames.stepsFile("r")).isEqualTo("steps-r.csv");
        assertThat(ReportNames.runFile("r")).isEqualTo("run-r.json");
        assertThat(ReportNames.runSummaryFile("r")).isEqualTo("summary-r.json");
        assertThat(List.of(
                        ReportNames.SUMMARY, ReportNames.HTML, ReportNames.EMISSIONS_CSV, ReportNames.PROV_DIRECTORY))
                .containsExactly("summary.json", "report.html", "emissions.csv", "prov");
    }
}
