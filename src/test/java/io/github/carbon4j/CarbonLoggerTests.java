package io.github.carbon4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.carbon4j.meter.EnergyMeter;
import io.github.carbon4j.meter.EnergyMeters;
import io.github.carbon4j.meter.Meters;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CarbonLoggerTests {

    private final MockClock clock = new MockClock();

    /** 100 W CPU, 10 W RAM, whole machine, 500 g/kWh: every figure of an interval follows from its duration. */
    private CarbonLogger fixedLogger(double pue) {
        return CarbonLogger.start(CarbonConfig.builder()
                .cpuPower(Power.ofWatts(100))
                .ramPower(Power.ofWatts(10))
                .scope(Scope.MACHINE)
                .carbonIntensity(CarbonIntensity.ofGramsPerKilowattHour(500))
                .pue(pue)
                .reports(false)
                .clock(clock)
                .build());
    }

    @Test
    void everyIntervalFollowsFromFixedPowersAndIntensity() {
        List<CarbonMetrics> logged = new ArrayList<>();
        try (CarbonLogger logger = fixedLogger(1.0)) {
            clock.add(2, TimeUnit.SECONDS);
            logged.add(logger.logCarbonMetrics(Context.TRAINING)); // Training 0, 2 s
            clock.add(500, TimeUnit.MILLISECONDS);
            CarbonLogger.Span span = logger.begin(); // spans 0.5 s + 3 s + 1 s
            clock.add(3, TimeUnit.SECONDS);
            logged.add(logger.logCarbonMetrics(Context.VALIDATION)); // Validation 0, 3.5 s
            clock.add(1, TimeUnit.SECONDS);
            CarbonMetrics spanned = span.end(Context.of("block"), 7);
            clock.add(250, TimeUnit.MILLISECONDS);
            logged.add(logger.logCarbonMetrics(Context.TRAINING)); // Training 1, 1.25 s
            logged.add(logger.logCarbonMetrics(Context.TRAINING, 10)); // Training 10, 0 s
            clock.add(4, TimeUnit.SECONDS);
            logged.add(logger.logCarbonMetrics(Context.TRAINING)); // Training 11, 4 s
            logged.add(spanned);
        }
        assertThat(logged)
                .extracting(m -> m.context().name() + " " + m.step())
                .containsExactly("Training 0", "Validation 0", "Training 1", "Training 10", "Training 11", "block 7");
        assertThat(logged)
                .extracting(CarbonMetrics::duration)
                .containsExactly(
                        Duration.ofSeconds(2),
                        Duration.ofMillis(3500),
                        Duration.ofMillis(1250),
                        Duration.ZERO,
                        Duration.ofSeconds(4),
                        Duration.ofMillis(4000));
        for (CarbonMetrics m : logged) {
            double seconds = m.duration().toNanos() / 1e9;
            assertThat(m.cpuEnergy().joules()).isCloseTo(100 * seconds, within(1e-9));
            assertThat(m.ramEnergy().joules()).isCloseTo(10 * seconds, within(1e-9));
            assertThat(m.gpuEnergy()).isEqualTo(Energy.ZERO);
            assertThat(m.energyConsumed().joules()).isCloseTo(110 * seconds, within(1e-9));
            assertThat(m.emissions().grams()).isCloseTo(500 * 110 * seconds / 3.6e6, within(1e-12));
            if (seconds > 0) {
                assertThat(m.cpuPower().watts()).isCloseTo(100, within(1e-9));
                assertThat(m.ramPower().watts()).isCloseTo(10, within(1e-9));
                assertThat(m.emissionsRate().gramsPerSecond()).isCloseTo(500 * 110 / 3.6e6, within(1e-12));
            } else {
                assertThat(m.cpuPower()).isEqualTo(Power.ZERO);
                assertThat(m.emissionsRate()).isEqualTo(EmissionsRate.ZERO);
            }
            assertThat(m.intensity()).isEqualTo(CarbonIntensity.ofGramsPerKilowattHour(500));
            assertThat(m.cpuMethod().kind()).isEqualTo(MeasurementMethod.Kind.CONFIGURED);
            assertThat(m.gpuMethod()).isEqualTo(MeasurementMethod.NONE);
        }
    }

    @Test
    void powerAndEmissionsRateAreThoseOfTheIntervalNotARunningAverage() {
        double[] cpuJoules = {0};
        EnergyMeter cpu = EnergyMeters.of(
                Component.CPU, MeasurementMethod.measured("test counter", ""), () -> Energy.ofJoules(cpuJoules[0]));
        Meters meters = new Meters(cpu, EnergyMeters.none(Component.GPU), EnergyMeters.none(Component.RAM));
        try (CarbonLogger logger = CarbonLogger.start(
                CarbonConfig.builder()
                        .carbonIntensity(CarbonIntensity.ofGramsPerKilowattHour(500))
                        .reports(false)
                        .clock(clock)
                        .build(),
                meters)) {
            clock.add(1, TimeUnit.SECONDS);
            cpuJoules[0] += 100;
            logger.logCarbonMetrics(Context.TRAINING);
            clock.add(1, TimeUnit.SECONDS);
            cpuJoules[0] += 300;
            CarbonMetrics second = logger.logCarbonMetrics(Context.TRAINING);
            // A cumulative view would say 200 W and 200 J × 500 g/kWh per second.
            assertThat(second.cpuEnergy().joules()).isCloseTo(300, within(1e-9));
            assertThat(second.cpuPower().watts()).isCloseTo(300, within(1e-9));
            assertThat(second.emissions().grams()).isCloseTo(500 * 300 / 3.6e6, within(1e-12));
            assertThat(second.emissionsRate().gramsPerSecond()).isCloseTo(500 * 300 / 3.6e6, within(1e-12));
            assertThat(second.gpuMethod()).isEqualTo(MeasurementMethod.NONE);
        }
    }

    @Test
    void intervalsAreContiguousAndStartWhereThePreviousEnded() {
        try (CarbonLogger logger = fixedLogger(1.0)) {
            clock.add(1, TimeUnit.SECONDS);
            CarbonMetrics first = logger.logCarbonMetrics(Context.TRAINING);
            clock.add(2, TimeUnit.SECONDS);
            CarbonMetrics second = logger.logCarbonMetrics(Context.VALIDATION);
            assertThat(second.start()).isEqualTo(first.end());
        }
    }

    @Test
    void pueMultipliesTheTotalNotTheComponents() {
        try (CarbonLogger logger = fixedLogger(1.5)) {
            clock.add(10, TimeUnit.SECONDS);
            CarbonMetrics m = logger.logCarbonMetrics(Context.TRAINING);
            assertThat(m.cpuEnergy().joules()).isCloseTo(1000, within(1e-9));
            assertThat(m.energyConsumed().joules()).isCloseTo(1650, within(1e-9));
            assertThat(m.emissions().grams()).isCloseTo(500 * 1650 / 3.6e6, within(1e-12));
            assertThat(m.pue()).isEqualTo(1.5);
        }
    }

    @Test
    void stepsCountPerContextFromZeroAndContinueAfterAGivenStep() {
        try (CarbonLogger logger = fixedLogger(1.0)) {
            assertThat(logger.logCarbonMetrics(Context.of("a")).step()).isZero();
            assertThat(logger.logCarbonMetrics(Context.of("b")).step()).isZero();
            assertThat(logger.logCarbonMetrics(Context.of("a")).step()).isEqualTo(1);
            assertThat(logger.logCarbonMetrics(Context.of("a"), 5).step()).isEqualTo(5);
            assertThat(logger.logCarbonMetrics(Context.of("a")).step()).isEqualTo(6);
            assertThat(logger.logCarbonMetrics(Context.of("a"), 2).step()).isEqualTo(2);
            assertThat(logger.logCarbonMetrics(Context.of("a")).step()).isEqualTo(7);
            assertThat(logger.begin().end(Context.of("b")).step()).isEqualTo(1);
        }
    }

    @Test
    void rejectsNegativeStepsAndUseAfterClose() {
        CarbonLogger logger = fixedLogger(1.0);
        assertThatThrownBy(() -> logger.logCarbonMetrics(Context.TRAINING, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
        CarbonLogger.Span span = logger.begin();
        assertThatThrownBy(() -> span.end(Context.TRAINING, -3)).hasMessageContaining("-3");
        span.end(Context.TRAINING, 3);
        assertThatThrownBy(() -> span.end(Context.TRAINING, 4)).isInstanceOf(IllegalStateException.class);
        logger.close();
        logger.close();
        assertThatThrownBy(() -> logger.logCarbonMetrics(Context.TRAINING)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void spansAreIndependentAndSayWhenTheyOverlapped() {
        try (CarbonLogger logger = fixedLogger(1.0)) {
            CarbonLogger.Span alone = logger.begin();
            clock.add(1, TimeUnit.SECONDS);
            assertThat(alone.end(Context.of("x")).overlapped()).isFalse();

            CarbonLogger.Span outer = logger.begin();
            clock.add(1, TimeUnit.SECONDS);
            CarbonLogger.Span inner = logger.begin();
            clock.add(1, TimeUnit.SECONDS);
            CarbonMetrics innerMetrics = inner.end(Context.of("x"));
            clock.add(1, TimeUnit.SECONDS);
            CarbonMetrics outerMetrics = outer.end(Context.of("x"));
            assertThat(innerMetrics.overlapped()).isTrue();
            assertThat(outerMetrics.overlapped()).isTrue();
            assertThat(innerMetrics.cpuEnergy().joules()).isCloseTo(100, within(1e-9));
            assertThat(outerMetrics.cpuEnergy().joules()).isCloseTo(300, within(1e-9));

            CarbonLogger.Span later = logger.begin();
            clock.add(1, TimeUnit.SECONDS);
            assertThat(later.end(Context.of("x")).overlapped()).isFalse();
        }
    }

    @Test
    void aStepSaysWhenASpanOverlappedItsInterval() {
        try (CarbonLogger logger = fixedLogger(1.0)) {
            assertThat(logger.logCarbonMetrics(Context.TRAINING).overlapped()).isFalse();
            logger.begin().end(Context.of("inside")); // begins and ends within the next step
            assertThat(logger.logCarbonMetrics(Context.TRAINING).overlapped()).isTrue();
            CarbonLogger.Span across = logger.begin();
            assertThat(logger.logCarbonMetrics(Context.TRAINING).overlapped()).isTrue();
            across.end(Context.of("across")); // open when the next step began
            assertThat(logger.logCarbonMetrics(Context.TRAINING).overlapped()).isTrue();
            assertThat(logger.logCarbonMetrics(Context.TRAINING).overlapped()).isFalse();
        }
    }

    @Test
    void manyThreadsLoseNoRecordAndSeeNoNegativeOrNaN() throws Exception {
        int threads = 8;
        int perThread = 500;
        Set<String> seen = ConcurrentHashMap.newKeySet();
        try (CarbonLogger logger = CarbonLogger.start(CarbonConfig.builder()
                .cpuPower(Power.ofWatts(100))
                .ramPower(Power.ofWatts(10))
                .scope(Scope.MACHINE)
                .carbonIntensity(CarbonIntensity.ofGramsPerKilowattHour(500))
                .reports(false)
                .build())) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Context context = Context.of("thread-" + (t % 3));
                futures.add(pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < perThread; i++) {
                        CarbonMetrics m = i % 2 == 0
                                ? logger.logCarbonMetrics(context)
                                : logger.begin().end(context);
                        // A reading mixed up between threads would give some other power than the fixed one.
                        if (!m.duration().isZero()) {
                            assertThat(m.cpuPower().watts()).isCloseTo(100, within(1e-6));
                            assertThat(m.ramPower().watts()).isCloseTo(10, within(1e-6));
                        }
                        assertThat(seen.add(context.name() + "#" + m.step()))
                                .as("duplicate step")
                                .isTrue();
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();
        }
        assertThat(seen).hasSize(threads * perThread);
    }

    @Test
    void explainsFigureMethodsAndIntensity() {
        try (CarbonLogger logger = fixedLogger(1.0)) {
            clock.add(1, TimeUnit.SECONDS);
            CarbonMetrics metrics = logger.logCarbonMetrics(Context.TRAINING);
            assertThat(metrics.howMeasured())
                    .isEqualTo(
                            "cpu configured as fixed power; ram configured as fixed power; 500 g/kWh (fixed by carbon4j.intensity)");
            String explained = metrics.explain();
            assertThat(explained)
                    .isEqualTo(
                            "110 J; cpu configured as fixed power; ram configured as fixed power; 500 g/kWh (fixed by carbon4j.intensity)");
        }
    }
}
