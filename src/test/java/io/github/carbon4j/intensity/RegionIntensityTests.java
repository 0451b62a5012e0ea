package io.github.carbon4j.intensity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionIntensityTests {

    @ParameterizedTest(name = "{1} ({2}) = {3} lbs/MWh")
    @CsvSource({
        "USA,           california,    CA, 452.541,  California",
        "US,            Texas,         TX, 1049.527, Texas",
        "United States, new york,      NY, 464.02,   New York",
        "usa,           WASHINGTON,    WA, 186.844,  Washington",
        "USA,           west virginia, WV, 1975.757, West Virginia",
    })
    void usStatesConvertPoundsPerMegawattHourToGramsPerKilowattHour(
            String country, String state, String code, double poundsPerMegawattHour, String label) {
        double grams = poundsPerMegawattHour * 453.59237 / 1000;

        for (String region : new String[] {state, code, code.toLowerCase(java.util.Locale.ROOT)}) {
            IntensityEstimate estimate = CarbonIntensities.region(country, region);
            assertThat(estimate.intensity().gramsPerKilowattHour()).as(region).isCloseTo(grams, within(1e-9));
            assertThat(estimate.source()).isEqualTo("grid of " + label + " (USA), EPA eGRID 2016");
        }
        assertThat(CarbonIntensities.region("USA", "california").intensity().gramsPerKilowattHour())
                .isCloseTo(205.269, within(0.001));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource({
        // every source with a factor, biomass/tidal/other normalised out:
        // quebec (0.2×743 + 0.3×816 + 92.1×26 + 6.7×26 + 0.01×48) / 99.31
        "CAN,    quebec,           QC, 29.8326, 0.7 % without a factor (biomass)",
        "Canada, Alberta,          AB, 644.8683, 2 % without a factor (biomass)",
        "CA,     ontario,          ON, 91.6902, 1 % without a factor (biomass)",
        "CAN,    nova scotia,      NS, 606.1310, 3.5 % without a factor (biomass)",
        "CAN,    British Columbia, BC, 48.5300, 6.7 % without a factor (biomass)",
    })
    void canadianProvincesComeFromTheirWholeMix(
            String country, String province, String code, double grams, String note) {
        for (String region : new String[] {province, code}) {
            IntensityEstimate estimate = CarbonIntensities.region(country, region);
            assertThat(estimate.intensity().gramsPerKilowattHour()).as(region).isCloseTo(grams, within(0.0001));
            assertThat(estimate.source()).contains("(CAN), provincial data 2023 × per-source factors; " + note);
        }
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource({
        "SWE, SE1, 18, 2024", "SWE, SE2, 18, 2024", "Sweden, se3, 18, 2024", "SE, SE4, 18, 2024",
        "NOR, NO1, 18, 2024", "NOR, NO2, 18, 2024", "Norway, no3, 18, 2024", "NO, NO4, 18, 2024",
        "NOR, NO5, 18, 2024", "FIN, FI, 72, 2025",
    })
    void nordicBiddingZones(String country, String zone, double grams, int year) {
        IntensityEstimate estimate = CarbonIntensities.region(country, zone);

        assertThat(estimate.intensity().gramsPerKilowattHour()).isEqualTo(grams);
        assertThat(estimate.source())
                .startsWith("bidding zone " + zone.toUpperCase(java.util.Locale.ROOT) + " ")
                .endsWith(", ENTSO-E averages " + year);
    }

    @Test
    void unknownRegionListsTheClosestOfThatCountry() {
        assertThatThrownBy(() -> CarbonIntensities.region("USA", "californa"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(
                        "unknown region of United States (USA) \"californa\"; closest known: California (USA)");
        assertThatThrownBy(() -> CarbonIntensities.region("SWE", "SE5"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("closest known: SE")
                .hasMessageNotContaining("NO1");
    }

    @Test
    void aCountryWithoutRegionalDataAndAnUnknownCountryAreErrors() {
        assertThatThrownBy(() -> CarbonIntensities.region("DEU", "bavaria"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(
                        "no regional grid data for Germany (DEU) (region \"bavaria\"); regions are known for CAN, FIN, NOR, SWE, USA");
        assertThatThrownBy(() -> CarbonIntensities.region("Atlantis", "north"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown country \"Atlantis\"; closest known: ");
    }
}
