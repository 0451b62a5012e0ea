package io.github.carbon4j.report;

import io.github.carbon4j.internal.Units;
import java.util.List;

/** Stacked horizontal bars, one per label, with the total after each bar. Pure function. */
final class BarChart {

    private static final int LABEL_WIDTH = 300;
    private static final int ROW_HEIGHT = 24;

    private BarChart() {}

    static Html draw(
            String title, List<Units.Unit> units, List<String> labels, List<SvgChart.Series> series, int width) {
        int height = SvgChart.TOP + labels.size() * ROW_HEIGHT + 30;
        double max = 0;
        double[] totals = new double[labels.size()];
        for (int i = 0; i < labels.size(); i++) {
            for (SvgChart.Series s : series) {
                totals[i] += s.values()[i];
            }
            max = Math.max(max, totals[i]);
        }
        Units.Unit unit = Units.pick(max, units);
        double scale = max > 0 ? (width - LABEL_WIDTH - 110) / max : 0;
        Html svg = SvgChart.open(title, width, height);
        for (int i = 0; i < labels.size(); i++) {
            row(svg, unit, series, i, labels.get(i), totals[i], scale);
        }
        if (series.size() > 1) {
            SvgChart.legend(svg, series, width);
        }
        return svg.close("svg");
    }

    private static void row(
            Html svg, Units.Unit unit, List<SvgChart.Series> series, int i, String label, double total, double scale) {
        double y = SvgChart.TOP + i * ROW_HEIGHT;
        svg.open(
                        "text",
                        "x",
                        Integer.toString(LABEL_WIDTH - 8),
                        "y",
                        Html.fixed(y + 16, 1),
                        "text-anchor",
                        "end",
                        "class",
                        "label")
                .text(SvgChart.tail(label, 44))
                .element("title", label)
                .close("text");
        svg.open("g").element("title", tip(unit, series, i, label, total));
        double x = LABEL_WIDTH;
        for (SvgChart.Series s : series) {
            double w = s.values()[i] * scale;
            if (w > 0) {
                svg.empty(
                        "rect",
                        "x",
                        Html.fixed(x, 2),
                        "y",
                        Html.fixed(y + 4, 1),
                        "width",
                        Html.fixed(Math.max(0.5, w), 2),
                        "height",
                        Integer.toString(ROW_HEIGHT - 8),
                        "fill",
                        s.colour());
            }
            x += w;
        }
        svg.close("g");
        svg.element(
                "text", unit.format(total), "x", Html.fixed(x + 6, 2), "y", Html.fixed(y + 16, 1), "class", "value");
    }

    /** The bar's tooltip: label and total, then each series' part when there are several. */
    private static String tip(Units.Unit unit, List<SvgChart.Series> series, int i, String label, double total) {
        StringBuilder tip = new StringBuilder(label).append(": ").append(unit.format(total));
        for (SvgChart.Series s : series) {
            if (series.size() > 1) {
                tip.append("; ").append(s.name()).append(' ').append(unit.format(s.values()[i]));
            }
        }
        return tip.toString();
    }
}
