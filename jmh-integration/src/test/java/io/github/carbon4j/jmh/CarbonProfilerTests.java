package io.github.carbon4j.jmh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.carbon4j.CarbonConfig;
import io.github.carbon4j.CarbonIntensity;
import io.github.carbon4j.CarbonLogger;
import io.github.carbon4j.Component;
import io.github.carbon4j.MockClock;
import io.github.carbon4j.Power;
import io.github.carbon4j.Scope;
import io.github.carbon4j.meter.EnergyMeters;
import io.github.carbon4j.meter.Meters;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.ProfilerException;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.IterationResultMetaData;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ResultRole;
import org.openjdk.jmh.results.ThroughputResult;
import org.openjdk.jmh.runner.IterationType;
import org.openjdk.jmh.runner.WorkloadParams;
import org.openjdk.jmh.runner.options.TimeValue;

/** The profiler driven as JMH drives it, with real JMH parameter objects and fixed-power meters on a mock clock. */
@SuppressWarnings("rawtypes") // JMH's result API hands out raw Result types
class CarbonProfilerTests {

    private static final IterationParams WARMUP = new IterationParams(IterationType.WARMUP, 1, TimeValue.seconds(1), 1);
    private static final IterationParams MEASUREMENT =
            new IterationParams(IterationType.MEASUREMENT, 2, TimeValue.seconds(1), 1);

    private final MockClock clock = new MockClock();
    private final AtomicReference<CarbonLogger> logger = new AtomicReference<>();
    private final AtomicInteger started = new AtomicInteger();

    /** 100 W CPU, 10 W RAM, no GPU, 500 g/kWh, whole machine. */
    private final Function<CarbonConfig, CarbonLogger> fixedPowers = config -> {
        started.incrementAndGet();
        Meters meters = new Meters(
                EnergyMeters.fixed(Component.CPU, Power.ofWatts(100), clock),
                EnergyMeters.none(Component.GPU),
                EnergyMeters.fixed(Component.RAM, Power.ofWatts(10), clock));
        logger.set(CarbonLogger.start(config, meters));
        return logger.get();
    };

    private final CarbonConfig config = CarbonConfig.builder()
            .carbonIntensity(CarbonIntensity.ofGramsPerKilowattHour(500))
            .scope(Scope.MACHINE)
            .reports(false)
            .clock(clock)
            .build();

    @Test
    void anIterationBecomesEightResultsFromItsEnergy() {
        CarbonProfiler profiler = new CarbonProfiler(config, fixedPowers);
        BenchmarkParams benchmark = benchmark(Map.of());

        Map<String, Result> results = iterate(profiler, benchmark, MEASUREMENT, 2, 1_000);

        double joules = 110 * 2.0;
        double grams = joules * 500 / 3.6e6;
        assertThat(results.keySet()).containsExactlyElementsOf(CarbonLabels.ALL);
        assertThat(results.get("carbon.energy").getScore()).isCloseTo(joules, within(1e-9));
        assertThat(results.get("carbon.energy.norm").getScore()).isCloseTo(joules / 1_000 * 1e6, within(1e-6));
        assertThat(results.get("carbon.emissions").getScore()).isCloseTo(grams * 1e6, within(1e-6));
        assertThat(results.get("carbon.emissions.norm").getScore()).isCloseTo(grams / 1_000 * 1e12, within(1e-3));
        assertThat(results.get("carbon.emissions.rate").getScore()).isCloseTo(grams / 2 * 1e6, within(1e-6));
        assertThat(results.get("carbon.power.cpu").getScore()).isCloseTo(100, within(1e-9));
        assertThat(results.get("carbon.power.gpu").getScore()).isZero();
        assertThat(results.get("carbon.power.ram").getScore()).isCloseTo(10, within(1e-9));
        assertThat(results.get("carbon.energy").getScoreUnit()).isEqualTo("J");
        assertThat(results.get("carbon.energy.norm").getScoreUnit()).isEqualTo("µJ/op");
        assertThat(results.get("carbon.emissions").getScoreUnit()).isEqualTo("µg");
        assertThat(results.get("carbon.emissions.norm").getScoreUnit()).isEqualTo("pg/op");
        assertThat(results.get("carbon.emissions.rate").getScoreUnit()).isEqualTo("µg/s");
        assertThat(results.get("carbon.power.cpu").getScoreUnit()).isEqualTo("W");
    }

    @Test
    void anOperationsSciIsItsOperationalPlusEmbodiedShare() {
        // 1000 kg over 4 years, the whole machine: a 2 s iteration of 1,000 operations.
        CarbonConfig embodied = config.toBuilder()
                .embodiedEmissions(io.github.carbon4j.Emissions.parse("1000 kg"))
                .embodiedLifetimeYears(4)
                .build();
        Map<String, Result> results =
                iterate(new CarbonProfiler(embodied, fixedPowers), benchmark(Map.of()), MEASUREMENT, 2, 1_000);

        double operational = 110 * 2.0 * 500 / 3.6e6;
        double grams = 1e6 * 2 / (4 * 365.25 * 24 * 3600);
        // In the table's units: µg for an iteration, pg for an operation.
        assertThat(results.get("carbon.emissions").getScore()).isCloseTo(operational * 1e6, within(1e-6));
        assertThat(results.get("carbon.embodied").getScore()).isCloseTo(grams * 1e6, within(1e-6));
        assertThat(results.get("carbon.embodied.norm").getScore()).isCloseTo(grams / 1_000 * 1e12, within(1e-3));
        assertThat(results.get("carbon.sci").getScore()).isCloseTo((operational + grams) * 1e6, within(1e-6));
        assertThat(results.get("carbon.sci.norm").getScore())
                .isCloseTo((operational + grams) / 1_000 * 1e12, within(1e-3));
        assertThat(results.get("carbon.sci.norm").getScoreUnit()).isEqualTo("pg/op");
        assertThat(results.get("carbon.embodied").getScoreUnit()).isEqualTo("µg");
    }

    @Test
    void jmhSumsIterationTotalsAndAveragesPerOpFiguresRatesAndPowers() {
        CarbonProfiler profiler = new CarbonProfiler(config, fixedPowers);
        BenchmarkParams benchmark = benchmark(Map.of());
        List<IterationResult> iterations = List.of(
                iteration(benchmark, iterate(profiler, benchmark, MEASUREMENT, 1, 10), 10),
                iteration(benchmark, iterate(profiler, benchmark, MEASUREMENT, 3, 10), 10));

        Map<String, Result> aggregated = new BenchmarkResult(benchmark, iterations).getSecondaryResults();

        assertThat(aggregated.get("carbon.energy").getScore()).isCloseTo(110 + 330, within(1e-9));
        assertThat(aggregated.get("carbon.energy.norm").getScore()).isCloseTo((11 + 33) / 2.0 * 1e6, within(1e-3));
        assertThat(aggregated.get("carbon.emissions").getScore()).isCloseTo(440 * 500 / 3.6e6 * 1e6, within(1e-6));
        assertThat(aggregated.get("carbon.emissions.rate").getScore()).isCloseTo(110 * 500 / 3.6e6 * 1e6, within(1e-6));
        assertThat(aggregated.get("carbon.power.cpu").getScore()).isCloseTo(100, within(1e-9));
    }

    @Test
    void onlyTheTimeBetweenBeforeAndAfterIsMeasured() {
        CarbonProfiler profiler = new CarbonProfiler(config, fixedPowers);
        BenchmarkParams benchmark = benchmark(Map.of());
        iterate(profiler, benchmark, WARMUP, 1, 10);
        clock.addSeconds(30); // JMH's bookkeeping between iterations is not part of any iteration
        Map<String, Result> second = iterate(profiler, benchmark, MEASUREMENT, 3, 10);
        assertThat(second.get("carbon.energy").getScore()).isCloseTo(330, within(1e-9));
    }

    @Test
    void loggerOpensOnTheFirstIterationAndClosesAfterTheLastMeasurement() {
        CarbonProfiler profiler = new CarbonProfiler(config, fixedPowers);
        assertThat(started).hasValue(0);
        BenchmarkParams benchmark = benchmark(Map.of());

        iterate(profiler, benchmark, WARMUP, 1, 10);
        assertThat(started).hasValue(1);
        iterate(profiler, benchmark, MEASUREMENT, 1, 10);
        assertThatCode(() -> logger.get().begin()).doesNotThrowAnyException();
        iterate(profiler, benchmark, MEASUREMENT, 1, 10);

        assertThat(started).hasValue(1);
        assertThatThrownBy(() -> logger.get().begin())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void warmupIterationsNeverCloseTheLoggerEvenWhenThereAreMoreOfThemThanMeasurements() {
        IterationParams threeWarmups = new IterationParams(IterationType.WARMUP, 3, TimeValue.seconds(1), 1);
        CarbonProfiler profiler = new CarbonProfiler(config, fixedPowers);
        BenchmarkParams benchmark = benchmark(Map.of(), threeWarmups, MEASUREMENT);

        for (int i = 0; i < 3; i++) {
            iterate(profiler, benchmark, threeWarmups, 1, 10);
            assertThatCode(() -> logger.get().begin()).doesNotThrowAnyException();
        }
        Map<String, Result> first = iterate(profiler, benchmark, MEASUREMENT, 2, 10);
        assertThat(first.get("carbon.energy").getScore()).isCloseTo(220, within(1e-9));
        assertThatCode(() -> logger.get().begin()).doesNotThrowAnyException();
        iterate(profiler, benchmark, MEASUREMENT, 1, 10);

        assertThat(started).hasValue(1);
        assertThatThrownBy(() -> logger.get().begin()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRunWithoutMeasurementsClosesTheLoggerAfterItsLastWarmup() {
        IterationParams twoWarmups = new IterationParams(IterationType.WARMUP, 2, TimeValue.seconds(1), 1);
        IterationParams noMeasurement = new IterationParams(IterationType.MEASUREMENT, 0, TimeValue.seconds(1), 1);
        CarbonProfiler profiler = new CarbonProfiler(config, fixedPowers);
        BenchmarkParams benchmark = benchmark(Map.of(), twoWarmups, noMeasurement);

        iterate(profiler, benchmark, twoWarmups, 1, 10);
        assertThatCode(() -> logger.get().begin()).doesNotThrowAnyException();
        iterate(profiler, benchmark, twoWarmups, 1, 10);

        assertThat(started).hasValue(1);
        assertThatThrownBy(() -> logger.get().begin()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void contextNamesTheBenchmarkWithItsParametersAndWarmupApart() {
        BenchmarkParams plain = benchmark(Map.of());
        assertThat(CarbonProfiler.context(plain, false).name()).isEqualTo("org.acme.JoinBench.join");
        BenchmarkParams sized = benchmark(Map.of("size", "100"));
        assertThat(CarbonProfiler.context(sized, false).name()).isEqualTo("org.acme.JoinBench.join(size=100)");
        assertThat(CarbonProfiler.context(sized, true).name()).isEqualTo("org.acme.JoinBench.join(size=100) [warmup]");
    }

    @Test
    void aLoggerThatCannotOpenGivesNaNNotZeroAndTheBenchmarkGoesOn() {
        CarbonProfiler profiler = new CarbonProfiler(config, c -> {
            throw new IllegalStateException("no sensors today");
        });
        BenchmarkParams benchmark = benchmark(Map.of());
        Map<String, Result> first = iterate(profiler, benchmark, MEASUREMENT, 1, 10);
        Map<String, Result> second = iterate(profiler, benchmark, MEASUREMENT, 1, 10);
        assertThat(first.keySet()).containsExactlyElementsOf(CarbonLabels.ALL);
        assertThat(first.values()).allSatisfy(r -> assertThat(r.getScore()).isNaN());
        assertThat(second.values()).allSatisfy(r -> assertThat(r.getScore()).isNaN());
    }

    @Test
    void noArgumentConstructorNeverThrowsAndDefersBadConfiguration() {
        System.setProperty("carbon4j.pue", "0.5");
        try {
            CarbonProfiler profiler = new CarbonProfiler();
            assertThat(profiler.getDescription()).contains("carbon:help");
            Map<String, Result> results = iterate(profiler, benchmark(Map.of()), MEASUREMENT, 1, 10);
            assertThat(results.get("carbon.energy").getScore()).isNaN();
        } finally {
            System.clearProperty("carbon4j.pue");
        }
    }

    @Test
    void forksOnJava24AndNewerAreGivenNativeAccessAndNothingElseHappensInTheHost() {
        CarbonProfiler profiler = new CarbonProfiler();
        assertThat(profiler.addJVMOptions(benchmark(Map.of(), "25.0.1")))
                .containsExactly("--enable-native-access=ALL-UNNAMED");
        assertThat(profiler.addJVMOptions(benchmark(Map.of(), "17.0.15"))).isEmpty();
        assertThat(profiler.addJVMInvokeOptions(benchmark(Map.of(), "25.0.1"))).isEmpty();
        assertThat(profiler.allowPrintOut()).isTrue();
        assertThat(profiler.allowPrintErr()).isTrue();
    }

    @Test
    void theNoticesOptionReachesEachForkAsTheSystemPropertyItsNoticesRead() throws ProfilerException {
        assertThat(new CarbonProfiler("notices=logger;pue=1.2").addJVMOptions(benchmark(Map.of(), "17.0.15")))
                .containsExactly("-Dcarbon4j.notices=logger");
        assertThat(new CarbonProfiler("notices=stderr").addJVMOptions(benchmark(Map.of(), "25.0.1")))
                .containsExactly("--enable-native-access=ALL-UNNAMED", "-Dcarbon4j.notices=stderr");
        assertThat(new CarbonProfiler("pue=1.2").addJVMOptions(benchmark(Map.of(), "17.0.15")))
                .isEmpty();
        assertThatThrownBy(() -> new CarbonProfiler("notices=syslog"))
                .isInstanceOf(ProfilerException.class)
                .hasMessageContaining("invalid carbon4j.notices \"syslog\": must be auto, logger or stderr");
    }

    private Map<String, Result> iterate(
            CarbonProfiler profiler,
            BenchmarkParams benchmark,
            IterationParams iteration,
            long seconds,
            long operations) {
        profiler.beforeIteration(benchmark, iteration);
        clock.add(seconds, TimeUnit.SECONDS);
        IterationResult result =
                new IterationResult(benchmark, iteration, new IterationResultMetaData(operations, operations));
        Collection<? extends Result> results = profiler.afterIteration(benchmark, iteration, result);
        return results.stream()
                .collect(Collectors.toMap(Result::getLabel, r -> r, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private static IterationResult iteration(BenchmarkParams benchmark, Map<String, Result> secondary, long ops) {
        IterationResult result = new IterationResult(benchmark, MEASUREMENT, new IterationResultMetaData(ops, ops));
        result.addResult(new ThroughputResult(ResultRole.PRIMARY, "join", ops, 1_000_000_000L, TimeUnit.SECONDS));
        result.addResults(secondary.values());
        return result;
    }

    static BenchmarkParams benchmark(Map<String, String> params) {
        return benchmark(params, WARMUP, MEASUREMENT);
    }

    static BenchmarkParams benchmark(Map<String, String> params, String jdkVersion) {
        return benchmark(params, WARMUP, MEASUREMENT, jdkVersion);
    }

    static BenchmarkParams benchmark(Map<String, String> params, IterationParams warmup, IterationParams measurement) {
        return benchmark(params, warmup, measurement, "17");
    }

    static BenchmarkParams benchmark(
            Map<String, String> params, IterationParams warmup, IterationParams measurement, String jdkVersion) {
        WorkloadParams workload = new WorkloadParams();
        int order = 0;
        for (Map.Entry<String, String> e : params.entrySet()) {
            workload.put(e.getKey(), e.getValue(), order++);
        }
        return new BenchmarkParams(
                "org.acme.JoinBench.join",
                "org.acme.jmh_generated.JoinBench_join_jmhTest",
                false,
                1,
                new int[] {1},
                List.of(),
                1,
                0,
                warmup,
                measurement,
                Mode.Throughput,
                workload,
                TimeUnit.SECONDS,
                1,
                "java",
                List.of(),
                jdkVersion,
                "OpenJDK 64-Bit Server VM",
                jdkVersion,
                "1.37",
                TimeValue.minutes(10));
    }
}
