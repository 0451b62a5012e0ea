package io.github.carbon4j.report;

import io.github.carbon4j.CarbonMetrics;
import io.github.carbon4j.Emissions;
import io.github.carbon4j.EmissionsRate;
import io.github.carbon4j.Energy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The per-context section of the HTML page: energy, emissions and emissions rate per step in the
 * order the steps were logged. Long series are drawn in buckets of consecutive steps (sums for
 * energy and emissions, emissions over time for the rate) so a chart stays readable.
 */
final class ContextCharts {

    static final int MAX_CONTEXTS = 40;
    static final int MAX_POINTS = 200;

    private ContextCharts() {}

    static void write(StringBuilder sb, ReportData data) {
        Map<String, List<StepRow>> contexts = data.contexts();
        sb.append("<h2>Per context</h2>\n<p class=\"note\">Steps in the order they were logged");
        if (contexts.size() > MAX_CONTEXTS) {
            sb.append("; the ").append(MAX_CONTEXTS).append(" contexts with the most emissions of ")
                    .append(contexts.size());
        }
        sb.append(". Hover a bar or point for its figures.</p>\n");
        int shown = 0;
        for (Map.Entry<String, List<StepRow>> e : contexts.entrySet()) {
            if (shown++ == MAX_CONTEXTS) {
                break;
            }
            context(sb, e.getKey(), e.getValue());
        }
    }

    private static void context(StringBuilder sb, String name, List<StepRow> rows) {
        Totals t = Totals.of(rows);
        int size = (int) Math.ceil(rows.size() / (double) MAX_POINTS);
        int n = (int) Math.ceil(rows.size() / (double) size);
        double[] cpu = new double[n];
        double[] gpu = new double[n];
        double[] ram = new double[n];
        double[] emissions = new double[n];
        double[] rate = new double[n];
        List<String> labels = new ArrayList<>(n);
        List<String> tips = new ArrayList<>(n);
        for (int b = 0; b < n; b++) {
            List<StepRow> bucket = rows.subList(b * size, Math.min(rows.size(), (b + 1) * size));
            double seconds = 0;
            for (StepRow row : bucket) {
                CarbonMetrics m = row.metrics();
                cpu[b] += m.cpuEnergy().joules() * m.pue();
                gpu[b] += m.gpuEnergy().joules() * m.pue();
                ram[b] += m.ramEnergy().joules() * m.pue();
                emissions[b] += m.emissions().grams();
                seconds += m.duration().toNanos() / 1e9;
            }
            rate[b] = seconds > 0 ? emissions[b] / seconds : 0;
            CarbonMetrics first = bucket.get(0).metrics();
            CarbonMetrics last = bucket.get(bucket.size() - 1).metrics();
            String steps = size == 1 ? Long.toString(first.step()) : first.step() + "–" + last.step();
            labels.add(steps);
            tips.add("step " + steps + " (run " + HtmlReport.shortId(bucket.get(0).runId()) + "): "
                    + Energy.ofJoules(cpu[b] + gpu[b] + ram[b]) + ", "
                    + Emissions.ofGrams(emissions[b]) + ", "
                    + EmissionsRate.ofGramsPerSecond(rate[b]) + " over " + Units.format(seconds, Units.TIME));
        }
        String xTitle = size == 1 ? "step" : "steps, " + size + " per bar";
        sb.append("<h3>").append(Html.esc(name)).append("</h3>\n<p class=\"note\">").append(t.steps())
                .append(t.steps() == 1 ? " step, " : " steps, ")
                .append(Html.esc(Energy.ofJoules(t.energyJoules()).toString())).append(", ")
                .append(Html.esc(Emissions.ofGrams(t.emissionsGrams()).toString())).append(", mean rate ")
                .append(Html.esc(EmissionsRate.ofGramsPerSecond(t.meanRateGramsPerSecond()).toString()))
                .append("</p>\n<div class=\"charts\">")
                .append(SvgChart.columns("Energy per step", Units.ENERGY, List.of(
                        new SvgChart.Series("CPU", HtmlReport.CPU_COLOUR, cpu),
                        new SvgChart.Series("GPU", HtmlReport.GPU_COLOUR, gpu),
                        new SvgChart.Series("RAM", HtmlReport.RAM_COLOUR, ram)), tips, labels, xTitle, 390, 200))
                .append(SvgChart.columns("Emissions per step", Units.MASS, List.of(
                        new SvgChart.Series("CO2eq", HtmlReport.EMISSIONS_COLOUR, emissions)), tips, labels, xTitle,
                        390, 200))
                .append(SvgChart.line("Emissions rate per step", Units.MASS_RATE,
                        new SvgChart.Series("rate", HtmlReport.RATE_COLOUR, rate), tips, labels, xTitle, 390, 200))
                .append("</div>\n");
    }
}
