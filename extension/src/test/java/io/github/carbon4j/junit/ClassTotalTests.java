package io.github.carbon4j.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.carbon4j.CarbonIntensity;
import io.github.carbon4j.CarbonMetrics;
import io.github.carbon4j.Component;
import io.github.carbon4j.ComponentEnergies;
import io.github.carbon4j.Context;
import io.github.carbon4j.Emissions;
import io.github.carbon4j.Energy;
import io.github.carbon4j.MeasurementMethod;
import io.github.carbon4j.Scope;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A class budget's total: the tests' sums, as one interval derived like any other. */
class ClassTotalTests {

    private static final MeasurementMethod RAPL = MeasurementMethod.measured("RAPL", "package-0");

    @Test
    void theTotalIsTheSumOfTheTestsAsOneConsistentInterval() {
        Random random = new Random(3);
        ClassTotal total = new ClassTotal();
        List<CarbonMetrics> tests = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            CarbonMetrics m = test(
                    i,
                    random.nextDouble() * 50,
                    random.nextDouble() * 5,
                    Duration.ofNanos(1 + random.nextInt(900_000_000)),
                    i == 17);
            tests.add(m);
            total.add(m);
        }
        CarbonMetrics sum = total.total().orElseThrow();

        assertThat(total.tests()).isEqualTo(40);
        assertThat(sum.context()).isEqualTo(Context.of("SortTests"));
        assertThat(sum.step()).isZero();
        assertThat(sum.start()).isEqualTo(tests.get(0).start());
        assertThat(sum.duration())
                .isEqualTo(tests.stream()
                        .map(CarbonMetrics::duration)
                        .reduce(Duration::plus)
                        .get());
        for (Component c : Component.values()) {
            double joules =
                    tests.stream().mapToDouble(m -> m.energy(c).joules()).sum();
            assertThat(sum.energy(c).joules()).as(c.key()).isCloseTo(joules, within(joules * 1e-12));
            assertThat(sum.method(c)).isEqualTo(tests.get(0).method(c));
        }
        double grams = tests.stream().mapToDouble(m -> m.emissions().grams()).sum();
        assertThat(sum.emissions().grams()).isCloseTo(grams, within(grams * 1e-12));
        assertThat(sum.emissions()).isEqualTo(sum.intensity().emissionsFor(sum.energyConsumed()));
        assertThat(sum.embodiedEmissions().grams()).isCloseTo(40 * 0.01, within(1e-12));
        assertThat(sum.overlapped()).isTrue();
    }

    @Test
    void noTestNoTotal() {
        assertThat(new ClassTotal().total()).isEmpty();
        ClassTotal one = new ClassTotal();
        one.add(test(0, 10, 1, Duration.ofSeconds(1), false));
        assertThat(one.total().orElseThrow().overlapped()).isFalse();
    }

    private static CarbonMetrics test(int step, double cpu, double ram, Duration duration, boolean overlapped) {
        ComponentEnergies energies = ComponentEnergies.builder()
                .put(Component.CPU, Energy.ofJoules(cpu), RAPL)
                .put(Component.RAM, Energy.ofJoules(ram), MeasurementMethod.estimated("DIMM model", "16 GiB"))
                .build();
        return CarbonMetrics.of(
                Context.of("SortTests"),
                step,
                Instant.EPOCH.plusSeconds(step),
                duration,
                energies,
                CarbonIntensity.ofGramsPerKilowattHour(56),
                "grid of FRA",
                1.2,
                Scope.PROCESS,
                overlapped,
                Emissions.ofGrams(0.01));
    }
}
