package io.github.carbon4j.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

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

/** The one accumulator of intervals: summing in place and adding values agree, figure by figure. */
class TotalsTests {

    @Test
    void summingInPlaceGivesExactlyWhatAddingTheIntervalsGives() {
        Random random = new Random(17);
        List<CarbonMetrics> intervals = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            intervals.add(interval(random));
        }
        Totals.Sum sum = new Totals.Sum();
        Totals folded = Totals.ZERO;
        for (CarbonMetrics m : intervals) {
            sum.add(m);
            folded = folded.plus(Totals.of(m));
        }

        assertThat(sum.totals()).isEqualTo(folded).hasSameHashCodeAs(folded);
        Totals t = sum.totals();
        assertThat(t.steps()).isEqualTo(500);
        assertThat(t.overlappedSteps())
                .isEqualTo(intervals.stream().filter(CarbonMetrics::overlapped).count());
        double cpu = 0;
        double seconds = 0;
        double overlappedSeconds = 0;
        for (CarbonMetrics m : intervals) {
            cpu += m.cpuEnergy().joules();
            seconds += m.duration().toNanos() / 1e9;
            overlappedSeconds += m.overlapped() ? m.duration().toNanos() / 1e9 : 0;
        }
        assertThat(t.joules(Component.CPU)).isEqualTo(cpu);
        assertThat(t.seconds()).isEqualTo(seconds);
        assertThat(t.overlappedSeconds()).isEqualTo(overlappedSeconds);
        assertThat(t.sciGrams()).isEqualTo(t.emissionsGrams() + t.embodiedGrams());
        assertThat(t.emissionsRateGramsPerSecond()).isEqualTo(t.emissionsGrams() / seconds);
    }

    @Test
    void totalsSummedFromStepsStandForARunButAreNotMeasured() {
        Totals steps = Totals.of(interval(new Random(1)));
        Totals run = steps.summedFromSteps(100);

        assertThat(steps.measured()).isTrue();
        assertThat(run.measured()).isFalse();
        assertThat(run.seconds()).isEqualTo(100);
        assertThat(run.energyJoules()).isEqualTo(steps.energyJoules());
        assertThat(run.plus(steps).measured()).isFalse();
        assertThat(Totals.ZERO.plus(steps)).isEqualTo(steps);
        assertThat(Totals.ZERO.emissionsRateGramsPerSecond()).isZero();
    }

    @Test
    void sumsThatOverflowAreNotFiniteAndComponentArraysAreChecked() {
        Totals huge = new Totals(1, 1, new double[] {Double.MAX_VALUE, 0, 0}, 0, 0, 0, 0, 0, true);
        assertThat(huge.finite()).isTrue();
        assertThat(huge.plus(huge).finite()).isFalse();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Totals(0, 0, new double[2], 0, 0, 0, 0, 0, true))
                .withMessage("expected 3 component energies, got 2");
        double[] joules = huge.joules();
        joules[0] = 0;
        assertThat(huge.joules(Component.CPU)).isEqualTo(Double.MAX_VALUE);
    }

    private static CarbonMetrics interval(Random random) {
        ComponentEnergies.Builder energies = ComponentEnergies.builder();
        for (Component c : Component.values()) {
            energies.put(c, Energy.ofJoules(random.nextDouble() * 100), MeasurementMethod.configured("fixed", ""));
        }
        return CarbonMetrics.of(
                Context.of("c"),
                0,
                Instant.EPOCH,
                Duration.ofNanos(1 + random.nextInt(1_000_000_000)),
                energies.build(),
                CarbonIntensity.ofGramsPerKilowattHour(random.nextDouble() * 800),
                "test",
                1 + random.nextDouble(),
                Scope.PROCESS,
                random.nextBoolean(),
                Emissions.ofGrams(random.nextDouble()));
    }
}
