package io.github.carbon4j.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The names readers and dashboards depend on. Changing one of these lists is a breaking change. */
class ReportNamesTests {

    @Test
    void stepColumnsArePinned() {
        assertThat(ReportNames.STEP_COLUMNS).containsExactly("timestamp", "experiment", "run.id", "context", "step",
                "duration.s", "emissions.g", "emissions.rate.g-per-s", "cpu.power.w", "gpu.power.w", "ram.power.w",
                "cpu.energy.j", "gpu.energy.j", "ram.energy.j", "energy.consumed.j", "intensity.g-per-kwh",
                "intensity.source", "cpu.method", "cpu.method.name", "cpu.method.detail", "gpu.method",
                "gpu.method.name", "gpu.method.detail", "ram.method", "ram.method.name", "ram.method.detail",
                "overlapped", "scope", "pue");
        assertThat(ReportNames.STEP_FILE_COLUMNS).endsWith("pue", "step.name").hasSize(30);
    }

    @Test
    void emissionsColumnsAreCodeCarbonsThirtyEight() {
        assertThat(ReportNames.EMISSIONS_COLUMNS).hasSize(38).doesNotHaveDuplicates()
                .startsWith("timestamp", "project_name", "run_id", "experiment_id", "duration", "emissions",
                        "emissions_rate")
                .endsWith("ram_used_gb", "on_cloud", "pue", "wue");
    }

    @Test
    void metricNamesAreYProv4mlsNine() {
        assertThat(ReportNames.METRICS).containsExactly("emissions", "emissions_rate", "cpu_power", "gpu_power",
                "ram_power", "cpu_energy", "gpu_energy", "ram_energy", "energy_consumed");
        assertThat(List.copyOf(ProvFiles.METRICS.keySet())).isEqualTo(ReportNames.METRICS);
    }

    @Test
    void fileNamesArePinned() {
        assertThat(ReportNames.stepsFile("r")).isEqualTo("steps-r.csv");
        assertThat(ReportNames.runFile("r")).isEqualTo("run-r.json");
        assertThat(ReportNames.runSummaryFile("r")).isEqualTo("summary-r.json");
        assertThat(List.of(ReportNames.SUMMARY, ReportNames.HTML, ReportNames.EMISSIONS_CSV, ReportNames.PROV_DIRECTORY))
                .containsExactly("summary.json", "report.html", "emissions.csv", "prov");
    }
}
