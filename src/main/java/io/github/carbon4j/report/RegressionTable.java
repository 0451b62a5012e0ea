package io.github.carbon4j.report;

import io.github.carbon4j.Emissions;
import io.github.carbon4j.Energy;
import java.util.List;
import java.util.Locale;

/**
 * The page's section comparing the directory with a baseline ({@code ReportMain html --baseline}):
 * the total and every context, then the steps that regressed, each with its baseline figures, its
 * figures now and the change. Pure function writing through {@link Html}.
 */
final class RegressionTable {

    /** At most this many regressed steps are listed; the rest are counted. */
    static final int MAX_STEPS = 100;

    private static final List<String> HEADINGS = List.of(
            "verdict", "what", "energy before", "energy now", "change", "emissions before", "emissions now", "change");

    private RegressionTable() {}

    static Html html(CarbonCheck.Result result, String baselineName) {
        Html html = new Html()
                .element("h2", "Against the baseline")
                .line()
                .element("p", note(result, baselineName), "class", "note")
                .line()
                .open("table")
                .open("tr");
        for (String heading : HEADINGS) {
            html.element("th", heading);
        }
        html.close("tr").line();
        List<CarbonCheck.Comparison> steps = result.comparisons().stream()
                .filter(c -> c.name().kind() == RunFigures.Kind.STEP && c.regressed())
                .toList();
        result.comparisons().stream()
                .filter(c -> c.name().kind() != RunFigures.Kind.STEP)
                .forEach(c -> row(html, c));
        steps.stream().limit(MAX_STEPS).forEach(c -> row(html, c));
        html.close("table").line();
        if (steps.size() > MAX_STEPS) {
            html.element(
                            "p",
                            "and " + (steps.size() - MAX_STEPS) + " more regressed steps (ReportMain check lists them"
                                    + " all).",
                            "class",
                            "note")
                    .line();
        }
        return html;
    }

    /** What was compared with what, above the table. */
    private static String note(CarbonCheck.Result result, String baselineName) {
        return baselineName + ": "
                + result.baselineRuns() + (result.baselineRuns() == 1 ? " run" : " runs") + ", "
                + result.compared()
                + " names compared, " + result.findings().size()
                + (result.findings().size() == 1 ? " finding" : " findings")
                + ". Figures are means per run.";
    }

    private static void row(Html html, CarbonCheck.Comparison c) {
        html.open("tr").open("td");
        if (c.regressed()) {
            html.element("strong", "REGRESSED");
        } else {
            html.text("ok");
        }
        html.close("td").element("td", c.name().toString());
        cells(
                html,
                Energy.ofJoules(c.baselineJoules()).toString(),
                Energy.ofJoules(c.joules()).toString(),
                c.baselineJoules(),
                c.joules());
        cells(
                html,
                Emissions.ofGrams(c.baselineGrams()).toString(),
                Emissions.ofGrams(c.grams()).toString(),
                c.baselineGrams(),
                c.grams());
        html.close("tr").line();
    }

    private static void cells(Html html, String before, String now, double b, double n) {
        String change = b > 0 ? String.format(Locale.ROOT, "%+.1f%%", (n / b - 1) * 100) : n > 0 ? "from zero" : "0";
        html.element("td", before, "class", "num")
                .element("td", now, "class", "num")
                .element("td", change, "class", "num");
    }
}
