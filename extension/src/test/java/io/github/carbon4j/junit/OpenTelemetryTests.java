package io.github.carbon4j.junit;

import static io.github.carbon4j.junit.CarbonTestKit.entriesByTest;
import static io.github.carbon4j.junit.CarbonTestKit.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.DoublePointData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class OpenTelemetryTests {

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
    @DisplayName("with carbon4j.otel each test's emissions reach the counter under its class and method")
    void eachTestUnderItsClassAndMethod() {
        assertEachTestCounted(run(Map.of("carbon4j.otel", "true"), TrackCarbonTests.PlainTestCases.class));
    }

    @Test
    @DisplayName("the same with tests running in parallel")
    void inParallel() {
        assertEachTestCounted(
                run(CarbonTestKit.parallel(Map.of("carbon4j.otel", "true")), TrackCarbonTests.PlainTestCases.class));
    }

    @Test
    @DisplayName("without carbon4j.otel nothing is counted")
    void offByDefault() {
        run(TrackCarbonTests.PlainTestCases.class).testEvents().assertStatistics(s -> s.succeeded(3));
        assertThat(reader.collectAllMetrics()).isEmpty();
    }

    private void assertEachTestCounted(EngineExecutionResults results) {
        results.testEvents().assertStatistics(s -> s.succeeded(3));
        Map<String, Map<String, String>> entries = entriesByTest(results);
        Map<String, Double> grams = new HashMap<>();
        for (DoublePointData point : points("carbon4j.emissions")) {
            Attributes a = point.getAttributes();
            assertThat(a.get(AttributeKey.stringKey("test.class")))
                    .isEqualTo(TrackCarbonTests.PlainTestCases.class.getName());
            assertThat(a.get(AttributeKey.stringKey("carbon4j.context"))).isEqualTo("PlainTestCases");
            grams.put(a.get(AttributeKey.stringKey("test.method")), point.getValue());
        }
        assertThat(grams).containsOnlyKeys("sleeps20ms", "nothing", "alsoNothing");
        grams.forEach((method, value) -> {
            double reported = CarbonTestKit.grams(entries.get(method + "()"));
            assertThat(value).as(method).isCloseTo(reported, within(1e-9 * reported + 1e-15));
        });
        assertThat(grams.get("sleeps20ms")).isGreaterThanOrEqualTo(20 / 3.6e6 * 1000);
    }

    private List<DoublePointData> points(String name) {
        return reader.collectAllMetrics().stream()
                .filter(m -> m.getName().equals(name))
                .flatMap(m -> m.getDoubleSumData().getPoints().stream())
                .toList();
    }
}
