package io.github.carbon4j.report;

import io.github.carbon4j.Emissions;
import io.github.carbon4j.EmissionsRate;
import io.github.carbon4j.Energy;
import io.github.carbon4j.internal.Totals;
import io.github.carbon4j.internal.Units;
import java.util.ArrayList;
import java.util.List;

/**
 * The per-context section of the HTML page: energy, emissions and emissions rate per step in the
 * order the steps were logged, run after run. Long series come as bars of consecutive steps (sums
 * for energy and emissions, emissions over time for the rate) so a chart stays readable.
 */
final class ContextCharts {

    static final int MAX_CONTEXTS = 40;

    private ContextCharts() {}

    static void write(StringBuilder sb, Summary summary) {
        List<ContextSummary> contexts = summary.contexts();
        sb.append("<h2>Per context</h2>\n<p class=\"note\">Steps in the order they were logged");
        if (contexts.size() > MAX_CONTEXTS) {
            sb.append("; the ").append(MAX_CONTEXTS).append(" contexts with the most emissions of ")
                    .append(contexts.size());
        }
        sb.append(". A context's figures are the sums of its steps. Hover a bar or point for its figures.</p>\n");
        contexts.stream().limit(MAX_CONTEXTS).forEach(c -> context(sb, c));
    }

    private static void context(StringBuilder sb, ContextSummary c) {
        List<ContextSummary.Bar> bars = c.bars();
        int n = bars.size();
        double[] cpu = new double[n];
        double[] gpu = new double[n];
        double[] ram = new double[n];
        double[] emissions = new double[n];
        double[] rate = new double[n];
        List<String> labels = new ArrayList<>(n);
        List<String> tips = new ArrayList<>(n);
        for (int b = 0; b < n; b++) {
            ContextSummary.Bar bar = bars.get(b);
            cpu[b] = bar.cpuJoules();
            gpu[b] = bar.gpuJoules();
            ram[b] = bar.ramJoules();
            emissions[b] = bar.emissionsGrams();
            rate[b] = bar.seconds() > 0 ? bar.emissionsGrams() / bar.seconds() : 0;
            labels.add(bar.label());
            tips.add("step " + bar.label() + ": " + Energy.ofJoules(bar.energyJoules()) + ", "
                    + Emissions.ofGrams(bar.emissionsGrams()) + ", " + EmissionsRate.ofGramsPerSecond(rate[b])
                    + " over " + Units.format(bar.seconds(), Units.TIME));
        }
        long perBar = c.stepsPerBar();
        String xTitle = perBar == 1 ? "step" : perBar > 1 ? "steps, " + perBar + " per bar" : "steps, grouped per bar";
        Totals t = c.totals();
        sb.append("<h3>").append(Html.esc(c.name())).append("</h3>\n<p class=\"note\">").append(t.steps())
                .append(t.steps() == 1 ? " step, " : " steps, ")
                .append(Html.esc(Energy.ofJoules(t.energyJoules()).toString())).append(", ")
                .append(Html.esc(Emissions.ofGrams(t.emissionsGrams()).toString())).append(", mean rate ")
                .append(Html.esc(EmissionsRate.ofGramsPerSecond(t.emissionsRateGramsPerSecond()).toString()))
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
