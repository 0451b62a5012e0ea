package io.github.carbon4j.report;

import io.github.carbon4j.Component;
import io.github.carbon4j.Emissions;
import io.github.carbon4j.EmissionsRate;
import io.github.carbon4j.Energy;
import io.github.carbon4j.MeasurementMethod;
import io.github.carbon4j.internal.RunInfo;
import io.github.carbon4j.internal.Totals;
import io.github.carbon4j.internal.Units;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The page's tables and summary charts: how each run was measured (the newest runs), the top
 * emitters and steps, and the energy by component. Each lists a bounded number of entries and
 * counts the rest. Pure functions writing through {@link Html}.
 */
final class RunTables {

    private RunTables() {}

    static void methods(Html page, Summary summary) {
        page.element("h2", "How this was measured")
                .line()
                .open("p", "class", "note")
                .text("Figures marked ")
                .element("span", "estimated", "class", "badge estimated")
                .text(" or ")
                .element("span", "configured", "class", "badge configured")
                .text(" come from a model or a configured"
                        + " power, not from a hardware counter: read them as estimates.")
                .close("p")
                .line();
        page.open("table").open("tr");
        for (String heading : List.of("run", "machine", "scope", "PUE", "carbon intensity", "CPU", "GPU", "RAM")) {
            page.element("th", heading);
        }
        page.close("tr").line();
        List<RunEntry> runs = summary.runs();
        // The newest runs: a directory's history can be long.
        for (RunEntry entry : runs.subList(Math.max(0, runs.size() - HtmlReport.MAX_RUN_ROWS), runs.size())) {
            runRow(page, entry.record());
        }
        page.close("table").line();
        if (summary.runCount() > HtmlReport.MAX_RUN_ROWS) {
            page.element(
                            "p",
                            "The newest " + HtmlReport.MAX_RUN_ROWS + " of " + summary.runCount() + " runs.",
                            "class",
                            "note")
                    .line();
        }
    }

    private static void runRow(Html page, RunRecord record) {
        RunInfo run = record.run();
        MachineInfo m = record.machine();
        page.open("tr")
                .open("td")
                .text(HtmlReport.shortId(run.runId()))
                .empty("br")
                .text(run.experiment())
                .close("td")
                .open("td")
                .text((m.cpuModel().isEmpty() ? "unknown CPU" : m.cpuModel())
                        + (m.cpuCount() > 0 ? " × " + m.cpuCount() + " threads" : "")
                        + (m.ramTotalBytes() > 0 ? ", " + Units.plain(m.ramTotalGibibytes()) + " GiB RAM" : ""))
                .empty("br")
                .text(m.os())
                .close("td")
                .element("td", run.scope().key())
                .element("td", Units.plain(run.pue()), "class", "num")
                .open("td")
                .text(Units.plain(run.intensity().gramsPerKilowattHour()) + " gCO2eq/kWh")
                .empty("br")
                .element("span", run.intensitySource(), "class", "note")
                .close("td");
        for (Component c : Component.values()) {
            badge(page.open("td"), record.method(c)).close("td");
        }
        page.close("tr").line();
    }

    static Html badge(Html page, MeasurementMethod method) {
        String kind = method.kind().name().toLowerCase(Locale.ROOT);
        boolean none = method.kind() == MeasurementMethod.Kind.NONE;
        page.element("span", none ? "not measured" : kind, "class", "badge " + kind);
        return none ? page : page.text(method.toString());
    }

    static void topEmitters(Html page, Summary summary) {
        List<ContextSummary> contexts = summary.contexts();
        List<String> labels = new ArrayList<>();
        List<ContextSummary> top = contexts.subList(0, Math.min(HtmlReport.TOP, contexts.size()));
        double[] values = new double[top.size()];
        for (ContextSummary c : top) {
            values[labels.size()] = c.totals().emissionsGrams();
            labels.add(c.name());
        }
        page.element("h2", "Top emitters")
                .line()
                .open("div", "class", "charts")
                .append(SvgChart.bars(
                        "Emissions per context (top " + labels.size() + " of " + contexts.size() + ")",
                        Units.MASS,
                        labels,
                        List.of(new SvgChart.Series("emissions", HtmlReport.EMISSIONS_COLOUR, values)),
                        1000))
                .close("div")
                .line()
                .open("table")
                .open("tr");
        for (String heading :
                List.of("context", "step", "name", "run", "duration", "energy", "emissions", "emissions rate")) {
            page.element("th", heading);
        }
        page.close("tr").line();
        for (TopStep t : summary.top()) {
            topRow(page, t);
        }
        page.close("table").line();
        topNote(page, summary);
    }

    /** A step's row: the name for people, with the stable one (a test's unique id) on hover. */
    private static void topRow(Html page, TopStep t) {
        page.open("tr")
                .element("td", t.context())
                .element("td", Long.toString(t.step()), "class", "num")
                .element("td", t.label(), "title", t.stableName())
                .element("td", HtmlReport.shortId(t.runId()))
                .element("td", Units.format(t.seconds(), Units.TIME), "class", "num")
                .element("td", Energy.ofJoules(t.energyJoules()).toString(), "class", "num")
                .element("td", Emissions.ofGrams(t.emissionsGrams()).toString(), "class", "num")
                .element(
                        "td",
                        EmissionsRate.ofGramsPerSecond(t.emissionsRateGramsPerSecond())
                                .toString(),
                        "class",
                        "num")
                .close("tr")
                .line();
    }

    /** How many steps the table shows of how many, when it does not show them all. */
    private static void topNote(Html page, Summary summary) {
        long steps = summary.steps().steps();
        if (steps > summary.top().size()) {
            page.element(
                            "p",
                            "The " + summary.top().size() + " steps with the most emissions of " + steps + ".",
                            "class",
                            "note")
                    .line();
        }
    }

    /** One column of the rows: a loop, not a stream, whose first pipeline costs a closing JVM its classes. */
    private static double[] column(List<double[]> rows, int column) {
        double[] values = new double[rows.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = rows.get(i)[column];
        }
        return values;
    }

    static void breakdown(Html page, Summary summary) {
        List<String> labels = new ArrayList<>(List.of("all runs (start to end)", "all steps"));
        List<double[]> rows = new ArrayList<>();
        Totals t = summary.totals();
        rows.add(t.joules());
        Totals steps = summary.steps();
        rows.add(steps.joules());
        for (ContextSummary c : summary.contexts()
                .subList(0, Math.min(HtmlReport.TOP, summary.contexts().size()))) {
            labels.add(c.name());
            rows.add(c.totals().joules());
        }
        List<SvgChart.Series> series = new ArrayList<>();
        String[] colours = {HtmlReport.CPU_COLOUR, HtmlReport.GPU_COLOUR, HtmlReport.RAM_COLOUR};
        for (Component c : Component.values()) {
            series.add(new SvgChart.Series(c.name(), colours[c.ordinal()], column(rows, c.ordinal())));
        }
        page.element("h2", "CPU, GPU and RAM")
                .line()
                .element("p", "Energy of each component, without PUE.", "class", "note")
                .line()
                .open("div", "class", "charts")
                .append(SvgChart.bars("Energy by component", Units.ENERGY, labels, series, 1000))
                .close("div")
                .line();
    }
}
