package io.github.carbon4j.intensity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.carbon4j.CarbonConfig;
import io.github.carbon4j.CarbonLogger;
import io.github.carbon4j.CarbonMetrics;
import io.github.carbon4j.Context;
import io.github.carbon4j.IntensityProvider;
import io.github.carbon4j.MockClock;
import io.github.carbon4j.Power;
import io.github.carbon4j.Scope;
import io.github.carbon4j.internal.Notices;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveIntensityTests {

    /** The notices of this test\'s live intensities, as a logger\'s would be. */
    private final Notices notices = new Notices();

    private static final java.util.Map<String, String> NO_ENV = java.util.Map.of();

    private static final String TOKEN = "em-token-5f1c9a7e";

    private final MockClock clock = new MockClock();
    private final RecordedServer server;

    LiveIntensityTests() throws IOException {
        server = new RecordedServer();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private CarbonConfig.Builder config() {
        return CarbonConfig.builder()
                .cpuPower(Power.ofWatts(100))
                .ramPower(Power.ofWatts(0))
                .scope(Scope.MACHINE)
                .reports(false)
                .clock(clock)
                .intensityUrl(server.url());
    }

    private CarbonConfig.Builder electricityMaps() {
        return config().intensityProvider(IntensityProvider.ELECTRICITY_MAPS).electricityMapsToken(TOKEN);
    }

    /** A live intensity that refreshes on the calling thread, so a test sees each refresh's result at once. */
    private LiveIntensity synchronous(CarbonConfig config) {
        Optional<GridFeed> feed = new GridFeeds(CarbonIntensities.Tables.INSTANCE).feed(config.intensitySettings());
        return new LiveIntensity(
                CarbonIntensities.resolve(config.intensitySettings(), NO_ENV, notices),
                feed,
                clock,
                notices,
                Runnable::run,
                () -> {},
                TOKEN);
    }

    @Test
    void electricityMapsGivesTheZonesLatestFigureToEachStep() {
        server.serve("electricitymaps-latest-de.json");
        try (CarbonLogger logger =
                CarbonLogger.start(electricityMaps().country("Germany").build())) {
            clock.add(36, TimeUnit.SECONDS); // 100 W × 36 s = 1 Wh
            CarbonMetrics metrics = logger.logCarbonMetrics(Context.TRAINING);

            assertThat(metrics.intensity().gramsPerKilowattHour()).isEqualTo(412);
            assertThat(metrics.intensitySource()).isEqualTo("Electricity Maps DE, 2026-11-30T22:00Z, estimated");
            assertThat(metrics.emissions().grams()).isCloseTo(0.412, within(1e-9));
            assertThat(logger.run().intensitySource()).isEqualTo(metrics.intensitySource());
        }
        assertThat(server.requests())
                .containsExactly(new RecordedServer.Request("/v3/carbon-intensity/latest?zone=DE", TOKEN));
    }

    @Test
    void aMeasuredFigureIsNamedSo() {
        server.serve("electricitymaps-latest-fr-measured.json");
        try (LiveIntensity live =
                synchronous(electricityMaps().electricityMapsZone("FR").build())) {
            assertThat(live.current().source()).isEqualTo("Electricity Maps FR, 2026-11-30T21:00Z, measured");
            assertThat(live.current().intensity().gramsPerKilowattHour()).isEqualTo(38);
        }
    }

    @Test
    void theUkApiGivesGreatBritainsActualFigure() {
        server.serve("uk-intensity.json");
        try (LiveIntensity live = synchronous(config().intensityProvider(IntensityProvider.UK_CARBON_INTENSITY)
                .build())) {
            assertThat(live.current().intensity().gramsPerKilowattHour()).isEqualTo(193);
            assertThat(live.current().source())
                    .isEqualTo("UK Carbon Intensity Great Britain, 2026-11-30T22:00Z, actual");
        }
        assertThat(server.requests())
                .extracting(RecordedServer.Request::pathAndQuery)
                .containsExactly("/intensity");
    }

    @Test
    void theUkApiFallsBackToTheForecastWithoutAnActualFigure() {
        server.serve("uk-intensity-forecast-only.json");
        try (LiveIntensity live = synchronous(config().intensityProvider(IntensityProvider.UK_CARBON_INTENSITY)
                .build())) {
            assertThat(live.current().intensity().gramsPerKilowattHour()).isEqualTo(181);
            assertThat(live.current().source()).endsWith("2026-11-30T22:30Z, forecast");
        }
    }

    @Test
    void aPostcodeAsksForItsRegionByOutwardCode() {
        server.serve("uk-regional-postcode-rg10.json");
        try (LiveIntensity live = synchronous(config().intensityProvider(IntensityProvider.UK_CARBON_INTENSITY)
                .ukPostcode("rg10 9ab")
                .build())) {
            assertThat(live.current().intensity().gramsPerKilowattHour()).isEqualTo(154);
            assertThat(live.current().source())
                    .isEqualTo("UK Carbon Intensity South England (RG10), 2026-11-30T22:00Z, forecast");
        }
        assertThat(server.requests())
                .extracting(RecordedServer.Request::pathAndQuery)
                .containsExactly("/regional/postcode/RG10");
    }

    @Test
    void theFigureIsAskedForAgainAtMostOnceAnHour() {
        server.serve("electricitymaps-latest-de.json");
        try (LiveIntensity live =
                synchronous(electricityMaps().electricityMapsZone("DE").build())) {
            server.serve("electricitymaps-latest-fr-measured.json");
            clock.add(59, TimeUnit.MINUTES);
            assertThat(live.current().intensity().gramsPerKilowattHour()).isEqualTo(412);
            assertThat(server.requests()).hasSize(1);

            clock.add(1, TimeUnit.MINUTES);
            assertThat(live.current().intensity().gramsPerKilowattHour()).isEqualTo(38);
            assertThat(live.current().intensity().gramsPerKilowattHour()).isEqualTo(38);
            assertThat(server.requests()).hasSize(2);
        }
    }

    @Test
    void aClosedLiveIntensityAsksNoMore() {
        server.serve("electricitymaps-latest-de.json");
        LiveIntensity live =
                synchronous(electricityMaps().electricityMapsZone("DE").build());
        live.close();
        clock.add(2, TimeUnit.HOURS);

        assertThat(live.current().source()).startsWith("Electricity Maps DE");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void eachStepUsesTheFigureCurrentForIt() throws Exception {
        server.serve("electricitymaps-latest-de.json");
        try (CarbonLogger logger =
                CarbonLogger.start(electricityMaps().electricityMapsZone("DE").build())) {
            clock.add(30, TimeUnit.MINUTES);
            CarbonMetrics first = logger.logCarbonMetrics(Context.TRAINING);
            server.serve("electricitymaps-latest-fr-measured.json");
            clock.add(31, TimeUnit.MINUTES);
            logger.logCarbonMetrics(Context.TRAINING); // hands the refresh to its thread
            CarbonMetrics later = awaitIntensity(logger, 38);

            assertThat(first.intensitySource()).startsWith("Electricity Maps DE");
            assertThat(later.intensitySource()).startsWith("Electricity Maps FR");
        }
    }

    private CarbonMetrics awaitIntensity(CarbonLogger logger, double grams) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            CarbonMetrics metrics = logger.logCarbonMetrics(Context.VALIDATION);
            if (metrics.intensity().gramsPerKilowattHour() == grams) {
                return metrics;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the refreshed figure never reached a step");
    }

    @Test
    void aTimeoutFallsBackToTheOfflineFigureWithOneNotice() {
        server.serve("electricitymaps-latest-de.json").delay(3_000);
        try (LiveIntensity live = synchronous(electricityMaps()
                .country("FRA")
                .electricityMapsZone("DE-TIMEOUT")
                .build())) {
            assertThat(live.current()).isEqualTo(CarbonIntensities.country("FRA"));
        }
        assertThat(noticesAbout("DE-TIMEOUT"))
                .singleElement()
                .asString()
                .contains("within 2 s")
                .contains("grid of FRA, Our World in Data");
    }

    @Test
    void http401500AndMalformedBodiesFallBackWithOneNoticeEach() {
        List<String[]> cases = List.of(
                new String[] {"401", "{\"message\":\"unauthorized\"}", "Z401", "HTTP 401"},
                new String[] {"500", "oops", "Z500", "HTTP 500"},
                new String[] {"200", "{\"zone\":\"DE\",\"carbonIntensity\":", "ZJSON", "malformed JSON"},
                new String[] {
                    "200", "{\"zone\":\"DE\",\"datetime\":\"2026-11-30T22:00Z\"}", "ZNUM", "no number carbonIntensity"
                },
                new String[] {"404", RecordedServer.read("electricitymaps-unknown-zone.json"), "XX", "HTTP 404"});
        for (String[] c : cases) {
            server.answer(Integer.parseInt(c[0]), c[1]);
            try (LiveIntensity live = synchronous(
                    electricityMaps().country("FRA").electricityMapsZone(c[2]).build())) {
                assertThat(live.current()).as(c[3]).isEqualTo(CarbonIntensities.country("FRA"));
                live.current();
            }
            assertThat(noticesAbout("zone " + c[2] + " "))
                    .as(c[3])
                    .singleElement()
                    .asString()
                    .contains(c[3]);
        }
    }

    @Test
    void afterAFailureTheNextHourTriesAgain() {
        server.answer(503, "");
        try (LiveIntensity live = synchronous(
                electricityMaps().country("FRA").electricityMapsZone("DE-LATER").build())) {
            assertThat(live.current().source()).startsWith("grid of FRA");
            server.serve("electricitymaps-latest-de.json");
            clock.add(1, TimeUnit.HOURS);
            assertThat(live.current().source()).startsWith("Electricity Maps DE");
        }
    }

    @Test
    void theTokenAppearsInNoNoticeReportOrException(@TempDir Path reports) throws IOException {
        server.answer(401, "{\"message\":\"bad token " + TOKEN + "\"}");
        CarbonLogger logger = CarbonLogger.start(electricityMaps()
                .country("FRA")
                .electricityMapsZone("DE-SECRET")
                .reports(true)
                .outputDirectory(reports)
                .build());
        try (logger) {
            clock.add(10, TimeUnit.SECONDS);
            assertThat(logger.logCarbonMetrics(Context.TRAINING).intensitySource())
                    .startsWith("grid of FRA");
        }
        assertThat(logger.notices()).filteredOn(n -> n.contains("DE-SECRET")).hasSize(1);
        assertThat(logger.notices()).noneMatch(n -> n.contains(TOKEN));
        try (Stream<Path> files = Files.walk(reports)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(file)).as(file.toString()).doesNotContain(TOKEN);
            }
        }
        assertThatThrownBy(() -> CarbonConfig.builder().electricityMapsToken(" "))
                .hasMessage("carbon4j.electricitymaps.token must not be blank");
    }

    @Test
    void electricityMapsWithoutATokenFailsAtStartNamingTheKey() {
        assertThatThrownBy(() -> CarbonLogger.start(config().intensityProvider(IntensityProvider.ELECTRICITY_MAPS)
                        .country("DE")
                        .build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("carbon4j.electricitymaps.token")
                .hasMessageContaining("CARBON4J_ELECTRICITYMAPS_TOKEN");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void nothingIsAskedUnlessAProviderIsConfigured() {
        server.serve("electricitymaps-latest-de.json");
        CarbonConfig offline = config().country("DE")
                .electricityMapsToken(TOKEN)
                .electricityMapsZone("DE")
                .build();
        assertThat(new GridFeeds(CarbonIntensities.Tables.INSTANCE).feed(offline.intensitySettings()))
                .isEmpty();
        try (CarbonLogger logger = CarbonLogger.start(offline)) {
            assertThat(logger.logCarbonMetrics(Context.TRAINING).intensitySource())
                    .startsWith("grid of DEU");
        }
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void theZoneIsDerivedFromTheConfiguredPlace() {
        GridFeeds feeds = new GridFeeds(CarbonIntensities.Tables.INSTANCE);
        assertThat(feeds.derivedZone(
                        CarbonConfig.builder().country("France").build().intensitySettings()))
                .contains("FR");
        assertThat(feeds.derivedZone(CarbonConfig.builder()
                        .country("SWE")
                        .region("SE3")
                        .build()
                        .intensitySettings()))
                .contains("SE-SE3");
        assertThat(feeds.derivedZone(
                        CarbonConfig.builder().region("no1").build().intensitySettings()))
                .contains("NO-NO1");
        assertThat(feeds.derivedZone(CarbonConfig.builder()
                        .cloud("aws", "eu-north-1")
                        .build()
                        .intensitySettings()))
                .contains("SE-SE3");
        assertThat(feeds.derivedZone(CarbonConfig.builder()
                        .cloud("gcp", "europe-west1")
                        .build()
                        .intensitySettings()))
                .contains("BE");
        assertThat(feeds.derivedZone(CarbonConfig.builder().build().intensitySettings()))
                .isEmpty();
        assertThatThrownBy(() -> feeds.feed(CarbonConfig.builder()
                        .intensityProvider(IntensityProvider.ELECTRICITY_MAPS)
                        .electricityMapsToken(TOKEN)
                        .build()
                        .intensitySettings()))
                .hasMessageContaining("carbon4j.electricitymaps.zone");
    }

    @Test
    void postcodesGiveTheirOutwardCode() {
        assertThat(GridFeeds.outwardCode("RG10 9AB")).isEqualTo("RG10");
        assertThat(GridFeeds.outwardCode("sw1a1aa")).isEqualTo("SW1A");
        assertThat(GridFeeds.outwardCode("M1")).isEqualTo("M1");
        assertThatThrownBy(() -> GridFeeds.outwardCode("../../etc")).hasMessageContaining("carbon4j.uk.postcode");
    }

    private List<String> noticesAbout(String text) {
        return notices.issued().stream().filter(n -> n.contains(text)).toList();
    }
}
