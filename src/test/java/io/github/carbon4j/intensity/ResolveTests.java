package io.github.carbon4j.intensity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.carbon4j.CarbonConfig;
import io.github.carbon4j.CarbonIntensity;
import io.github.carbon4j.ConfigSource;
import io.github.carbon4j.internal.Notices;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResolveTests {

    private static final Map<String, String> NO_ENV = Map.of();

    @Test
    void precedenceIsFixedThenMixThenCloudThenRegionThenCountry() {
        CarbonConfig.Builder all = CarbonConfig.builder()
                .country("DEU")
                .region("SE3")
                .country("SWE")
                .cloud("gcp", "europe-west9")
                .energyMix(Map.of("coal", 100.0))
                .carbonIntensity(CarbonIntensity.ofGramsPerKilowattHour(42));

        assertThat(resolve(all).source()).isEqualTo("fixed by carbon4j.intensity");
        assertThat(resolve(all).intensity().gramsPerKilowattHour()).isEqualTo(42);
        CarbonConfig noFixed = CarbonConfig.builder()
                .country("SWE")
                .region("SE3")
                .cloud("gcp", "europe-west9")
                .energyMix(Map.of("coal", 100.0))
                .build();
        assertThat(CarbonIntensities.resolve(noFixed.intensitySettings(), NO_ENV)
                        .source())
                .isEqualTo("energy mix coal 100 % × per-source factors");
        CarbonConfig cloud = CarbonConfig.builder()
                .country("SWE")
                .region("SE3")
                .cloud("gcp", "europe-west9")
                .build();
        assertThat(CarbonIntensities.resolve(cloud.intensitySettings(), NO_ENV).source())
                .startsWith("GCP europe-west9");
        CarbonConfig region =
                CarbonConfig.builder().country("SWE").region("SE3").build();
        assertThat(CarbonIntensities.resolve(region.intensitySettings(), NO_ENV).source())
                .startsWith("bidding zone SE3");
        CarbonConfig country = CarbonConfig.builder().country("SWE").build();
        assertThat(CarbonIntensities.resolve(country.intensitySettings(), NO_ENV)
                        .source())
                .isEqualTo("grid of SWE, Our World in Data 2023");
    }

    @Test
    void configurationKeysWorkAsTheBuilderDoes() {
        CarbonConfig config = CarbonConfig.from(ConfigSource.of(Map.of(
                "carbon4j.energy-mix", "coal=25,petroleum=35,natural_gas=26,nuclear=14", "carbon4j.country", "FRA")));
        CarbonConfig cloud = CarbonConfig.from(ConfigSource.of(Map.of(
                "carbon4j.cloud.provider", "aws", "carbon4j.cloud.region", "eu-west-1", "carbon4j.country", "FRA")));

        assertThat(CarbonIntensities.resolve(config.intensitySettings(), NO_ENV)
                        .intensity()
                        .gramsPerKilowattHour())
                .isCloseTo(731.59, within(1e-9));
        assertThat(CarbonIntensities.resolve(cloud.intensitySettings(), NO_ENV).source())
                .isEqualTo("AWS eu-west-1 (Ireland): grid of IRL, Our World in Data 2023");
    }

    @Test
    void aRegionAloneResolvesWhenOnlyOneCountryHasIt() {
        assertThat(resolve(CarbonConfig.builder().region("quebec")).source())
                .startsWith("generation mix of Quebec (CAN)");
        assertThat(resolve(CarbonConfig.builder().region("NO4")).source()).startsWith("bidding zone NO4");
        assertThatThrownBy(() -> resolve(CarbonConfig.builder().region("Bavaria")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(
                        "invalid carbon4j.region \"Bavaria\": unknown region (set carbon4j.country too");
    }

    @Test
    void aCloudRegionAloneResolvesWhenOnlyOneProviderHasIt() {
        CarbonConfig config = CarbonConfig.from(ConfigSource.of(Map.of("carbon4j.cloud.region", "westeurope")));

        assertThat(CarbonIntensities.resolve(config.intensitySettings(), NO_ENV).source())
                .startsWith("Azure westeurope (Netherlands)");
    }

    @Test
    void everyConfiguredLocationIsCheckedEvenWhenOverridden() {
        CarbonConfig typo = CarbonConfig.builder()
                .country("Frnace")
                .cloud("gcp", "europe-west9")
                .build();
        CarbonConfig badCloud = CarbonConfig.builder()
                .cloud("gcp", "europe-west99")
                .carbonIntensity(CarbonIntensity.ofGramsPerKilowattHour(10))
                .build();

        assertThatThrownBy(() -> CarbonIntensities.resolve(typo.intensitySettings(), NO_ENV))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(
                        "invalid carbon4j.country \"Frnace\": unknown country \"Frnace\"; closest known: France (FRA)");
        assertThatThrownBy(() -> resolve(CarbonConfig.builder().cloud("ibm", "eu-de")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid carbon4j.cloud.provider \"ibm\": unknown cloud provider \"ibm\"");
        assertThatThrownBy(() -> CarbonIntensities.resolve(badCloud.intensitySettings(), NO_ENV))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid carbon4j.cloud.region \"europe-west99\": unknown GCP region");
    }

    @Test
    void awsRegionFromTheEnvironmentLocatesAnUnconfiguredRun() {
        CarbonConfig nothing = CarbonConfig.builder().build();

        IntensityEstimate fromRegion = CarbonIntensities.resolve(
                nothing.intensitySettings(), Map.of("AWS_REGION", "eu-west-3", "AWS_DEFAULT_REGION", "eu-west-1"));
        IntensityEstimate fromDefault =
                CarbonIntensities.resolve(nothing.intensitySettings(), Map.of("AWS_DEFAULT_REGION", "us-west-2"));

        assertThat(fromRegion.source())
                .isEqualTo("AWS eu-west-3 (Paris): grid of FRA, Our World in Data 2023 (from AWS_REGION)");
        assertThat(fromRegion.intensity().gramsPerKilowattHour()).isEqualTo(56.039);
        assertThat(fromDefault.source())
                .isEqualTo("AWS us-west-2 (Oregon): grid of Oregon (USA), EPA eGRID 2016 (from AWS_DEFAULT_REGION)");
        assertThat(CarbonIntensities.resolve(
                                CarbonConfig.builder().country("DEU").build().intensitySettings(),
                                Map.of("AWS_REGION", "eu-west-3"))
                        .source())
                .as("configuration beats the environment")
                .startsWith("grid of DEU");
    }

    @Test
    void anAwsProviderWithoutRegionTakesItFromTheEnvironment() {
        CarbonConfig config = CarbonConfig.from(ConfigSource.of(Map.of("carbon4j.cloud.provider", "aws")));

        assertThat(CarbonIntensities.resolve(config.intensitySettings(), Map.of("AWS_REGION", "eu-north-1"))
                        .source())
                .startsWith("AWS eu-north-1 (Stockholm)");
        assertThatThrownBy(() -> CarbonIntensities.resolve(config.intensitySettings(), NO_ENV))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("carbon4j.cloud.provider=aws needs carbon4j.cloud.region");
    }

    @Test
    void nothingConfiguredFallsBackToTheWorldAverageWithOneNotice() {
        Notices notices = new Notices();
        IntensityEstimate estimate = CarbonIntensities.resolve(
                CarbonConfig.builder().build().intensitySettings(), Map.of("AWS_REGION", "mars-north-1"), notices);

        assertThat(estimate).isEqualTo(CarbonIntensities.worldAverage());
        assertThat(estimate.intensity().gramsPerKilowattHour()).isEqualTo(475);
        assertThat(notices.issued())
                .satisfiesExactly(
                        n -> assertThat(n).startsWith("AWS_REGION=mars-north-1 is not a known AWS region"),
                        n -> assertThat(n)
                                .startsWith(
                                        "location unknown, using the world average of 475 gCO2eq/kWh; set carbon4j.country"));
        assertThat(notices.info(LocationResolver.WORLD_AVERAGE_NOTICE, "again"))
                .as("already issued")
                .isFalse();
    }

    private static IntensityEstimate resolve(CarbonConfig.Builder builder) {
        return CarbonIntensities.resolve(builder.build().intensitySettings(), NO_ENV);
    }
}
