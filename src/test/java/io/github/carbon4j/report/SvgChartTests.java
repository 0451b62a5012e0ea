package io.github.carbon4j.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.carbon4j.internal.Units;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SvgChartTests {

    private static final Pattern TICK = Pattern.compile("text-anchor=\"middle\" class=\"tick\">([^<]*)</text>");

    @Test
    void sevenStepsAreAllLabelled() {
        assertThat(xLabels(columns(7))).containsExactly("0", "1", "2", "3", "4", "5", "6");
    }

    @Test
    void manyStepsAreLabelledAtARegularSubset() {
        List<String> shown = xLabels(columns(200));
        assertThat(shown).hasSizeBetween(5, 20).startsWith("0");
        int every = Integer.parseInt(shown.get(1));
        assertThat(List.of(2, 5, 10, 20, 50)).contains(every);
        for (int i = 0; i < shown.size(); i++) {
            assertThat(shown.get(i)).isEqualTo(Integer.toString(i * every));
        }
    }

    @Test
    void longerLabelsNeedMoreRoom() {
        assertThat(SvgChart.labelEvery(List.of("1", "2"), 20)).isEqualTo(1);
        assertThat(SvgChart.labelEvery(List.of("100–199", "200–299"), 20)).isEqualTo(5);
        assertThat(SvgChart.labelEvery(List.of("1"), 0.01)).isEqualTo(2000);
    }

    private static String columns(int n) {
        List<String> labels = IntStream.range(0, n).mapToObj(Integer::toString).toList();
        double[] values = IntStream.range(0, n).mapToDouble(i -> i + 1).toArray();
        return SvgChart.columns(
                        "Energy per step",
                        Units.ENERGY,
                        List.of(new SvgChart.Series("CPU", "#000", values)),
                        labels,
                        labels,
                        "step",
                        390,
                        200)
                .toString();
    }

    private static List<String> xLabels(String svg) {
        List<String> labels = new ArrayList<>();
        Matcher m = TICK.matcher(svg);
        while (m.find()) {
            labels.add(m.group(1));
        }
        return labels;
    }
}
