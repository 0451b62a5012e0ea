package io.github.carbon4j.report;

import io.github.carbon4j.Emissions;
import io.github.carbon4j.Energy;
import java.util.List;
import java.util.Locale;

/**
 * The page's section comparing the directory with a baseline ({@code ReportMain html --baseline}):
 * the total and every context, then the steps that regressed, each with its baseline figures, its
 * figures now and the change. Pure function.
 */
final class RegressionTable {

    /** At most this many regressed steps are listed; the rest are counted. */
    static final int MAX_STEPS = 100;

    private RegressionTable() {}

    static String html(CarbonCheck.Result result, String baselineName) {
        StringBuilder sb = new StringBuilder("<h2>Against the baseline</h2>\n<p class=\"note\">")
                .append(Html.esc(baselineName)).append(": ").append(result.baselineRuns())
                .append(result.baselineRuns() == 1 ? " run" : " runs").append(", ").append(result.compared())
                .append(" names compared, ").append(result.findings().size())
                .append(result.findings().size() == 1 ? " finding" : " findings")
                .append(". Figures are means per run.</p>\n<table><tr><th>verdict</th><th>what</th>")
                .append("<th>energy before</th><th>energy now</th><th>change</th>")
                .append("<th>emissions before</th><th>emissions now</th><th>change</th></tr>\n");
        List<CarbonCheck.Comparison> steps = result.comparisons().stream()
                .filter(c -> c.name().kind() == RunFigures.Kind.STEP && c.regressed()).toList();
        result.comparisons().stream().filter(c -> c.name().kind() != RunFigures.Kind.STEP).forEach(c -> row(sb, c));
        steps.stream().limit(MAX_STEPS).forEach(c -> row(sb, c));
        sb.append("</table>\n");
        if (steps.size() > MAX_STEPS) {
            sb.append("<p class=\"note\">and ").append(steps.size() - MAX_STEPS)
                    .append(" more regressed steps (ReportMain check lists them all).</p>\n");
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, CarbonCheck.Comparison c) {
        sb.append("<tr><td>").append(c.regressed() ? "<strong>REGRESSED</strong>" : "ok").append("</td><td>")
                .append(Html.esc(c.name().toString())).append("</td>");
        cells(sb, Energy.ofJoules(c.baselineJoules()).toString(), Energy.ofJoules(c.joules()).toString(),
                c.baselineJoules(), c.joules());
        cells(sb, Emissions.ofGrams(c.baselineGrams()).toString(), Emissions.ofGrams(c.grams()).toString(),
                c.baselineGrams(), c.grams());
        sb.append("</tr>\n");
    }

    private static void cells(StringBuilder sb, String before, String now, double b, double n) {
        String change = b > 0 ? String.format(Locale.ROOT, "%+.1f%%", (n / b - 1) * 100) : n > 0 ? "from zero" : "0";
        sb.append("<td class=\"num\">").append(Html.esc(before)).append("</td><td class=\"num\">").append(Html.esc(now))
                .append("</td><td class=\"num\">").append(change).append("</td>");
    }
}
