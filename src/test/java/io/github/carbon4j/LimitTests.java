package io.github.carbon4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The one budget value: figure ≤ limit, and the words every budget check prints. */
class LimitTests {

    @Test
    void aFigureEqualToTheLimitIsWithinAndAnyMoreIsOver() {
        Limit<Energy> limit = Limit.energy("50 J");

        assertThat(limit.admits(Energy.ofJoules(50))).isTrue();
        assertThat(limit.admits(Energy.ofJoules(50.000001))).isFalse();
        assertThat(limit.exceededBy(Energy.ofJoules(50))).isEmpty();
        assertThat(limit.exceededBy(Energy.ofJoules(61))).contains("61 J > 50 J");
    }

    @Test
    void theVerdictNamesTheFigureBothValuesAndTheUnitOfWork() {
        assertThat(Limit.emissions("5 mg").verdict(Emissions.ofGrams(7.2e-3), ""))
                .isEqualTo("emissions 7.2 mgCO2eq > limit 5 mgCO2eq");
        assertThat(Limit.energy("2 mJ").verdict(Energy.ofJoules(1.1e-6), "/op"))
                .isEqualTo("energy 1.1 µJ/op <= limit 2 mJ/op");
        assertThat(Limit.sci(Emissions.ofGrams(1)).verdict(Emissions.ofGrams(2), "/op"))
                .isEqualTo("SCI 2 gCO2eq/op > limit 1 gCO2eq/op");
        assertThat(Limit.sci("1 g")).hasToString("SCI <= 1 gCO2eq");
    }

    @Test
    void aMalformedLimitIsQuoted() {
        assertThatThrownBy(() -> Limit.emissions("five"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"five\"");
        assertThatThrownBy(() -> new Limit<>(" ", Energy.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
