package io.github.carbon4j.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The result labels and units are a public contract: scripts, budgets and dashboards read them. */
class CarbonLabelsTests {

    @Test
    void labelsArePinned() {
        assertThat(CarbonLabels.ALL).containsExactly(
                "carbon.energy", "carbon.energy.norm", "carbon.co2e", "carbon.co2e.norm", "carbon.co2e.rate",
                "carbon.power.cpu", "carbon.power.gpu", "carbon.power.ram", "carbon.embodied", "carbon.embodied.norm",
                "carbon.sci", "carbon.sci.norm");
    }

    @Test
    void unitsArePinned() {
        assertThat(new String[] {CarbonLabels.JOULES, CarbonLabels.JOULES_PER_OP, CarbonLabels.GRAMS,
                CarbonLabels.GRAMS_PER_OP, CarbonLabels.GRAMS_PER_SECOND, CarbonLabels.WATTS})
                .containsExactly("J", "J/op", "g", "g/op", "g/s", "W");
    }
}
