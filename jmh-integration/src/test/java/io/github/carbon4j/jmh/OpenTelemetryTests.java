package io.github.carbon4j.jmh;

import static org.assertj.core.api.Assertions.assertThat;
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
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.DoublePointData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.IterationResultMetaData;
import org.openjdk.jmh.runner.IterationType;
import org.openjdk.jmh.runner.options.TimeValue;

/** With carbon4j.otel, each iteration adds to the counters under its benchmark. */
class OpenTelemetryTests {

    private final MockClock clock = new MockClock();
    private InMemoryMetricReader reader;
    private OpenTelemetrySdk sdk;

    @BeforeEach
    void registerSdk() {
        GlobalOpenTelemetry.resetForTest();
        reader = InMemoryMetricReader.create();
        sdk = OpenTelemetrySdk.builder()
                .setMeterProvider(
                        SdkMeterProvider.builder().registerMetricReader(reader).build())
                .build();
        GlobalOpenTelemetry.set(sdk);
    }

    @AfterEach
    void unregisterSdk() {
        sdk.close();
        GlobalOpenTelemetry.resetForTest();
    }

    @Test
    void iterationsCountUnderTheirBenchmark() {
        CarbonConfig config = CarbonConfig.builder()
                .carbonIntensity(CarbonIntensity.ofGramsPerKilowattHour(500))
                .scope(Scope.MACHINE)
                .reports(false)
                .clock(clock)
                .otel(true)
                .build();
        CarbonProfiler profiler = new CarbonProfiler(
                config,
                c -> CarbonLogger.start(
                        c,
                        new Meters(
                                EnergyMeters.fixed(Component.CPU, Power.ofWatts(100), clock),
                                EnergyMeters.none(Component.GPU),
                                EnergyMeters.fixed(Component.RAM, Power.ofWatts(10), clock))));
        IterationParams warmup = new IterationParams(IterationType.WARMUP, 1, TimeValue.seconds(1), 1);
        IterationParams measurement = new IterationParams(IterationType.MEASUREMENT, 2, TimeValue.seconds(1), 1);
        BenchmarkParams benchmark = CarbonProfilerTests.benchmark(Map.of(), warmup, measurement);

        iterate(profiler, benchmark, warmup, 1);
        iterate(profiler, benchmark, measurement, 2);
        iterate(profiler, benchmark, measurement, 3);

        Map<List<String>, Double> joules = new HashMap<>();
        for (DoublePointData point : points("carbon4j.energy")) {
            assertThat(point.getAttributes().get(AttributeKey.stringKey("benchmark")))
                    .isEqualTo("org.acme.JoinBench.join");
            joules.put(
                    List.of(
                            point.getAttributes().get(AttributeKey.stringKey("carbon4j.context")),
                            point.getAttributes().get(AttributeKey.stringKey("carbon4j.component"))),
                    point.getValue());
        }
        String measured = CarbonProfiler.context(benchmark, false).name();
        String warm = CarbonProfiler.context(benchmark, true).name();
        assertThat(joules)
                .containsOnlyKeys(
                        List.of(warm, "cpu"), List.of(warm, "ram"), List.of(measured, "cpu"), List.of(measured, "ram"));
        assertThat(joules.get(List.of(measured, "cpu"))).isCloseTo(500, within(1e-9)); // 100 W × 5 s
        assertThat(joules.get(List.of(warm, "ram"))).isCloseTo(10, within(1e-9)); // 10 W × 1 s
    }

    private void iterate(CarbonProfiler profiler, BenchmarkParams benchmark, IterationParams iteration, long seconds) {
        profiler.beforeIteration(benchmark, iteration);
        clock.add(seconds, TimeUnit.SECONDS);
        profiler.afterIteration(
                benchmark,
                iteration,
                new IterationResult(benchmark, iteration, new IterationResultMetaData(1_000, 1_000)));
    }

    private List<DoublePointData> points(String name) {
        return reader.collectAllMetrics().stream()
                .filter(m -> m.getName().equals(name))
                .flatMap(m -> m.getDoubleSumData().getPoints().stream())
                .toList();
    }
}
