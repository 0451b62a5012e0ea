package io.github.carbon4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The Software Carbon Intensity: M = TE × (TiR / EL) × (RR / ToR), SCI = O + M, against the formula. */
class SciTests {

    private static final double SECONDS_PER_YEAR = 365.25 * 24 * 3600;
    private static final long GIB = 1L << 30;

    private final MockClock clock = new MockClock();

    @Test
    void estimateAddsCloudCarbonFootprintsCoefficientsToTheBaseServer() {
        // 2 sockets, 64 GiB, 1 GPU: base 1000 kg + 48 GiB × 533/384 kg + 1 extra CPU × 100 kg + 1 GPU × 150 kg.
        assertThat(EmbodiedModel.estimate(2, 64 * GIB, 1).grams())
                .isCloseTo((1000 + 48 * 533.0 / 384 + 100 + 150) * 1000, within(1e-6));
        // One socket, 16 GiB or less (or unknown), no GPU: the base server alone.
        assertThat(EmbodiedModel.estimate(1, 8 * GIB, 0)).isEqualTo(Emissions.ofKilograms(1000));
        assertThat(EmbodiedModel.estimate(1, 0, 0)).isEqualTo(Emissions.ofKilograms(1000));
        assertThat(EmbodiedModel.estimate(4, 512 * GIB, 8).grams())
                .isCloseTo((1000 + 496 * 533.0 / 384 + 300 + 1200) * 1000, within(1e-6));
    }

    @Test
    void anIntervalIsChargedItsPartOfTheLifetimeAndItsShare() {
        EmbodiedModel model = new EmbodiedModel(Emissions.ofKilograms(1000), 4, 0.25, "configured");
        assertThat(model.over(Duration.ofSeconds(10)).grams())
                .isCloseTo(1_000_000 * 10 / (4 * SECONDS_PER_YEAR) * 0.25, within(1e-15));
        // A whole lifetime at share 1 is the whole TE.
        EmbodiedModel whole = new EmbodiedModel(Emissions.ofKilograms(1000), 4, 1, "configured");
        assertThat(whole.over(Duration.ofSeconds((long) (4 * SECONDS_PER_YEAR))).grams())
                .isCloseTo(1e6, within(1e-6));
        assertThat(model.over(Duration.ZERO)).isEqualTo(Emissions.ZERO);
        assertThat(EmbodiedModel.NONE.over(Duration.ofHours(1))).isEqualTo(Emissions.ZERO);
    }

    @Test
    void loggerReportsOperationalEmbodiedAndSciApart() {
        CarbonConfig config = fixed().pue(1.5)
                .embodiedEmissions(Emissions.parse("1000 kg"))
                .embodiedLifetimeYears(4)
                .embodiedShare(0.5)
                .build();
        CarbonMetrics m;
        try (CarbonLogger logger = CarbonLogger.start(config)) {
            clock.add(2, TimeUnit.SECONDS);
            m = logger.logCarbonMetrics(Context.TRAINING);
        }
        double operational = 500 * (100 + 10) * 1.5 * 2 / 3.6e6;
        double embodied = 1_000_000 * (2 / (4 * SECONDS_PER_YEAR)) * 0.5;
        assertThat(m.emissions().grams()).isCloseTo(operational, within(1e-12));
        assertThat(m.embodiedEmissions().grams()).isCloseTo(embodied, within(1e-12));
        assertThat(m.sci().grams()).isCloseTo(operational + embodied, within(1e-12));
        // The rate stays operational, as CodeCarbon's.
        assertThat(m.emissionsRate().gramsPerSecond()).isCloseTo(operational / 2, within(1e-12));
    }

    @Test
    void zeroTurnsEmbodiedEmissionsOff() {
        CarbonConfig config = CarbonConfig.from(ConfigSource.of(Map.of("carbon4j.embodied.emissions", "0")));
        assertThat(config.embodiedEmissions()).contains(Emissions.ZERO);
        try (CarbonLogger logger =
                CarbonLogger.start(fixed().embodiedEmissions(Emissions.ZERO).build())) {
            clock.add(5, TimeUnit.SECONDS);
            CarbonMetrics m = logger.logCarbonMetrics(Context.TRAINING);
            assertThat(m.embodiedEmissions()).isEqualTo(Emissions.ZERO);
            assertThat(m.sci()).isEqualTo(m.emissions());
            assertThat(logger.embodiedModel().describe()).isEqualTo("embodied emissions off");
        }
    }

    @Test
    void defaultShareIsTheJvmsProcessorsInProcessScopeAndOneInMachineScope() {
        MachineHardware eightCpus = new MachineHardware(Optional.empty(), 8, 32 * GIB, List.of("GPU A"), 2);
        EmbodiedModel process = embodied(CarbonConfig.builder().build(), eightCpus, 2);
        assertThat(process.share()).isEqualTo(0.25);
        assertThat(process.lifetimeYears()).isEqualTo(4);
        assertThat(process.total()).isEqualTo(EmbodiedModel.estimate(2, 32 * GIB, 1));
        assertThat(process.source())
                .startsWith("estimated: rack server with 2 sockets, 32 GiB, 1 GPU")
                .contains("Cloud Carbon Footprint");
        assertThat(embodied(CarbonConfig.builder().scope(Scope.MACHINE).build(), eightCpus, 2)
                        .share())
                .isEqualTo(1);
        // A container may see more processors than the host reports: the share never exceeds 1.
        assertThat(embodied(CarbonConfig.builder().build(), eightCpus, 16).share())
                .isEqualTo(1);
        EmbodiedModel configured = embodied(
                CarbonConfig.from(ConfigSource.of(Map.of(
                        "carbon4j.embodied.emissions",
                        "1.5 t",
                        "carbon4j.embodied.lifetime",
                        "6",
                        "carbon4j.embodied.share",
                        "0.125"))),
                eightCpus,
                2);
        assertThat(configured).isEqualTo(new EmbodiedModel(Emissions.ofKilograms(1500), 6, 0.125, "configured"));
    }

    @Test
    void badValuesAreRejectedNamingTheKey() {
        assertInvalid("carbon4j.embodied.emissions", "-5 kg");
        assertInvalid("carbon4j.embodied.emissions", "lots");
        assertInvalid("carbon4j.embodied.emissions", "5 J");
        assertInvalid("carbon4j.embodied.emissions", "2000 t");
        assertInvalid("carbon4j.embodied.lifetime", "0");
        assertInvalid("carbon4j.embodied.lifetime", "-1");
        assertInvalid("carbon4j.embodied.lifetime", "NaN");
        assertInvalid("carbon4j.embodied.share", "0");
        assertInvalid("carbon4j.embodied.share", "1.5");
        assertInvalid("carbon4j.embodied.share", "-0.1");
        assertThatThrownBy(() -> CarbonConfig.builder().embodiedShare(2))
                .hasMessageContaining("carbon4j.embodied.share");
        assertThatThrownBy(() -> CarbonConfig.builder().embodiedLifetimeYears(0))
                .hasMessageContaining("carbon4j.embodied.lifetime");
    }

    @Test
    void aCloudRegionBringsItsProvidersPublishedPueUnlessOneIsConfigured() {
        try (CarbonLogger logger =
                CarbonLogger.start(fixed().cloud("gcp", "europe-west1").build())) {
            assertThat(logger.run().pue()).isEqualTo(1.10);
            assertThat(logger.run().intensitySource())
                    .contains("PUE 1.10")
                    .contains("Google")
                    .contains("2023");
            clock.add(1, TimeUnit.SECONDS);
            CarbonMetrics m = logger.logCarbonMetrics(Context.TRAINING);
            assertThat(m.pue()).isEqualTo(1.10);
            assertThat(m.energyConsumed().joules()).isCloseTo(110 * 1.10, within(1e-9));
        }
        try (CarbonLogger logger =
                CarbonLogger.start(fixed().cloud("gcp", "europe-west1").pue(1.3).build())) {
            assertThat(logger.run().pue()).isEqualTo(1.3);
            assertThat(logger.run().intensitySource()).doesNotContain("PUE");
        }
        CarbonConfig regionOnly = CarbonConfig.from(ConfigSource.of(Map.of("carbon4j.cloud.region", "eu-west-1")));
        assertThat(io.github.carbon4j.intensity.CarbonIntensities.providerPue(regionOnly.intensitySettings()))
                .get()
                .satisfies(p -> assertThat(p.pue()).isEqualTo(1.14));
        assertThat(io.github.carbon4j.intensity.CarbonIntensities.providerPue("azure")
                        .pue())
                .isEqualTo(1.18);
        assertThat(io.github.carbon4j.intensity.CarbonIntensities.providerPue(
                        CarbonConfig.builder().build().intensitySettings()))
                .isEmpty();
    }

    @Test
    void theRunFileSaysHowEmbodiedEmissionsWereChargedAndThatTeWasEstimated(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path directory) throws Exception {
        try (CarbonLogger logger = CarbonLogger.start(
                fixed().reports(true).outputDirectory(directory).build())) {
            logger.logCarbonMetrics(Context.TRAINING); // the run file comes with the first step
            java.nio.file.Path runFile = directory.resolve("run-" + logger.run().runId() + ".json");
            com.fasterxml.jackson.databind.JsonNode embodied = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(runFile.toFile())
                    .get("embodied");
            assertThat(embodied.get("source").asText())
                    .startsWith("estimated: rack server with")
                    .isEqualTo(logger.embodiedModel().source());
            assertThat(embodied.get("totalGrams").asDouble())
                    .isEqualTo(logger.embodiedModel().total().grams())
                    .isGreaterThanOrEqualTo(1e6);
            assertThat(embodied.get("lifetimeYears").asDouble()).isEqualTo(4);
            assertThat(embodied.get("share").asDouble()).isEqualTo(1); // machine scope
        }
    }

    /** 100 W CPU, 10 W RAM, whole machine, 500 g/kWh, no reports. */
    private CarbonConfig.Builder fixed() {
        return CarbonConfig.builder()
                .cpuPower(Power.ofWatts(100))
                .ramPower(Power.ofWatts(10))
                .scope(Scope.MACHINE)
                .carbonIntensity(CarbonIntensity.ofGramsPerKilowattHour(500))
                .reports(false)
                .clock(clock);
    }

    private static void assertInvalid(String key, String value) {
        assertThatThrownBy(() -> CarbonConfig.from(ConfigSource.of(Map.of(key, value))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(key)
                .hasMessageContaining("\"" + value + "\"");
    }

    /** The model the logger resolves from the configuration's embodied keys. */
    private static EmbodiedModel embodied(CarbonConfig config, MachineHardware hardware, int availableProcessors) {
        return EmbodiedModel.resolve(
                config.embodiedEmissions(),
                config.embodiedLifetimeYears(),
                config.embodiedShare(),
                config.scope(),
                hardware,
                availableProcessors);
    }
}
