package io.github.carbon4j.otel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.carbon4j.CarbonConfig;
import io.github.carbon4j.CarbonIntensity;
import io.github.carbon4j.CarbonLogger;
import io.github.carbon4j.Context;
import io.github.carbon4j.MockClock;
import io.github.carbon4j.Power;
import io.github.carbon4j.Scope;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.exporter.prometheus.PrometheusHttpServer;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * carbon4j's counters through the SDK's Prometheus exporter in this JVM, scraped by a real Prometheus
 * server: the totals its query API returns equal the run's summary.
 */
class PrometheusEndToEndTests {

    private final MockClock clock = new MockClock();
    private OpenTelemetrySdk sdk;

    @AfterEach
    void unregisterSdk() {
        if (sdk != null) {
            sdk.close();
        }
        GlobalOpenTelemetry.resetForTest();
    }

    @Test
    void prometheusTotalsEqualTheRunsSummary(@TempDir Path work) throws Exception {
        int exporterPort = Prometheus.freePort();
        GlobalOpenTelemetry.resetForTest();
        sdk = OpenTelemetrySdk.builder()
                .setMeterProvider(SdkMeterProvider.builder()
                        .registerMetricReader(PrometheusHttpServer.builder()
                                .setHost("127.0.0.1")
                                .setPort(exporterPort)
                                .build())
                        .build())
                .build();
        GlobalOpenTelemetry.set(sdk);

        Path reports = work.resolve("reports");
        CarbonConfig config = CarbonConfig.builder()
                .cpuPower(Power.ofWatts(35))
                .ramPower(Power.ofWatts(4.5))
                .scope(Scope.MACHINE)
                .carbonIntensity(CarbonIntensity.ofGramsPerKilowattHour(301))
                .pue(1.1)
                .experiment("nightly")
                .outputDirectory(reports)
                .clock(clock)
                .otel(true)
                .build();
        try (CarbonLogger logger = CarbonLogger.start(config)) {
            for (int i = 0; i < 4; i++) {
                CarbonLogger.Span span = logger.begin();
                clock.add(1_500 + 700L * i, TimeUnit.MILLISECONDS);
                span.end(
                        Context.of("CheckoutTests"),
                        i,
                        Map.of(
                                OtelNames.TEST_CLASS,
                                "com.example.CheckoutTests",
                                OtelNames.TEST_METHOD,
                                "pays" + i % 2));
            }
            clock.add(12, TimeUnit.SECONDS);
            logger.logCarbonMetrics(Context.TRAINING);
            clock.add(3, TimeUnit.SECONDS);
            logger.logCarbonMetrics(Context.TRAINING);
        }
        JsonNode summary = runSummary(reports);

        try (Prometheus prometheus = Prometheus.start(work, exporterPort)) {
            JsonNode energy = awaitSeries(
                    prometheus,
                    "sum by (carbon4j_context, carbon4j_component) (carbon4j_energy_joules_total{carbon4j_experiment=\"nightly\"})",
                    4);
            Map<String, Double> byContextAndComponent = new HashMap<>();
            energy.forEach(r -> byContextAndComponent.put(
                    r.path("metric").path("carbon4j_context").asText() + "/"
                            + r.path("metric").path("carbon4j_component").asText(),
                    r.path("value").get(1).asDouble()));
            for (JsonNode context : summary.path("contexts")) {
                String name = context.path("name").asText();
                JsonNode steps = context.path("steps");
                assertThat(byContextAndComponent.get(name + "/cpu"))
                        .as(name + " cpu")
                        .isCloseTo(steps.path("cpuEnergyJoules").asDouble(), within(1e-9));
                assertThat(byContextAndComponent.get(name + "/ram"))
                        .as(name + " ram")
                        .isCloseTo(steps.path("ramEnergyJoules").asDouble(), within(1e-9));
            }
            assertThat(summary.path("contexts")).hasSize(2);

            double grams = prometheus
                    .query("sum(carbon4j_emissions_grams_total)")
                    .get(0)
                    .path("value")
                    .get(1)
                    .asDouble();
            assertThat(grams)
                    .isCloseTo(summary.path("steps").path("emissionsGrams").asDouble(), within(1e-12));
            assertThat(grams).isGreaterThan(0);

            JsonNode perMethod = prometheus.query(
                    "sum by (test_class, test_method) (carbon4j_emissions_grams_total{carbon4j_context=\"CheckoutTests\"})");
            assertThat(perMethod).hasSize(2);
            assertThat(perMethod.get(0).path("metric").path("test_class").asText())
                    .isEqualTo("com.example.CheckoutTests");

            TreeSet<String> names = new TreeSet<>();
            prometheus
                    .query("{__name__=~\"carbon4j.*\"}")
                    .forEach(r -> names.add(r.path("metric").path("__name__").asText()));
            assertThat(names).containsExactly("carbon4j_emissions_grams_total", "carbon4j_energy_joules_total");
        }
    }

    /** Polls until the query returns the expected number of series (the first scrapes come within seconds). */
    private static JsonNode awaitSeries(Prometheus prometheus, String promql, int expected)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        JsonNode result = prometheus.query(promql);
        while (result.size() < expected && System.nanoTime() < deadline) {
            Thread.sleep(250);
            result = prometheus.query(promql);
        }
        assertThat(result)
                .as("series of %s; prometheus said:%n%s", promql, prometheus.log())
                .hasSize(expected);
        return result;
    }

    private static JsonNode runSummary(Path reports) throws IOException {
        try (Stream<Path> files = Files.walk(reports)) {
            Path file = files.filter(f -> f.getFileName().toString().matches("summary-.*\\.json"))
                    .findFirst()
                    .orElseThrow();
            return new ObjectMapper().readTree(file.toFile());
        }
    }
}
