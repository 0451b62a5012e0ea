package io.github.carbon4j.otel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.carbon4j.CarbonConfig;
import io.github.carbon4j.CarbonIntensity;
import io.github.carbon4j.CarbonLogger;
import io.github.carbon4j.Context;
import io.github.carbon4j.MockClock;
import io.github.carbon4j.Power;
import io.github.carbon4j.Scope;
import io.github.carbon4j.internal.Notices;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.DoublePointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OtelCountersTests {

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

    private CarbonConfig.Builder config(Path reports) {
        return CarbonConfig.builder()
                .cpuPower(Power.ofWatts(40))
                .ramPower(Power.ofWatts(6))
                .scope(Scope.MACHINE)
                .carbonIntensity(CarbonIntensity.ofGramsPerKilowattHour(120))
                .outputDirectory(reports)
                .experiment("fleet")
                .clock(clock)
                .pue(1.2);
    }

    @Test
    void countersAddUpToTheStepsFileWithItsAttributes(@TempDir Path reports) throws Exception {
        try (CarbonLogger logger = CarbonLogger.start(config(reports).otel(true).build())) {
            for (int i = 0; i < 3; i++) {
                CarbonLogger.Span span = logger.begin();
                clock.add(2 + i, TimeUnit.SECONDS);
                span.end(
                        Context.of("OrderTests"),
                        i,
                        Map.of("test.class", "com.example.OrderTests", "test.method", i == 0 ? "places" : "cancels"));
            }
            clock.add(7, TimeUnit.SECONDS);
            logger.logCarbonMetrics(Context.TRAINING);
        }

        Map<List<String>, Double> energyFromFile = new HashMap<>();
        Map<List<String>, Double> emissionsFromFile = new HashMap<>();
        for (Map<String, String> row : StepsFile.rows(reports)) {
            String context = row.get("context");
            for (String component : List.of("cpu", "ram")) {
                energyFromFile.merge(
                        List.of(context, component), Double.parseDouble(row.get(component + ".energy.j")), Double::sum);
            }
            emissionsFromFile.merge(List.of(context), Double.parseDouble(row.get("emissions.g")), Double::sum);
        }

        Map<List<String>, Double> energy = new HashMap<>();
        for (DoublePointData point : points(OtelNames.ENERGY, "J")) {
            Attributes a = point.getAttributes();
            assertThat(a.get(AttributeKey.stringKey("carbon4j.experiment"))).isEqualTo("fleet");
            energy.merge(
                    List.of(
                            a.get(AttributeKey.stringKey("carbon4j.context")),
                            a.get(AttributeKey.stringKey("carbon4j.component"))),
                    point.getValue(),
                    Double::sum);
        }
        Map<List<String>, Double> emissions = new HashMap<>();
        for (DoublePointData point : points(OtelNames.EMISSIONS, "g")) {
            emissions.merge(
                    List.of(point.getAttributes().get(AttributeKey.stringKey("carbon4j.context"))),
                    point.getValue(),
                    Double::sum);
        }
        assertThat(energy.keySet()).containsExactlyInAnyOrderElementsOf(energyFromFile.keySet());
        energyFromFile.forEach((key, joules) ->
                assertThat(energy.get(key)).as(key.toString()).isCloseTo(joules, within(1e-6 * joules + 1e-9)));
        assertThat(energy.get(List.of("OrderTests", "cpu"))).isCloseTo(40 * 9, within(1e-9)); // 2 + 3 + 4 s
        assertThat(emissions.keySet()).containsExactlyInAnyOrderElementsOf(emissionsFromFile.keySet());
        emissionsFromFile.forEach((key, grams) ->
                assertThat(emissions.get(key)).as(key.toString()).isCloseTo(grams, within(1e-6 * grams + 1e-12)));
        // Spans of 9 s, and the logged step of 16 s since start: 46 W × 25 s × PUE 1.2 at 120 g/kWh
        assertThat(emissions.values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(46 * 25 * 1.2 / 3600 * 0.120, within(1e-9));
    }

    @Test
    void testAttributesSeparateTheSeries(@TempDir Path reports) {
        try (CarbonLogger logger = CarbonLogger.start(config(reports).otel(true).build())) {
            for (String method : List.of("places", "cancels", "places")) {
                CarbonLogger.Span span = logger.begin();
                clock.add(1, TimeUnit.SECONDS);
                span.end(
                        Context.of("OrderTests"),
                        0,
                        Map.of("test.class", "com.example.OrderTests", "test.method", method));
            }
        }
        Map<String, Double> cpuByMethod = new HashMap<>();
        for (DoublePointData point : points(OtelNames.ENERGY, "J")) {
            if ("cpu".equals(point.getAttributes().get(AttributeKey.stringKey("carbon4j.component")))) {
                assertThat(point.getAttributes().get(AttributeKey.stringKey("test.class")))
                        .isEqualTo("com.example.OrderTests");
                cpuByMethod.put(point.getAttributes().get(AttributeKey.stringKey("test.method")), point.getValue());
            }
        }
        assertThat(cpuByMethod).containsOnlyKeys("places", "cancels");
        assertThat(cpuByMethod.get("places")).isCloseTo(80, within(1e-9));
        assertThat(cpuByMethod.get("cancels")).isCloseTo(40, within(1e-9));
    }

    @Test
    void withoutTheKeyNothingIsRecorded(@TempDir Path reports) {
        try (CarbonLogger logger = CarbonLogger.start(config(reports).build())) {
            clock.add(5, TimeUnit.SECONDS);
            logger.logCarbonMetrics(Context.TRAINING);
        }
        assertThat(StepListeners.open(false, "x", new Notices())).isEmpty();
        assertThat(reader.collectAllMetrics()).isEmpty();
    }

    @Test
    void withoutTheApiThereIsOneNoticeAndNoListener() {
        ClassLoader withoutApi = new java.net.URLClassLoader(new java.net.URL[0], null);
        Notices notices = new Notices();

        assertThat(StepListeners.open(true, "x", notices, withoutApi)).isEmpty();
        assertThat(StepListeners.open(true, "x", notices, withoutApi)).isEmpty();
        assertThat(notices.issued())
                .singleElement()
                .asString()
                .contains("carbon4j.otel is set but" + " io.opentelemetry:opentelemetry-api is not on the class path");
        assertThat(StepListeners.open(true, "x", notices)).isPresent();
    }

    @Test
    void namesArePinned() {
        assertThat(OtelNames.ALL)
                .containsExactly(
                        "io.github.carbon4j",
                        "carbon4j.energy",
                        "carbon4j.emissions",
                        "J",
                        "g",
                        "carbon4j.component",
                        "carbon4j.context",
                        "carbon4j.experiment",
                        "test.class",
                        "test.method",
                        "benchmark");
    }

    private List<DoublePointData> points(String name, String unit) {
        List<MetricData> metrics = reader.collectAllMetrics().stream()
                .filter(m -> m.getName().equals(name))
                .toList();
        assertThat(metrics).as(name).singleElement().satisfies(m -> {
            assertThat(m.getUnit()).isEqualTo(unit);
            assertThat(m.getInstrumentationScopeInfo().getName()).isEqualTo("io.github.carbon4j");
            assertThat(m.getDoubleSumData().isMonotonic()).isTrue();
        });
        return List.copyOf(metrics.get(0).getDoubleSumData().getPoints());
    }
}
