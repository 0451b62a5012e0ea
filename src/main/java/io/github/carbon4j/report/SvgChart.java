package io.github.carbon4j.report;

import io.github.carbon4j.internal.Units;
import java.util.List;

/**
 * Small SVG charts drawn by carbon4j itself, so the HTML page needs no script and no network:
 * stacked columns, a line, stacked horizontal bars. Each bar or point carries a tooltip. Pure
 * functions returning SVG written through {@link Html}, so every label is escaped.
 */
final class SvgChart {

    /** One series of a chart, in base units (J, g, g/s). */
    record Series(String name, String colour, double[] values) {}

    static final int LEFT = 62;
    static final int RIGHT = 14;
    static final int TOP = 30;
    static final int BOTTOM = 34;

    private SvgChart() {}

    /** Stacked columns, one per point, x labels thinned to fit. */
    static Html columns(
            String title,
            List<Units.Unit> units,
            List<Series> series,
            List<String> tips,
            List<String> xLabels,
            String xTitle,
            int width,
            int height) {
        int n = xLabels.size();
        double max = 0;
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (Series s : series) {
                sum += s.values()[i];
            }
            max = Math.max(max, sum);
        }
        ChartAxis axis = new ChartAxis(max, units, height);
        Html svg = open(title, width, height);
        axis.draw(svg, width);
        double slot = (double) (width - LEFT - RIGHT) / Math.max(1, n);
        double barWidth = Math.max(1, slot * 0.78);
        for (int i = 0; i < n; i++) {
            column(svg, axis, series, i, LEFT + i * slot + (slot - barWidth) / 2, barWidth, tips.get(i));
        }
        XLabels.draw(svg, xLabels, xTitle, width, height, slot);
        if (series.size() > 1) {
            legend(svg, series, width);
        }
        return svg.close("svg");
    }

    private static void column(
            Html svg, ChartAxis axis, List<Series> series, int i, double x, double barWidth, String tip) {
        double base = 0;
        svg.open("g").element("title", tip);
        for (Series s : series) {
            double v = s.values()[i];
            if (v > 0) {
                double y0 = axis.y(base);
                double y1 = axis.y(base + v);
                svg.empty(
                        "rect",
                        "x",
                        Html.fixed(x, 2),
                        "y",
                        Html.fixed(y1, 2),
                        "width",
                        Html.fixed(barWidth, 2),
                        "height",
                        Html.fixed(Math.max(0.5, y0 - y1), 2),
                        "fill",
                        s.colour());
            }
            base += v;
        }
        svg.close("g");
    }

    /** A line through the points, with dots when there are few. */
    static Html line(
            String title,
            List<Units.Unit> units,
            Series series,
            List<String> tips,
            List<String> xLabels,
            String xTitle,
            int width,
            int height) {
        int n = xLabels.size();
        double max = 0;
        for (double v : series.values()) {
            max = Math.max(max, v);
        }
        ChartAxis axis = new ChartAxis(max, units, height);
        Html svg = open(title, width, height);
        axis.draw(svg, width);
        double slot = (double) (width - LEFT - RIGHT) / Math.max(1, n);
        polyline(svg, axis, series, n, slot);
        dots(svg, axis, series, tips, n, slot);
        XLabels.draw(svg, xLabels, xTitle, width, height, slot);
        return svg.close("svg");
    }

    /** The line through the points. */
    private static void polyline(Html svg, ChartAxis axis, Series series, int n, double slot) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < n; i++) {
            points.append(Html.fixed(LEFT + (i + 0.5) * slot, 2))
                    .append(',')
                    .append(Html.fixed(axis.y(series.values()[i]), 2))
                    .append(' ');
        }
        svg.empty(
                "polyline",
                "fill",
                "none",
                "stroke-width",
                "2",
                "stroke",
                series.colour(),
                "points",
                points.toString().trim());
    }

    /** A dot per point, each with its tooltip; smaller when there are many. */
    private static void dots(Html svg, ChartAxis axis, Series series, List<String> tips, int n, double slot) {
        String r = n <= 60 ? "3.0" : "1.5";
        for (int i = 0; i < n; i++) {
            svg.open(
                            "circle",
                            "cx",
                            Html.fixed(LEFT + (i + 0.5) * slot, 2),
                            "cy",
                            Html.fixed(axis.y(series.values()[i]), 2),
                            "r",
                            r,
                            "fill",
                            series.colour())
                    .element("title", tips.get(i))
                    .close("circle");
        }
    }

    /** Stacked horizontal bars, one per label, largest first as given; the total written after each bar. */
    static Html bars(String title, List<Units.Unit> units, List<String> labels, List<Series> series, int width) {
        return BarChart.draw(title, units, labels, series, width);
    }

    /**
     * The end of a long label behind an ellipsis, at most {@code max} code points: cut between code
     * points, never inside a surrogate pair.
     */
    static String tail(String label, int max) {
        int count = label.codePointCount(0, label.length());
        if (count <= max) {
            return label;
        }
        return "…" + label.substring(label.offsetByCodePoints(0, count - (max - 1)));
    }

    static Html open(String title, int width, int height) {
        String w = Integer.toString(width);
        String h = Integer.toString(height);
        return new Html()
                .open(
                        "svg",
                        "xmlns",
                        "http://www.w3.org/2000/svg",
                        "class",
                        "chart",
                        "width",
                        w,
                        "height",
                        h,
                        "viewBox",
                        "0 0 " + w + " " + h,
                        "role",
                        "img",
                        "aria-label",
                        title)
                .element("text", title, "x", "4", "y", "18", "class", "title");
    }

    static void legend(Html svg, List<Series> series, int width) {
        double x = width - RIGHT - 70.0 * series.size();
        for (Series s : series) {
            svg.empty("rect", "x", Html.fixed(x, 1), "y", "8", "width", "10", "height", "10", "fill", s.colour());
            svg.element("text", s.name(), "x", Html.fixed(x + 14, 1), "y", "17", "class", "legend");
            x += 70;
        }
    }

    /** Every how many points an x label is written: see {@link XLabels#every}. */
    static int labelEvery(List<String> labels, double spacing) {
        return XLabels.every(labels, spacing);
    }
}
