package io.github.carbon4j.report;

import java.util.List;

/** The x labels of a column or line chart, thinned to a regular subset that fits, and the x title. */
final class XLabels {

    private XLabels() {}

    /** The middle of the i-th slot: a method, not a lambda the callers pass, which a closing JVM would spin. */
    private static double position(int i, double slot) {
        return SvgChart.LEFT + (i + 0.5) * slot;
    }

    /** Writes the labels, every so many, each in the middle of its slot, and the title under them. */
    static void draw(Html svg, List<String> labels, String xTitle, int width, int height, double slot) {
        int n = labels.size();
        double spacing = n > 1 ? Math.abs(position(1, slot) - position(0, slot)) : width;
        int every = every(labels, spacing);
        for (int i = 0; i < n; i += every) {
            svg.element(
                    "text",
                    labels.get(i),
                    "x",
                    Html.fixed(position(i, slot), 2),
                    "y",
                    Integer.toString(height - SvgChart.BOTTOM + 14),
                    "text-anchor",
                    "middle",
                    "class",
                    "tick");
        }
        svg.element(
                "text",
                xTitle,
                "x",
                Integer.toString(SvgChart.LEFT + (width - SvgChart.LEFT - SvgChart.RIGHT) / 2),
                "y",
                Integer.toString(height - 4),
                "text-anchor",
                "middle",
                "class",
                "axis");
    }

    /**
     * Every how many points an x label is written: 1 when the longest label fits the spacing, else the
     * smallest of 2, 5, 10, 20, 50, ... that leaves room, so the labels shown are a regular subset.
     */
    static int every(List<String> labels, double spacing) {
        int longest = labels.isEmpty() ? 1 : 0;
        for (String label : labels) {
            longest = Math.max(longest, label.codePointCount(0, label.length()));
        }
        // report.css sets ticks in 11 px: digits are about 6.6 px wide; then a gap between labels.
        double needed = longest * 6.6 + 6;
        int[] steps = {1, 2, 5};
        for (long scale = 1; scale < Integer.MAX_VALUE / 10; scale *= 10) {
            for (int step : steps) {
                if (spacing * step * scale >= needed) {
                    return (int) (step * scale);
                }
            }
        }
        return Math.max(1, labels.size());
    }
}
