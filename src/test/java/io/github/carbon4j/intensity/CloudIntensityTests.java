package io.github.carbon4j.intensity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CloudIntensityTests {

    @ParameterizedTest(name = "gcp {0}")
    @CsvSource({
        "europe-west1, 122, St. Ghislain, BEL",
        "us-central1,  430, Council Bluffs, USA",
        "europe-west9, 34,  Paris, FRA",
        "asia-south1,  648, Mumbai, IND",
        "northamerica-northeast1, 2, Montreal, CAN",
        "me-central1,  575, Doha, QAT",
    })
    void gcpRegionsUseGooglesPublishedFigures(String region, double grams, String city, String iso3) {
        IntensityEstimate estimate = CarbonIntensities.cloud("gcp", region);

        assertThat(estimate.intensity().gramsPerKilowattHour()).isEqualTo(grams);
        assertThat(estimate.source())
                .isEqualTo("GCP " + region + " (" + city + ", " + iso3 + "): Google Cloud region carbon data 2023");
    }

    @Test
    void theUpstreamMisspellingOfMeCentral1StillResolves() {
        assertThat(CarbonIntensities.cloud("GCP", "me-cenrtal1"))
                .isEqualTo(CarbonIntensities.cloud("google", "me-central1"));
    }

    @ParameterizedTest(name = "aws {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "eu-west-1      | IRL        | AWS eu-west-1 (Ireland): grid of IRL, Our World in Data 2023",
                "eu-central-1   | DEU        | AWS eu-central-1 (Frankfurt): grid of DEU, Our World in Data 2023",
                "ap-northeast-1 | JPN        | AWS ap-northeast-1 (Tokyo): grid of JPN, Our World in Data 2023",
            })
    void awsRegionsUseTheGridOfTheirCountry(String region, String country, String source) {
        IntensityEstimate estimate = CarbonIntensities.cloud("aws", region);

        assertThat(estimate.intensity())
                .isEqualTo(CarbonIntensities.country(country).intensity());
        assertThat(estimate.source()).isEqualTo(source);
    }

    @Test
    void awsAndAzureRegionsInTheUsCanadaAndTheNordicsUseTheirStateProvinceOrZone() {
        assertThat(CarbonIntensities.cloud("aws", "us-east-1").intensity())
                .isEqualTo(CarbonIntensities.region("USA", "virginia").intensity());
        assertThat(CarbonIntensities.cloud("aws", "us-east-1").source())
                .isEqualTo("AWS us-east-1 (N. Virginia): grid of Virginia (USA), EPA eGRID 2016");
        assertThat(CarbonIntensities.cloud("aws", "ca-central-1").intensity())
                .isEqualTo(CarbonIntensities.region("CAN", "QC").intensity());
        assertThat(CarbonIntensities.cloud("Azure", "West US 2").source())
                .isEqualTo("Azure westus2 (Washington): grid of Washington (USA), EPA eGRID 2016");
        assertThat(CarbonIntensities.cloud("azure", "westeurope").source())
                .isEqualTo("Azure westeurope (Netherlands): grid of NLD, Our World in Data 2023");
        assertThat(CarbonIntensities.cloud("azure", "swedencentral").intensity().gramsPerKilowattHour())
                .isEqualTo(18);
    }

    @Test
    void unknownProviderAndRegionListTheClosestKnownNames() {
        assertThatThrownBy(() -> CarbonIntensities.cloud("alibaba", "cn-hangzhou"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown cloud provider \"alibaba\"; closest known: ")
                .hasMessageContaining("aws")
                .hasMessageContaining("azure")
                .hasMessageContaining("gcp");
        assertThatThrownBy(() -> CarbonIntensities.cloud("gcp", "europe-west99"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown GCP region \"europe-west99\"; closest known: europe-west");
        assertThatThrownBy(() -> CarbonIntensities.cloud("aws", "eu-west-9"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(
                        "unknown AWS region \"eu-west-9\"; closest known: eu-west-1, eu-west-2, eu-west-3");
    }
}
