package io.github.carbon4j.report;

import io.github.carbon4j.Component;
import io.github.carbon4j.Emissions;
import io.github.carbon4j.EmissionsRate;
import io.github.carbon4j.Energy;
import io.github.carbon4j.MeasurementMethod;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The HTML page of every run in a directory: one self-contained, script-free file with inline CSS
 * and SVG charts, readable offline. Pure function of the data (well-formed XML, so tests can parse
 * it).
 */
final class HtmlReport {

    static final String CPU_COLOUR = "#4e79a7";
    static final String GPU_COLOUR = "#f28e2b";
    static final String RAM_COLOUR = "#59a14f";
    static final String EMISSIONS_COLOUR = "#e15759";
    static final String RATE_COLOUR = "#b07aa1";
    static final int TOP = 10;
    private static final String CSS = resource("report.css");

    private HtmlReport() {}

    /** The most runs the methods table lists; a directory may hold thousands. */
    static final int MAX_RUN_ROWS = 50;

    static String render(Summary summary) {
        return render(summary, "");
    }

    /** The page with a section of its own (the comparison with a baseline) after the header. */
    static String render(Summary summary, String section) {
        StringBuilder sb = new StringBuilder(64 * 1024);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")
                .append("<title>carbon4j report</title><style>\n").append(CSS).append("</style></head>\n<body>\n");
        header(sb, summary);
        incomplete(sb, summary);
        sb.append(section);
        if (summary.steps().steps() == 0) {
            sb.append("<p>No steps were logged in this directory.</p>\n");
        } else {
            methods(sb, summary);
            topEmitters(sb, summary);
            breakdown(sb, summary);
            ContextCharts.write(sb, summary);
        }
        sb.append("<footer>Written by carbon4j. Energy in J (consumed energy includes PUE), emissions in gCO2eq"
                + " = energy × carbon intensity. Data: steps-*.csv (a row per step), summary.json, emissions.csv"
                + " (CodeCarbon's columns), prov/ (yProv4ML metric files and PROV-JSON).</footer>\n");
        return sb.append("</body></html>\n").toString();
    }

    private static void header(StringBuilder sb, Summary summary) {
        TreeSet<String> experiments = new TreeSet<>();
        summary.runs().forEach(r -> experiments.add(r.record().run().experiment()));
        long runs = summary.runCount();
        sb.append("<h1>carbon4j: energy and emissions</h1>\n<p class=\"sub\">")
                .append(Html.esc(experiments.isEmpty() ? "no runs" : "experiment " + String.join(", ", experiments)))
                .append(" · ").append(runs).append(runs == 1 ? " run" : " runs");
        if (runs > 0) {
            sb.append(" · ").append(Html.esc(summary.start().orElseThrow().toString()))
                    .append(" to ").append(Html.esc(summary.end().orElseThrow().toString()));
        }
        sb.append("</p>\n");
        RunTotals t = summary.totals();
        Totals steps = summary.steps();
        boolean estimated = estimated(summary);
        String how = t.measured() ? "runs from start to end" : "runs from start to end; some summed from their steps";
        sb.append("<section class=\"cards\">\n");
        card(sb, "Emissions", Emissions.ofGrams(t.emissionsGrams()).toString(),
                (estimated ? "estimate: energy not (only) from a hardware counter" : "from measured energy") + "; " + how);
        boolean estimatedTe = summary.runs().stream()
                .anyMatch(r -> r.record().embodied().filter(e -> e.source().startsWith("estimated")).isPresent());
        card(sb, "Embodied emissions", Emissions.ofGrams(t.embodiedGrams()).toString(),
                (estimatedTe ? "estimate from a typical server's figures; " : "")
                        + "the machine's manufacture and disposal, by run time over its lifetime and the share reserved");
        card(sb, "SCI", Emissions.ofGrams(t.sciGrams()).toString(), "operational + embodied emissions");
        card(sb, "Energy consumed", Energy.ofJoules(t.energyJoules()).toString(), (estimated ? "estimate" : "measured")
                + "; " + how);
        card(sb, "Run time", Units.format(t.seconds(), Units.TIME), "start to end, summed over runs");
        card(sb, "Emissions rate", EmissionsRate.ofGramsPerSecond(t.emissionsRateGramsPerSecond()).toString(),
                "emissions / run time");
        card(sb, "Steps", Long.toString(steps.steps()), steps.overlappedSteps() > 0
                ? steps.overlappedSteps() + " overlapped others (shared machine figures)" : "");
        card(sb, "Logged time", Units.format(steps.loggedSeconds(), Units.TIME), "sum of step durations"
                + (steps.overlappedSeconds() > 0 ? ", " + Units.format(steps.overlappedSeconds(), Units.TIME)
                        + " of it overlapped" : ""));
        sb.append("</section>\n");
    }

    private static void incomplete(StringBuilder sb, Summary summary) {
        List<RunEntry> incomplete = summary.incomplete();
        if (summary.incompleteCount() == 0) {
            return;
        }
        sb.append("<section class=\"warning\"><h2>Incomplete reports</h2>\n<ul>\n");
        incomplete.stream().limit(MAX_RUN_ROWS).forEach(r -> sb.append("<li>run ").append(Html.esc(shortId(r.runId())))
                .append(": ").append(Html.esc(r.incompleteness())).append("</li>\n"));
        long more = summary.incompleteCount() - Math.min(incomplete.size(), MAX_RUN_ROWS);
        if (more > 0) {
            sb.append("<li>and ").append(more).append(" older runs (see summary.json)</li>\n");
        }
        sb.append("</ul></section>\n");
    }

    private static void card(StringBuilder sb, String key, String value, String note) {
        sb.append("<div class=\"card\"><div class=\"k\">").append(Html.esc(key)).append("</div><div class=\"v\">")
                .append(Html.esc(value)).append("</div><div class=\"n\">").append(Html.esc(note)).append("</div></div>\n");
    }

    private static void methods(StringBuilder sb, Summary summary) {
        sb.append("<h2>How this was measured</h2>\n<p class=\"note\">Figures marked <span class=\"badge estimated\">")
                .append("estimated</span> or <span class=\"badge configured\">configured</span> come from a model"
                        + " or a configured power, not from a hardware counter: read them as estimates.</p>\n")
                .append("<table><tr><th>run</th><th>machine</th><th>scope</th><th>PUE</th><th>carbon intensity</th>"
                        + "<th>CPU</th><th>GPU</th><th>RAM</th></tr>\n");
        List<RunEntry> runs = summary.runs();
        // The newest runs: a directory's history can be long.
        for (RunEntry entry : runs.subList(Math.max(0, runs.size() - MAX_RUN_ROWS), runs.size())) {
            RunRecord record = entry.record();
            RunInfo run = record.run();
            MachineInfo m = record.machine();
            sb.append("<tr><td>").append(Html.esc(shortId(run.runId()))).append("<br/>")
                    .append(Html.esc(run.experiment())).append("</td><td>")
                    .append(Html.esc(m.cpuModel().isEmpty() ? "unknown CPU" : m.cpuModel()))
                    .append(m.cpuCount() > 0 ? " × " + m.cpuCount() + " threads" : "")
                    .append(m.ramTotalBytes() > 0 ? ", " + Units.plain(m.ramTotalGibibytes()) + " GiB RAM" : "")
                    .append("<br/>").append(Html.esc(m.os())).append("</td><td>").append(run.scope().key())
                    .append("</td><td class=\"num\">").append(Units.plain(run.pue())).append("</td><td>")
                    .append(Html.esc(Units.plain(run.intensity().gramsPerKilowattHour()) + " gCO2eq/kWh"))
                    .append("<br/><span class=\"note\">").append(Html.esc(run.intensitySource())).append("</span></td>");
            for (Component c : Component.values()) {
                sb.append("<td>").append(badge(record.method(c))).append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</table>\n");
        if (summary.runCount() > MAX_RUN_ROWS) {
            sb.append("<p class=\"note\">The newest ").append(MAX_RUN_ROWS).append(" of ").append(summary.runCount())
                    .append(" runs.</p>\n");
        }
    }

    static String badge(MeasurementMethod method) {
        String kind = method.kind().name().toLowerCase(Locale.ROOT);
        String label = method.kind() == MeasurementMethod.Kind.NONE ? "not measured" : kind;
        return "<span class=\"badge " + kind + "\">" + label + "</span>"
                + (method.kind() == MeasurementMethod.Kind.NONE ? "" : Html.esc(method.toString()));
    }

    private static void topEmitters(StringBuilder sb, Summary summary) {
        List<ContextSummary> contexts = summary.contexts();
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (ContextSummary c : contexts.subList(0, Math.min(TOP, contexts.size()))) {
            labels.add(c.name());
            values.add(c.totals().emissionsGrams());
        }
        sb.append("<h2>Top emitters</h2>\n<div class=\"charts\">")
                .append(SvgChart.bars("Emissions per context (top " + labels.size() + " of " + contexts.size() + ")",
                        Units.MASS, labels, List.of(new SvgChart.Series("emissions", EMISSIONS_COLOUR,
                                values.stream().mapToDouble(Double::doubleValue).toArray())), 1000))
                .append("</div>\n<table><tr><th>context</th><th>step</th><th>name</th><th>run</th><th>duration</th>"
                        + "<th>energy</th><th>emissions</th><th>emissions rate</th></tr>\n");
        for (TopStep t : summary.top()) {
            // The name for people, with the stable one (a test's unique id) on hover.
            sb.append("<tr><td>").append(Html.esc(t.context())).append("</td><td class=\"num\">")
                    .append(t.step()).append("</td><td title=\"").append(Html.esc(t.stableName())).append("\">")
                    .append(Html.esc(t.label())).append("</td><td>").append(Html.esc(shortId(t.runId())))
                    .append("</td><td class=\"num\">").append(Html.esc(Units.format(t.seconds(), Units.TIME)))
                    .append("</td><td class=\"num\">").append(Html.esc(Energy.ofJoules(t.energyJoules()).toString()))
                    .append("</td><td class=\"num\">").append(Html.esc(Emissions.ofGrams(t.emissionsGrams()).toString()))
                    .append("</td><td class=\"num\">")
                    .append(Html.esc(EmissionsRate.ofGramsPerSecond(t.emissionsRateGramsPerSecond()).toString()))
                    .append("</td></tr>\n");
        }
        sb.append("</table>\n");
    }

    private static void breakdown(StringBuilder sb, Summary summary) {
        List<String> labels = new ArrayList<>(List.of("all runs (start to end)", "all steps"));
        List<double[]> rows = new ArrayList<>();
        RunTotals t = summary.totals();
        rows.add(new double[] {t.cpuJoules(), t.gpuJoules(), t.ramJoules()});
        Totals steps = summary.steps();
        rows.add(new double[] {steps.cpuJoules(), steps.gpuJoules(), steps.ramJoules()});
        for (ContextSummary c : summary.contexts().subList(0, Math.min(TOP, summary.contexts().size()))) {
            labels.add(c.name());
            rows.add(new double[] {c.totals().cpuJoules(), c.totals().gpuJoules(), c.totals().ramJoules()});
        }
        List<SvgChart.Series> series = new ArrayList<>();
        String[] colours = {CPU_COLOUR, GPU_COLOUR, RAM_COLOUR};
        for (Component c : Component.values()) {
            series.add(new SvgChart.Series(c.name(), colours[c.ordinal()],
                    rows.stream().mapToDouble(r -> r[c.ordinal()]).toArray()));
        }
        sb.append("<h2>CPU, GPU and RAM</h2>\n<p class=\"note\">Energy of each component, without PUE.</p>\n")
                .append("<div class=\"charts\">").append(SvgChart.bars("Energy by component", Units.ENERGY, labels,
                        series, 1000)).append("</div>\n");
    }

    static boolean estimated(Summary summary) {
        RunTotals t = summary.totals();
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

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
