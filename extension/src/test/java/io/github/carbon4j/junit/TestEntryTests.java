package io.github.carbon4j.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.carbon4j.CarbonIntensity;
import io.github.carbon4j.CarbonMetrics;
import io.github.carbon4j.Component;
import io.github.carbon4j.ComponentEnergies;
import io.github.carbon4j.Context;
import io.github.carbon4j.Emissions;
import io.github.carbon4j.Energy;
import io.github.carbon4j.MeasurementMethod;
import io.github.carbon4j.Scope;
import io.github.carbon4j.report.DoubleWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The report entry of a test: the same text as formatting every figure anew, at less cost per test. */
class TestEntryTests {

    private static final MeasurementMethod RAPL = MeasurementMethod.measured("RAPL", "package-0");
    private static final MeasurementMethod DIMM = MeasurementMethod.estimated("DIMM model", "16 GiB");
    private static final CarbonIntensity FRA = CarbonIntensity.ofGramsPerKilowattHour(56.04);

    @Test
    void everyKeyAsFormattingEachFigureGivesIt() {
        TestEntry entry = new TestEntry();
        List<CarbonMetrics> tests = List.of(
                test(0, 10.5, 0.25, 0, RAPL, FRA, "grid of FRA"),
                test(1, 0.001, 1e-9, 3.5, RAPL, FRA, "grid of FRA"),
                // Other methods, another intensity and source: nothing of the test before may be kept.
                test(2, 7, 0, 0, MeasurementMethod.estimated("TDP model", "8 W"), FRA, "grid of FRA"),
                test(3, 7, 0, 0, RAPL, CarbonIntensity.ofGramsPerKilowattHour(300), "grid of FRA"),
                test(4, 7, 0, 0, RAPL, CarbonIntensity.ofGramsPerKilowattHour(300), "grid of DEU"),
                test(5, 0, 0, 0, RAPL, FRA, "grid of FRA"));
        for (CarbonMetrics metrics : tests) {
            assertThat(entry.of(metrics)).containsExactlyEntriesOf(formattedAnew(metrics));
        }
        assertThat(entry.of(tests.get(1)).keySet()).containsExactlyElementsOf(CarbonReportEntries.ALL);
    }

    @Test
    void theMethodsAndIntensityAreFormattedOnceNotPerTest() {
        // What stays the same from test to test (about 1 KB of text per test before) is written once: the
        // next test's entry holds the very strings of the one before.
        CarbonMetrics first = test(0, 10.5, 0.25, 0, RAPL, FRA, "grid of FRA");
        CarbonMetrics second = test(1, 11.5, 0.5, 0, RAPL, FRA, "grid of FRA");
        TestEntry entry = new TestEntry();
        Map<String, String> before = entry.of(first);
        Map<String, String> after = entry.of(second);
        assertThat(after.get(CarbonReportEntries.INTENSITY)).isSameAs(before.get(CarbonReportEntries.INTENSITY));
        assertThat(after).containsExactlyEntriesOf(formattedAnew(second));
    }

    /** The entry formatted afresh for each test: each figure as its shortest decimal ({@link DoubleWriter}). */
    static Map<String, String> formattedAnew(CarbonMetrics metrics) {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put(CarbonReportEntries.CONTEXT, metrics.context().name());
        entries.put(CarbonReportEntries.STEP, Long.toString(metrics.step()));
        entries.put(
                CarbonReportEntries.EMISSIONS,
                DoubleWriter.text(metrics.emissions().grams()));
        entries.put(
                CarbonReportEntries.ENERGY,
                DoubleWriter.text(metrics.energyConsumed().joules()));
        entries.put(
                CarbonReportEntries.CPU_ENERGY,
                DoubleWriter.text(metrics.energy(Component.CPU).joules()));
        entries.put(
                CarbonReportEntries.GPU_ENERGY,
                DoubleWriter.text(metrics.energy(Component.GPU).joules()));
        entries.put(
                CarbonReportEntries.RAM_ENERGY,
                DoubleWriter.text(metrics.energy(Component.RAM).joules()));
        entries.put(
                CarbonReportEntries.DURATION,
                DoubleWriter.text(metrics.duration().toNanos() / 1e9));
        entries.put(
                CarbonReportEntries.INTENSITY,
                DoubleWriter.text(metrics.intensity().gramsPerKilowattHour()));
        entries.put(CarbonReportEntries.OVERLAPPED, Boolean.toString(metrics.overlapped()));
        entries.put(CarbonReportEntries.EXPLAIN, metrics.explain());
        entries.put(
                CarbonReportEntries.EMBODIED,
                DoubleWriter.text(metrics.embodiedEmissions().grams()));
        entries.put(CarbonReportEntries.SCI, DoubleWriter.text(metrics.sci().grams()));
        return entries;
    }

    /** A test's metrics with these figures; the emissions follow from the energy and intensity. */
    static CarbonMetrics test(
            int step,
            double cpu,
            double ram,
            double gpu,
            MeasurementMethod cpuMethod,
            CarbonIntensity intensity,
            String source) {
        ComponentEnergies.Builder energies = ComponentEnergies.builder()
                .put(Component.CPU, Energy.ofJoules(cpu), cpuMethod)
                .put(Component.RAM, Energy.ofJoules(ram), DIMM);
        if (gpu > 0) {
            energies.put(Component.GPU, Energy.ofJoules(gpu), MeasurementMethod.measured("NVML", "GPU 0"));
        }
        return CarbonMetrics.of(
                Context.of("SortTests"),
                step,
                Instant.EPOCH.plusSeconds(step),
                Duration.ofMillis(3 + step),
                energies.build(),
                intensity,
                source,
                1.2,
                Scope.PROCESS,
                step % 2 == 1,
                Emissions.ofGrams(0.01 * step));
    }
}
