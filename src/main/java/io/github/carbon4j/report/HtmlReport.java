package io.github.carbon4j.report;

import io.github.carbon4j.Component;
import io.github.carbon4j.Emissions;
import io.github.carbon4j.EmissionsRate;
import io.github.carbon4j.Energy;
import io.github.carbon4j.MeasurementMethod;
import io.github.carbon4j.internal.CsvReader;
import io.github.carbon4j.internal.Totals;
import io.github.carbon4j.internal.Units;
import java.util.List;
import java.util.TreeSet;

/**
 * The HTML page of every run in a directory: one self-contained, script-free file with inline CSS
 * and SVG charts, readable offline, written through {@link Html} so every value is escaped. Its
 * size does not grow with the number of steps, runs or contexts: tables list the newest or top
 * entries and count the rest, charts draw a bounded number of points and say so. Pure function of
 * the data (well-formed XML, so tests can parse it).
 */
final class HtmlReport {

    static final String CPU_COLOUR = "#4e79a7";
    static final String GPU_COLOUR = "#f28e2b";
    static final String RAM_COLOUR = "#59a14f";
    static final String EMISSIONS_COLOUR = "#e15759";
    static final String RATE_COLOUR = "#b07aa1";
    static final int TOP = 10;
    /** The most runs the methods table lists; a directory may hold thousands. */
    static final int MAX_RUN_ROWS = 50;

    private static final String CSS = CsvReader.resource(HtmlReport.class, "report.css");

    private HtmlReport() {}

    static String render(Summary summary) {
        return render(summary, new Html(0));
    }

    /** The page with a section of its own (the comparison with a baseline) after the header. */
    static String render(Summary summary, Html section) {
        Html page = new Html(64 * 1024)
                .doctype()
                .open("html", "lang", "en")
                .open("head")
                .empty("meta", "charset", "utf-8")
                .empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
                .element("title", "carbon4j report")
                .style(CSS)
                .close("head")
                .line()
                .open("body")
                .line();
        header(page, summary);
        incomplete(page, summary);
        page.append(section);
        if (summary.steps().steps() == 0) {
            page.element("p", "No steps were logged in this directory.").line();
        } else {
            RunTables.methods(page, summary);
            RunTables.topEmitters(page, summary);
            RunTables.breakdown(page, summary);
            ContextCharts.write(page, summary);
        }
        page.element(
                        "footer",
                        "Written by carbon4j. Energy in J (consumed energy includes PUE), emissions in gCO2eq"
                                + " = energy × carbon intensity. Data: steps-*.csv (a row per step), summary.json, emissions.csv"
                                + " (CodeCarbon's columns), prov/ (yProv4ML metric files and PROV-JSON).")
                .line();
        return page.close("body").close("html").line().toString();
    }

    private static void header(Html page, Summary summary) {
        TreeSet<String> experiments = new TreeSet<>();
        for (RunEntry r : summary.runs()) {
            experiments.add(r.record().run().experiment());
        }
        long runs = summary.runCount();
        String sub = (experiments.isEmpty() ? "no runs" : "experiment " + String.join(", ", experiments)) + " · " + runs
                + (runs == 1 ? " run" : " runs");
        if (runs > 0) {
            sub += " · " + StepTimes.text(summary.start().orElseThrow()) + " to "
                    + StepTimes.text(summary.end().orElseThrow());
        }
        page.element("h1", "carbon4j: energy and emissions")
                .line()
                .element("p", sub, "class", "sub")
                .line();
        cards(page, summary);
    }

    private static void cards(Html page, Summary summary) {
        Totals t = summary.totals();
        boolean estimated = estimated(summary);
        String how = t.measured() ? "runs from start to end" : "runs from start to end; some summed from their steps";
        page.open("section", "class", "cards").line();
        card(
                page,
                "Emissions",
                Emissions.ofGrams(t.emissionsGrams()).toString(),
                (estimated ? "estimate: energy not (only) from a hardware counter" : "from measured energy") + "; "
                        + how);
        embodiedCard(page, summary);
        card(page, "SCI", Emissions.ofGrams(t.sciGrams()).toString(), "operational + embodied emissions");
        card(
                page,
                "Energy consumed",
                Energy.ofJoules(t.energyJoules()).toString(),
                (estimated ? "estimate" : "measured") + "; " + how);
        card(page, "Run time", Units.format(t.seconds(), Units.TIME), "start to end, summed over runs");
        card(
                page,
                "Emissions rate",
                EmissionsRate.ofGramsPerSecond(t.emissionsRateGramsPerSecond()).toString(),
                "emissions / run time");
        stepCards(page, summary.steps());
        page.close("section").line();
    }

    /** The embodied-emissions card, saying when its figures are estimates. */
    private static void embodiedCard(Html page, Summary summary) {
        boolean estimatedTe = false;
        for (RunEntry r : summary.runs()) {
            estimatedTe |= r.record().embodied().isPresent()
                    && r.record().embodied().get().source().startsWith("estimated");
        }
        card(
                page,
                "Embodied emissions",
                Emissions.ofGrams(summary.totals().embodiedGrams()).toString(),
                (estimatedTe ? "estimate from a typical server's figures; " : "")
                        + "the machine's manufacture and disposal, by run time over its lifetime and the share reserved");
    }

    /** The cards of the steps: how many, and their logged time. */
    private static void stepCards(Html page, Totals steps) {
        card(
                page,
                "Steps",
                Long.toString(steps.steps()),
                steps.overlappedSteps() > 0
                        ? steps.overlappedSteps() + " overlapped others (shared machine figures)"
                        : "");
        card(
                page,
                "Logged time",
                Units.format(steps.seconds(), Units.TIME),
                "sum of step durations"
                        + (steps.overlappedSeconds() > 0
                                ? ", " + Units.format(steps.overlappedSeconds(), Units.TIME) + " of it overlapped"
                                : ""));
    }

    private static void incomplete(Html page, Summary summary) {
        List<RunEntry> incomplete = summary.incomplete();
        if (summary.incompleteCount() == 0) {
            return;
        }
        page.open("section", "class", "warning")
                .element("h2", "Incomplete reports")
                .line()
                .open("ul")
                .line();
        for (RunEntry r : incomplete.subList(0, Math.min(incomplete.size(), MAX_RUN_ROWS))) {
            page.element("li", "run " + shortId(r.runId()) + ": " + r.incompleteness())
                    .line();
        }
        long more = summary.incompleteCount() - Math.min(incomplete.size(), MAX_RUN_ROWS);
        if (more > 0) {
            page.element("li", "and " + more + " older runs (see summary.json)").line();
        }
        page.close("ul").close("section").line();
    }

    private static void card(Html page, String key, String value, String note) {
        page.open("div", "class", "card")
                .element("div", key, "class", "k")
                .element("div", value, "class", "v")
                .element("div", note, "class", "n")
                .close("div")
                .line();
    }

    static boolean estimated(Summary summary) {
        Totals t = summary.totals();
        for (RunEntry r : summary.runs()) {
            for (Component c : Component.values()) {
                if (r.record().method(c).kind() != MeasurementMethod.Kind.MEASURED && t.joules(c) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    static String shortId(String runId) {
        return runId.length() > 8 ? runId.substring(0, 8) : runId;
    }
}
