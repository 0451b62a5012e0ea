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
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    static String render(ReportData data) {
        StringBuilder sb = new StringBuilder(64 * 1024);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")
                .append("<title>carbon4j report</title><style>\n").append(CSS).append("</style></head>\n<body>\n");
        header(sb, data);
        if (data.rows().isEmpty()) {
            sb.append("<p>No steps were logged in this directory.</p>\n");
        } else {
            methods(sb, data);
            topEmitters(sb, data);
            breakdown(sb, data);
            ContextCharts.write(sb, data);
        }
        sb.append("<footer>Written by carbon4j. Energy in J (consumed energy includes PUE), emissions in gCO2eq"
                + " = energy × carbon intensity. Data: steps-*.csv (a row per step), summary.json, emissions.csv"
                + " (CodeCarbon's columns), prov/ (yProv4ML metric files and PROV-JSON).</footer>\n");
        return sb.append("</body></html>\n").toString();
    }

    private static void header(StringBuilder sb, ReportData data) {
        TreeSet<String> experiments = new TreeSet<>();
        data.runs().values().forEach(r -> experiments.add(r.run().experiment()));
        sb.append("<h1>carbon4j: energy and emissions</h1>\n<p class=\"sub\">")
                .append(Html.esc(experiments.isEmpty() ? "no runs" : "experiment " + String.join(", ", experiments)))
                .append(" · ").append(data.runs().size()).append(data.runs().size() == 1 ? " run" : " runs");
        if (!data.runs().isEmpty()) {
            sb.append(" · ").append(Html.esc(data.runs().values().iterator().next().run().start().toString()))
                    .append(" to ").append(Html.esc(data.runs().keySet().stream().map(data::end)
                            .max(Comparator.naturalOrder()).orElseThrow().toString()));
        }
        sb.append("</p>\n");
        Totals t = data.totals();
        boolean estimated = estimated(data);
        double runSeconds = data.runSeconds();
        sb.append("<section class=\"cards\">\n");
        card(sb, "Emissions", Emissions.ofGrams(t.emissionsGrams()).toString(),
                estimated ? "estimate: energy not (only) from a hardware counter" : "from measured energy");
        card(sb, "Energy consumed", Energy.ofJoules(t.energyJoules()).toString(), estimated ? "estimate" : "measured");
        card(sb, "Steps", Long.toString(t.steps()), t.overlappedSteps() > 0
                ? t.overlappedSteps() + " overlapped others (shared machine figures)" : "");
        card(sb, "Logged time", Units.format(t.loggedSeconds(), Units.TIME), "sum of step durations");
        card(sb, "Mean emissions rate", EmissionsRate.ofGramsPerSecond(t.meanRateGramsPerSecond()).toString(),
                "emissions / logged time");
        card(sb, "Cumulative rate", EmissionsRate.ofGramsPerSecond(runSeconds > 0 ? t.emissionsGrams() / runSeconds : 0).toString(),
                "cumulative view: total emissions / total run time");
        sb.append("</section>\n");
    }

    private static void card(StringBuilder sb, String key, String value, String note) {
        sb.append("<div class=\"card\"><div class=\"k\">").append(Html.esc(key)).append("</div><div class=\"v\">")
                .append(Html.esc(value)).append("</div><div class=\"n\">").append(Html.esc(note)).append("</div></div>\n");
    }

    private static void methods(StringBuilder sb, ReportData data) {
        sb.append("<h2>How this was measured</h2>\n<p class=\"note\">Figures marked <span class=\"badge estimated\">")
                .append("estimated</span> or <span class=\"badge configured\">configured</span> come from a model"
                        + " or a configured power, not from a hardware counter: read them as estimates.</p>\n")
                .append("<table><tr><th>run</th><th>machine</th><th>scope</th><th>PUE</th><th>carbon intensity</th>"
                        + "<th>CPU</th><th>GPU</th><th>RAM</th></tr>\n");
        for (RunRecord record : data.runs().values()) {
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
    }

    static String badge(MeasurementMethod method) {
        String kind = method.kind().name().toLowerCase(Locale.ROOT);
        String label = method.kind() == MeasurementMethod.Kind.NONE ? "not measured" : kind;
        return "<span class=\"badge " + kind + "\">" + label + "</span>"
                + (method.kind() == MeasurementMethod.Kind.NONE ? "" : Html.esc(method.toString()));
    }

    private static void topEmitters(StringBuilder sb, ReportData data) {
        Map<String, List<StepRow>> contexts = data.contexts();
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (Map.Entry<String, List<StepRow>> e : contexts.entrySet()) {
            if (labels.size() == TOP) {
                break;
            }
            labels.add(e.getKey());
            values.add(Totals.of(e.getValue()).emissionsGrams());
        }
        sb.append("<h2>Top emitters</h2>\n<div class=\"charts\">")
                .append(SvgChart.bars("Emissions per context (top " + labels.size() + " of " + contexts.size() + ")",
                        Units.MASS, labels, List.of(new SvgChart.Series("emissions", EMISSIONS_COLOUR,
                                values.stream().mapToDouble(Double::doubleValue).toArray())), 1000))
                .append("</div>\n<table><tr><th>context</th><th>step</th><th>run</th><th>duration</th><th>energy</th>"
                        + "<th>emissions</th><th>emissions rate</th></tr>\n");
        data.rows().stream()
                .sorted(Comparator.comparingDouble((StepRow r) -> -r.metrics().emissions().grams()))
                .limit(TOP)
                .forEach(r -> sb.append("<tr><td>").append(Html.esc(r.metrics().context().name())).append("</td><td class=\"num\">")
                        .append(r.metrics().step()).append("</td><td>").append(Html.esc(shortId(r.runId())))
                        .append("</td><td class=\"num\">")
                        .append(Html.esc(Units.format(r.metrics().duration().toNanos() / 1e9, Units.TIME)))
                        .append("</td><td class=\"num\">")
                        .append(Html.esc(r.metrics().energyConsumed().toString()))
                        .append("</td><td class=\"num\">")
                        .append(Html.esc(r.metrics().emissions().toString()))
                        .append("</td><td class=\"num\">")
                        .append(Html.esc(r.metrics().emissionsRate().toString()))
                        .append("</td></tr>\n"));
        sb.append("</table>\n");
    }

    private static void breakdown(StringBuilder sb, ReportData data) {
        List<String> labels = new ArrayList<>(List.of("all contexts"));
        List<Totals> totals = new ArrayList<>(List.of(data.totals()));
        for (Map.Entry<String, List<StepRow>> e : data.contexts().entrySet()) {
            if (labels.size() > TOP) {
                break;
            }
            labels.add(e.getKey());
            totals.add(Totals.of(e.getValue()));
        }
        List<SvgChart.Series> series = new ArrayList<>();
        String[] colours = {CPU_COLOUR, GPU_COLOUR, RAM_COLOUR};
        for (Component c : Component.values()) {
            series.add(new SvgChart.Series(c.name(), colours[c.ordinal()],
                    totals.stream().mapToDouble(t -> t.joules(c)).toArray()));
        }
        sb.append("<h2>CPU, GPU and RAM</h2>\n<p class=\"note\">Energy of each component, without PUE.</p>\n")
                .append("<div class=\"charts\">").append(SvgChart.bars("Energy by component", Units.ENERGY, labels,
                        series, 1000)).append("</div>\n");
    }

    static boolean estimated(ReportData data) {
        Totals t = data.totals();
        for (RunRecord r : data.runs().values()) {
            for (Component c : Component.values()) {
                if (r.method(c).kind() != MeasurementMethod.Kind.MEASURED && t.joules(c) > 0) {
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
