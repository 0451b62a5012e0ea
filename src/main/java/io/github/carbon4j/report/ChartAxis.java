package io.github.carbon4j.report;

import io.github.carbon4j.internal.Units;
import java.util.List;

/** The value axis of a column or line chart: round ticks in a readable unit. Immutable. */
final class ChartAxis {

    private final Units.Unit unit;
    private final double step;
    private final double top;
    private final int height;

    ChartAxis(double max, List<Units.Unit> units, int height) {
        this.unit = Units.pick(max, units);
        this.step = Units.tickStep(unit.of(max), 4);
        this.top = Math.max(step, Math.ceil(unit.of(max) / step - 1e-9) * step);
        this.height = height;
    }

    /** The y coordinate of a value in base units. */
    double y(double base) {
        double plot = height - SvgChart.TOP - SvgChart.BOTTOM;
        return height - SvgChart.BOTTOM - plot * unit.of(base) / top;
    }

    void draw(Html svg, int width) {
        for (int k = 0; k * step <= top + step * 1e-9; k++) {
            double value = k * step;
            double y = height - SvgChart.BOTTOM - (height - SvgChart.TOP - SvgChart.BOTTOM) * value / top;
            String yText = Html.fixed(y, 2);
            svg.empty(
                    "line",
                    "x1",
                    Integer.toString(SvgChart.LEFT),
                    "x2",
                    Integer.toString(width - SvgChart.RIGHT),
                    "y1",
                    yText,
                    "y2",
                    yText,
                    "class",
                    "grid");
            svg.element(
                    "text",
                    Units.plain(value) + " " + unit.symbol(),
                    "x",
                    Integer.toString(SvgChart.LEFT - 6),
                    "y",
                    Html.fixed(y + 4, 2),
                    "text-anchor",
                    "end",
                    "class",
                    "tick");
        }
    }
}
