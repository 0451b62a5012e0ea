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
 * for energy and emissions, emissions over time for the rate) so a chart stays readable; the page
 * draws at most {@link #PAGE_POINTS} points over all its contexts (each context at least
 * {@link #MIN_POINTS}), merging neighbouring bars further, and says how many it shows. A summary keeps no more
 * bars than that ({@link ContextSummary#barsPerContext}).
 */
final class ContextCharts {

    static final int MAX_CONTEXTS = 40;
    /** Points drawn over all contexts of the page: each costs about 1 KB in its three charts. */
    static final int PAGE_POINTS = 1200;

    static final int MIN_POINTS = 20;

    private ContextCharts() {}

    static void write(Html page, Summary summary) {
        List<ContextSummary> contexts = summary.contexts();
        String note = "Steps in the order they were logged";
        if (contexts.size() > MAX_CONTEXTS) {
            note += "; the " + MAX_CONTEXTS + " contexts with the most emissions of " + contexts.size();
        }
        page.element("h2", "Per context")
                .line()
                .element(
                        "p",
                        note + ". A context's figures are the sums of its steps."
                                + " Hover a bar or point for its figures.",
                        "class",
                        "note")
                .line();
        int shown = Math.min(MAX_CONTEXTS, contexts.size());
        int points = pointsPerContext(shown);
        for (ContextSummary c : contexts.subList(0, shown)) {
            context(page, c, points);
        }
    }

    /** The points each of so many contexts may draw. */
    static int pointsPerContext(int contexts) {
        return Math.max(MIN_POINTS, Math.min(ContextSummary.MAX_BARS, PAGE_POINTS / Math.max(1, contexts)));
    }

    private static void context(Html page, ContextSummary c, int points) {
        ContextSummary drawn =
                new ContextSummary(c.name(), c.totals(), c.start(), c.end(), ContextSummary.compact(c.bars(), points));
        Totals t = c.totals();
        String note = t.steps() + (t.steps() == 1 ? " step, " : " steps, ") + Energy.ofJoules(t.energyJoules()) + ", "
                + Emissions.ofGrams(t.emissionsGrams()) + ", mean rate "
                + EmissionsRate.ofGramsPerSecond(t.emissionsRateGramsPerSecond());
        if (drawn.bars().size() < t.steps()) {
            note += "; drawn as " + drawn.bars().size() + " points, each a bar of consecutive steps";
        }
        page.element("h3", c.name())
                .line()
                .element("p", note, "class", "note")
                .line()
                .open("div", "class", "charts");
        charts(page, drawn);
        page.close("div").line();
    }

    private static void charts(Html page, ContextSummary c) {
        List<ContextSummary.Bar> bars = c.bars();
        int n = bars.size();
        double[][] values = new double[5][n]; // cpu, gpu, ram, emissions, rate
        List<String> labels = new ArrayList<>(n);
        List<String> tips = new ArrayList<>(n);
        for (int b = 0; b < n; b++) {
            ContextSummary.Bar bar = bars.get(b);
            double rate = bar.seconds() > 0 ? bar.emissionsGrams() / bar.seconds() : 0;
            double[] v = {bar.cpuJoules(), bar.gpuJoules(), bar.ramJoules(), bar.emissionsGrams(), rate};
            for (int k = 0; k < v.length; k++) {
                values[k][b] = v[k];
            }
            labels.add(bar.label());
            tips.add(tip(bar, rate));
        }
        long perBar = c.stepsPerBar();
        String xTitle = perBar == 1 ? "step" : perBar > 1 ? "steps, " + perBar + " per bar" : "steps, grouped per bar";
        draw(page, values, tips, labels, xTitle);
    }

    private static String tip(ContextSummary.Bar bar, double rate) {
        return "step " + bar.label() + ": " + Energy.ofJoules(bar.energyJoules()) + ", "
                + Emissions.ofGrams(bar.emissionsGrams()) + ", " + EmissionsRate.ofGramsPerSecond(rate)
                + " over " + Units.format(bar.seconds(), Units.TIME);
    }

    /** The three charts of a context: energy by device, emissions, emissions rate. */
    private static void draw(Html page, double[][] values, List<String> tips, List<String> labels, String xTitle) {
        page.append(SvgChart.columns(
                        "Energy per step",
                        Units.ENERGY,
                        List.of(
                                new SvgChart.Series("CPU", HtmlReport.CPU_COLOUR, values[0]),
                                new SvgChart.Series("GPU", HtmlReport.GPU_COLOUR, values[1]),
                                new SvgChart.Series("RAM", HtmlReport.RAM_COLOUR, values[2])),
                        tips,
                        labels,
                        xTitle,
                        390,
                        200))
                .append(SvgChart.columns(
                        "Emissions per step",
                        Units.MASS,
                        List.of(new SvgChart.Series("CO2eq", HtmlReport.EMISSIONS_COLOUR, values[3])),
                        tips,
                        labels,
                        xTitle,
                        390,
                        200))
                .append(SvgChart.line(
                        "Emissions rate per step",
                        Units.MASS_RATE,
                        new SvgChart.Series("rate", HtmlReport.RATE_COLOUR, values[4]),
                        tips,
                        labels,
                        xTitle,
                        390,
                        200));
    }
}
