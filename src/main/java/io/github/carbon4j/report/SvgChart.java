package io.github.carbon4j.report;

import io.github.carbon4j.internal.Units;
import java.util.List;
import java.util.Locale;

/**
 * Small SVG charts drawn by carbon4j itself, so the HTML page needs no script and no network:
 * stacked columns, a line, stacked horizontal bars. Each bar or point carries a tooltip. Pure
 * functions returning SVG text.
 */
final class SvgChart {

    /** One series of a chart, in base units (J, g, g/s). */
    record Series(String name, String colour, double[] values) {}

    private static final int LEFT = 62;
    private static final int RIGHT = 14;
    private static final int TOP = 30;
    private static final int BOTTOM = 34;

    private SvgChart() {}

    /** Stacked columns, one per point, x labels thinned to fit. */
    static String columns(String title, List<Units.Unit> units, List<Series> series, List<String> tips,
            List<String> xLabels, String xTitle, int width, int height) {
        int n = xLabels.size();
        double max = 0;
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (Series s : series) {
                sum += s.values()[i];
            }
            max = Math.max(max, sum);
        }
        Axis axis = new Axis(max, units, height);
        StringBuilder sb = open(title, width, height);
        axis.draw(sb, width);
        double slot = (double) (width - LEFT - RIGHT) / Math.max(1, n);
        double barWidth = Math.max(1, slot * 0.78);
        for (int i = 0; i < n; i++) {
            double x = LEFT + i * slot + (slot - barWidth) / 2;
            double base = 0;
            sb.append("<g><title>").append(Html.esc(tips.get(i))).append("</title>");
            for (Series s : series) {
                double v = s.values()[i];
                if (v > 0) {
                    double y0 = axis.y(base);
                    double y1 = axis.y(base + v);
                    sb.append(String.format(Locale.ROOT, "<rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" fill=\"%s\"/>",
                            x, y1, barWidth, Math.max(0.5, y0 - y1), s.colour()));
                }
                base += v;
            }
            sb.append("</g>");
        }
        xLabels(sb, xLabels, xTitle, width, height, i -> LEFT + (i + 0.5) * slot);
        if (series.size() > 1) {
            legend(sb, series, width);
        }
        return sb.append("</svg>").toString();
    }

    /** A line through the points, with dots when there are few. */
    static String line(String title, List<Units.Unit> units, Series series, List<String> tips, List<String> xLabels,
            String xTitle, int width, int height) {
        int n = xLabels.size();
        double max = 0;
        for (double v : series.values()) {
            max = Math.max(max, v);
        }
        Axis axis = new Axis(max, units, height);
        StringBuilder sb = open(title, width, height);
        axis.draw(sb, width);
        double slot = (double) (width - LEFT - RIGHT) / Math.max(1, n);
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < n; i++) {
            points.append(String.format(Locale.ROOT, "%.2f,%.2f ", LEFT + (i + 0.5) * slot, axis.y(series.values()[i])));
        }
        sb.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").append(series.colour())
                .append("\" points=\"").append(points.toString().trim()).append("\"/>");
        for (int i = 0; i < n; i++) {
            double r = n <= 60 ? 3 : 1.5;
            sb.append(String.format(Locale.ROOT, "<circle cx=\"%.2f\" cy=\"%.2f\" r=\"%.1f\" fill=\"%s\"><title>%s</title></circle>",
                    LEFT + (i + 0.5) * slot, axis.y(series.values()[i]), r, series.colour(), Html.esc(tips.get(i))));
        }
        xLabels(sb, xLabels, xTitle, width, height, i -> LEFT + (i + 0.5) * slot);
        return sb.append("</svg>").toString();
    }

    /** Stacked horizontal bars, one per label, largest first as given; the total written after each bar. */
    static String bars(String title, List<Units.Unit> units, List<String> labels, List<Series> series, int width) {
        int labelWidth = 300;
        int rowHeight = 24;
        int height = TOP + labels.size() * rowHeight + 30;
        double max = 0;
        double[] totals = new double[labels.size()];
        for (int i = 0; i < labels.size(); i++) {
            for (Series s : series) {
                totals[i] += s.values()[i];
            }
            max = Math.max(max, totals[i]);
        }
        Units.Unit unit = Units.pick(max, units);
        double plotWidth = width - labelWidth - 110;
        double scale = max > 0 ? plotWidth / max : 0;
        StringBuilder sb = open(title, width, height);
        for (int i = 0; i < labels.size(); i++) {
            double y = TOP + i * rowHeight;
            String label = labels.get(i);
            String shown = tail(label, 44);
            sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" class=\"label\">",
                    labelWidth - 8, y + 16)).append(Html.esc(shown)).append("<title>").append(Html.esc(label))
                    .append("</title></text>");
            double x = labelWidth;
            StringBuilder tip = new StringBuilder(label).append(": ").append(unit.format(totals[i]));
            for (Series s : series) {
                if (series.size() > 1) {
                    tip.append("; ").append(s.name()).append(' ').append(unit.format(s.values()[i]));
                }
            }
            sb.append("<g><title>").append(Html.esc(tip.toString())).append("</title>");
            for (Series s : series) {
                double w = s.values()[i] * scale;
                if (w > 0) {
                    sb.append(String.format(Locale.ROOT, "<rect x=\"%.2f\" y=\"%.1f\" width=\"%.2f\" height=\"%d\" fill=\"%s\"/>",
                            x, y + 4, Math.max(0.5, w), rowHeight - 8, s.colour()));
                }
                x += w;
            }
            sb.append("</g>");
            sb.append(String.format(Locale.ROOT, "<text x=\"%.2f\" y=\"%.1f\" class=\"value\">", x + 6, y + 16))
                    .append(Html.esc(unit.format(totals[i]))).append("</text>");
        }
        if (series.size() > 1) {
            legend(sb, series, width);
        }
        return sb.append("</svg>").toString();
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

    private static StringBuilder open(String title, int width, int height) {
        StringBuilder sb = new StringBuilder(4096);
        sb.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">",
                width, height, width, height, Html.esc(title)));
        sb.append("<text x=\"4\" y=\"18\" class=\"title\">").append(Html.esc(title)).append("</text>");
        return sb;
    }

    private static void legend(StringBuilder sb, List<Series> series, int width) {
        double x = width - RIGHT - 70.0 * series.size();
        for (Series s : series) {
            sb.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"8\" width=\"10\" height=\"10\" fill=\"%s\"/>", x, s.colour()));
            sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"17\" class=\"legend\">", x + 14))
                    .append(Html.esc(s.name())).append("</text>");
            x += 70;
        }
    }

    private static void xLabels(StringBuilder sb, List<String> labels, String xTitle, int width, int height,
            java.util.function.IntToDoubleFunction position) {
        int n = labels.size();
        double spacing = n > 1 ? Math.abs(position.applyAsDouble(1) - position.applyAsDouble(0)) : width;
        int every = labelEvery(labels, spacing);
        for (int i = 0; i < n; i += every) {
            sb.append(String.format(Locale.ROOT, "<text x=\"%.2f\" y=\"%d\" text-anchor=\"middle\" class=\"tick\">",
                    position.applyAsDouble(i), height - BOTTOM + 14)).append(Html.esc(labels.get(i))).append("</text>");
        }
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" class=\"axis\">",
                LEFT + (width - LEFT - RIGHT) / 2, height - 4)).append(Html.esc(xTitle)).append("</text>");
    }

    /**
     * Every how many points an x label is written: 1 when the longest label fits the spacing, else the
     * smallest of 2, 5, 10, 20, 50, ... that leaves room, so the labels shown are a regular subset.
     */
    static int labelEvery(List<String> labels, double spacing) {
        int longest = labels.stream().mapToInt(l -> l.codePointCount(0, l.length())).max().orElse(1);
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

    /** The value axis of a column or line chart: round ticks in a readable unit. */
    private static final class Axis {
        private final Units.Unit unit;
        private final double step;
        private final double top;
        private final int height;

        Axis(double max, List<Units.Unit> units, int height) {
            this.unit = Units.pick(max, units);
            this.step = Units.tickStep(unit.of(max), 4);
            this.top = Math.max(step, Math.ceil(unit.of(max) / step - 1e-9) * step);
            this.height = height;
        }

        double y(double base) {
            double plot = height - TOP - BOTTOM;
            return height - BOTTOM - plot * unit.of(base) / top;
        }

        void draw(StringBuilder sb, int width) {
            for (int k = 0; k * step <= top + step * 1e-9; k++) {
                double value = k * step;
                double y = height - BOTTOM - (height - TOP - BOTTOM) * value / top;
                sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.2f\" y2=\"%.2f\" class=\"grid\"/>",
                        LEFT, width - RIGHT, y, y));
                sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.2f\" text-anchor=\"end\" class=\"tick\">",
                        LEFT - 6, y + 4)).append(Html.esc(Units.plain(value) + " " + unit.symbol())).append("</text>");
            }
        }
    }
}
