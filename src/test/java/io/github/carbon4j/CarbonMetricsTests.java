package io.github.carbon4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import io.github.carbon4j.internal.Totals;
import io.github.carbon4j.meter.EnergyMeters;
import io.github.carbon4j.meter.Meters;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties of the one model of a measurement, over many seeded random inputs: every figure is
 * derived from the component energies, duration, intensity and PUE, so none can disagree.
 */
class CarbonMetricsTests {

    private static final int CASES = 2_000;

    @Test
    void anEnergyOfFixedWattsOverADurationGivesThoseWattsToWithinDoubleRounding() {
        Random random = new Random(5);
        for (int i = 0; i < CASES; i++) {
            double watts = random.nextDouble() * 1000;
            long nanos = 1 + (long) (random.nextDouble() * 1e13);
            // What a fixed-power meter reads: watts × ns / 1e9.
            CarbonMetrics m = metrics(0, Duration.ofNanos(nanos), watts * nanos / 1e9, 0, 0, 100, 1, Emissions.ZERO);
            assertThat(m.cpuPower().watts())
                    .as("%s W over %s ns", watts, nanos)
                    .isCloseTo(watts, within(4 * Math.ulp(watts)));
        }
    }

    @Test
    void fixedPowerMetersGiveTheirWattsToWithinTheRoundingOfTheirCounters() {
        Random random = new Random(7);
        for (int run = 0; run < 20; run++) {
            double[] watts = {
                random.nextDouble() * 400,
                random.nextInt(3) == 0 ? 0 : random.nextDouble() * 700,
                random.nextDouble() * 50
            };
            MockClock clock = new MockClock();
            try (CarbonLogger logger = CarbonLogger.start(config(clock, 1.0), fixedMeters(clock, watts))) {
                long elapsed = 0;
                for (int step = 0; step < 50; step++) {
                    long nanos = 1 + (long) (random.nextDouble() * 3e12);
                    elapsed += nanos;
                    clock.add(Duration.ofNanos(nanos));
                    CarbonMetrics m = logger.logCarbonMetrics(Context.of("p"));
                    for (Component c : Component.values()) {
                        double expected = watts[c.ordinal()];
                        // A step's energy is the difference of two cumulative readings, each rounded once.
                        double counterRounding = 4 * Math.ulp(expected * elapsed / 1e9) / (nanos / 1e9);
                        assertThat(m.power(c).watts())
                                .as("%s at %s W over %s", c, expected, m.duration())
                                .isCloseTo(expected, within(4 * Math.ulp(expected) + counterRounding));
                    }
                }
            }
        }
    }

    @Test
    void everyFigureIsExactlyDerivedFromTheEnergiesIntensityPueAndDuration() {
        Random random = new Random(11);
        for (int i = 0; i < CASES; i++) {
            double cpu = random.nextDouble() * 1e6;
            double gpu = random.nextInt(4) == 0 ? 0 : random.nextDouble() * 1e6;
            double ram = random.nextDouble() * 1e4;
            double grams = random.nextDouble() * 1500;
            double pue = 1 + random.nextDouble() * 2;
            Duration duration = Duration.ofNanos(random.nextInt(10) == 0 ? 0 : 1 + (long) (random.nextDouble() * 1e13));
            Emissions embodied = Emissions.ofGrams(random.nextDouble());
            CarbonMetrics m = metrics(0, duration, cpu, gpu, ram, grams, pue, embodied);

            double seconds = duration.getSeconds() + duration.getNano() / 1e9;
            assertThat(m.energyConsumed().joules()).isEqualTo((cpu + gpu + ram) * pue);
            assertThat(m.emissions().grams()).isEqualTo(grams * ((cpu + gpu + ram) * pue / 3.6e6));
            assertThat(m.emissionsRate().gramsPerSecond())
                    .isEqualTo(seconds > 0 ? m.emissions().grams() / seconds : 0);
            assertThat(m.cpuPower().watts()).isEqualTo(seconds > 0 ? cpu / seconds : 0);
            assertThat(m.gpuPower()).isEqualTo(m.power(Component.GPU));
            assertThat(m.ramEnergy().joules()).isEqualTo(ram);
            assertThat(m.sci().grams()).isEqualTo(m.emissions().grams() + embodied.grams());
            assertThat(m.end()).isEqualTo(m.start().plus(duration));
        }
    }

    @Test
    void oneStepAndManyStepsOverTheSameTimeAddUp() {
        Random random = new Random(13);
        for (int run = 0; run < 20; run++) {
            double[] watts = {random.nextDouble() * 400, random.nextDouble() * 700, random.nextDouble() * 50};
            double pue = 1 + random.nextDouble();
            int steps = 1 + random.nextInt(200);
            long[] lengths = new long[steps];
            long total = 0;
            for (int i = 0; i < steps; i++) {
                lengths[i] = 1 + (long) (random.nextDouble() * 1e10);
                total += lengths[i];
            }
            Totals many = sum(watts, pue, lengths);
            Totals one = sum(watts, pue, new long[] {total});

            assertThat(many.steps()).isEqualTo(steps);
            assertThat(one.steps()).isEqualTo(1);
            assertThat(many.seconds()).isCloseTo(one.seconds(), within(one.seconds() * 1e-12));
            for (Component c : Component.values()) {
                assertThat(many.joules(c)).as(c.key()).isCloseTo(one.joules(c), within(one.joules(c) * 1e-12));
            }
            assertThat(many.energyJoules()).isCloseTo(one.energyJoules(), within(one.energyJoules() * 1e-12));
            assertThat(many.emissionsGrams()).isCloseTo(one.emissionsGrams(), within(one.emissionsGrams() * 1e-12));
            assertThat(many.sciGrams()).isCloseTo(one.sciGrams(), within(one.sciGrams() * 1e-12));
        }
    }

    @Test
    void aComponentNotGivenHasNoEnergyAndNoMethod() {
        ComponentEnergies energies = ComponentEnergies.builder()
                .put(Component.CPU, Energy.ofJoules(36), MeasurementMethod.measured("RAPL", "package-0"))
                .build();
        CarbonMetrics m = CarbonMetrics.of(
                Context.TRAINING,
                2,
                Instant.EPOCH,
                Duration.ofSeconds(2),
                energies,
                CarbonIntensity.ofGramsPerKilowattHour(100),
                "test",
                1.5,
                Scope.PROCESS,
                false);

        assertThat(m.gpuEnergy()).isEqualTo(Energy.ZERO);
        assertThat(m.method(Component.RAM)).isEqualTo(MeasurementMethod.NONE);
        assertThat(m.cpuPower()).isEqualTo(Power.ofWatts(18));
        assertThat(m.energyConsumed()).isEqualTo(Energy.ofJoules(54));
        assertThat(m.embodiedEmissions()).isEqualTo(Emissions.ZERO);
        assertThat(m.howMeasured()).isEqualTo("cpu measured by RAPL; 100 g/kWh (test)");
        assertThat(ComponentEnergies.NONE.total()).isEqualTo(Energy.ZERO);
    }

    @Test
    void equalInputsGiveEqualMetricsAndAnyOtherInputDiffers() {
        CarbonMetrics a = metrics(3, Duration.ofSeconds(1), 10, 0, 1, 400, 1.2, Emissions.ZERO);
        CarbonMetrics b = metrics(3, Duration.ofSeconds(1), 10, 0, 1, 400, 1.2, Emissions.ZERO);

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a)
                .isNotEqualTo(metrics(4, Duration.ofSeconds(1), 10, 0, 1, 400, 1.2, Emissions.ZERO))
                .isNotEqualTo(metrics(3, Duration.ofSeconds(2), 10, 0, 1, 400, 1.2, Emissions.ZERO))
                .isNotEqualTo(metrics(3, Duration.ofSeconds(1), 10, 0, 2, 400, 1.2, Emissions.ZERO))
                .isNotEqualTo(metrics(3, Duration.ofSeconds(1), 10, 0, 1, 401, 1.2, Emissions.ZERO))
                .isNotEqualTo(metrics(3, Duration.ofSeconds(1), 10, 0, 1, 400, 1.3, Emissions.ZERO))
                .isNotEqualTo(metrics(3, Duration.ofSeconds(1), 10, 0, 1, 400, 1.2, Emissions.ofGrams(1)));
        assertThat(a.toString()).contains("context=Training", "step=3", "cpu 10 J", "ram 1 J", "400 g/kWh", "pue=1.2");
    }

    @Test
    void inputsThatCannotBeAMeasurementAreRejectedNamingThem() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> metrics(-1, Duration.ZERO, 1, 0, 0, 1, 1, Emissions.ZERO))
                .withMessageContaining("step -1");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> metrics(0, Duration.ofSeconds(-1), 1, 0, 0, 1, 1, Emissions.ZERO))
                .withMessageContaining("duration PT-1S");
        for (double pue : new double[] {0.99, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> metrics(0, Duration.ZERO, 1, 0, 0, 1, pue, Emissions.ZERO))
                    .withMessageContaining("pue " + pue);
        }
    }

    private static Totals sum(double[] watts, double pue, long[] lengths) {
        MockClock clock = new MockClock();
        Totals.Sum sum = new Totals.Sum();
        try (CarbonLogger logger = CarbonLogger.start(config(clock, pue), fixedMeters(clock, watts))) {
            for (long nanos : lengths) {
                clock.add(Duration.ofNanos(nanos));
                sum.add(logger.logCarbonMetrics(Context.of("s")));
            }
        }
        return sum.totals();
    }

    private static CarbonMetrics metrics(
            long step,
            Duration duration,
            double cpu,
            double gpu,
            double ram,
            double grams,
            double pue,
            Emissions embodied) {
        List<Energy> joules =
                new ArrayList<>(List.of(Energy.ofJoules(cpu), Energy.ofJoules(gpu), Energy.ofJoules(ram)));
        ComponentEnergies.Builder energies = ComponentEnergies.builder();
        for (Component c : Component.values()) {
            energies.put(c, joules.get(c.ordinal()), MeasurementMethod.configured("fixed", ""));
        }
        return CarbonMetrics.of(
                Context.TRAINING,
                step,
                Instant.EPOCH,
                duration,
                energies.build(),
                CarbonIntensity.ofGramsPerKilowattHour(grams),
                "test",
                pue,
                Scope.MACHINE,
                false,
                embodied);
    }

    private static CarbonConfig config(MockClock clock, double pue) {
        return CarbonConfig.builder()
                .reports(false)
                .pue(pue)
                .clock(clock)
                .carbonIntensity(CarbonIntensity.ofGramsPerKilowattHour(300))
                .build();
    }

    private static Meters fixedMeters(MockClock clock, double[] watts) {
        return new Meters(
                EnergyMeters.fixed(Component.CPU, Power.ofWatts(watts[0]), clock),
                EnergyMeters.fixed(Component.GPU, Power.ofWatts(watts[1]), clock),
                EnergyMeters.fixed(Component.RAM, Power.ofWatts(watts[2]), clock));
    }
}
