package io.github.carbon4j.intensity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountryIntensityTests {

    @ParameterizedTest(name = "{0} / {1} / {2}")
    @CsvSource({
        "FRA, FR, France,         56.039,  2023",
        "DEU, DE, Germany,        380.95,  2023",
        "USA, US, United States,  369.473, 2023",
        "GBR, GB, United Kingdom, 237.589, 2023",
        "IND, IN, India,          713.441, 2023",
        "CHN, CN, China,          582.317, 2023",
        "JPN, JP, Japan,          485.392, 2023",
        "BRA, BR, Brazil,         98.348,  2023",
        "ZAF, ZA, South Africa,   707.686, 2023",
        "AUS, AU, Australia,      548.692, 2023",
        "POL, PL, Poland,         661.926, 2023",
        "SWE, SE, Sweden,         40.695,  2023",
        "IRL, IE, Ireland,        290.805, 2023",
    })
    void countryResolvesByAlpha3Alpha2AndEnglishNameInAnyCase(
            String alpha3, String alpha2, String name, double grams, int year) {
        for (String form : new String[] {
            alpha3,
            alpha2,
            name,
            name.toUpperCase(Locale.ROOT),
            alpha3.toLowerCase(Locale.ROOT),
            alpha2.toLowerCase(Locale.ROOT),
            " " + name.toLowerCase(Locale.ROOT) + " "
        }) {
            IntensityEstimate estimate = CarbonIntensities.country(form);
            assertThat(estimate.intensity().gramsPerKilowattHour()).as(form).isEqualTo(grams);
            assertThat(estimate.source()).as(form).isEqualTo("grid of " + alpha3 + ", Our World in Data " + year);
        }
    }

    @Test
    void dataSetNamesAccentsAndCommonAliasesResolve() {
        assertThat(CarbonIntensities.country("Cote d'Ivoire").source()).startsWith("grid of CIV");
        assertThat(CarbonIntensities.country("Côte d’Ivoire").source()).startsWith("grid of CIV");
        assertThat(CarbonIntensities.country("Czechia").source()).startsWith("grid of CZE");
        assertThat(CarbonIntensities.country("UK").source()).startsWith("grid of GBR");
        assertThat(CarbonIntensities.country("United States of America").source())
                .startsWith("grid of USA");
    }

    @Test
    void countryCodesAndNamesForReports() {
        assertThat(CarbonIntensities.countryCode("fr")).contains("FRA");
        assertThat(CarbonIntensities.countryCode("France")).contains("FRA");
        assertThat(CarbonIntensities.countryCode("Monaco")).contains("MCO");
        assertThat(CarbonIntensities.countryCode("Atlantis")).isEmpty();
        assertThat(CarbonIntensities.countryName("deu")).contains("Germany");
        assertThat(CarbonIntensities.countryName("Atlantis")).isEmpty();
        // The name the figures are published under where the data set has the country, the JDK's elsewhere.
        assertThat(CarbonIntensities.countryName("CIV")).contains("Cote d'Ivoire");
        assertThat(CarbonIntensities.countryName("ATA")).contains("Antarctica");
    }

    @Test
    void everyEnglishCountryNameResolvesToItsOwnCountry() {
        for (String alpha2 : Locale.getISOCountries()) {
            Locale country = new Locale("", alpha2);
            String name = country.getDisplayCountry(Locale.ENGLISH);
            assertThat(CarbonIntensities.countryCode(name)).as(name).contains(country.getISO3Country());
            assertThat(CarbonIntensities.countryCode(alpha2)).as(alpha2).contains(country.getISO3Country());
        }
    }

    @Test
    void unknownCountryListsTheClosestKnownNames() {
        assertThatThrownBy(() -> CarbonIntensities.country("Frnace"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown country \"Frnace\"; closest known: France (FRA)");
        assertThatThrownBy(() -> CarbonIntensities.country("XYZ"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown country \"XYZ\"; closest known: ");
    }

    @Test
    void aCountryWithoutFiguresSaysSoInsteadOfGuessing() {
        assertThatThrownBy(() -> CarbonIntensities.country("Monaco"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no grid data for Monaco (MCO)");
    }

    @Test
    void franceWithoutItsPublishedIntensityGetsOneFromItsGenerationMix() {
        CountryGrid france = Countries.load().grid("FRA").withoutPublishedIntensity();

        IntensityEstimate estimate = france.estimate();

        // coal 2.16, oil 9.71, gas 31.43, nuclear 335.65, hydro 53.19, solar 23.26, wind 48.61, geothermal-like 0.6 TWh
        // weighted by 995, 816, 743, 29, 26, 48, 26, 38 over their 504.61 TWh; biofuel 9.5 TWh normalised out
        assertThat(estimate.intensity().gramsPerKilowattHour()).isCloseTo(93.032, within(0.001));
        assertThat(estimate.source())
                .isEqualTo("generation mix of FRA, Our World in Data 2023 × per-source factors;"
                        + " 1.8 % without a factor (biomass) normalised out");
    }

    @Test
    void theDataSetsOwnZeroIntensityIsReplacedByItsMix() {
        IntensityEstimate car = CarbonIntensities.country("CAF");

        assertThat(car.intensity().gramsPerKilowattHour()).isEqualTo(26);
        assertThat(car.source()).isEqualTo("generation mix of CAF, Our World in Data 2022 × per-source factors");
    }

    @Test
    void aggregatesCountOnlyForWhatTheyHoldBeyondTheirParts() {
        Map<String, Double> islandOnlyFossil =
                Map.of("total", 1.0, "fossil", 0.8, "renewables", 0.2, "solar", 0.2, "low_carbon", 0.2);
        Map<String, Double> splitFossil = Map.of(
                "total",
                10.0,
                "fossil",
                6.0,
                "coal",
                2.0,
                "gas",
                4.0,
                "renewables",
                4.0,
                "other_renewable",
                4.0,
                "biofuel",
                4.0,
                "low_carbon",
                4.0);

        double island = grid(islandOnlyFossil).estimate().intensity().gramsPerKilowattHour();
        double split = grid(splitFossil).estimate().intensity().gramsPerKilowattHour();

        assertThat(island).isCloseTo((0.8 * 635 + 0.2 * 48) / 1.0, within(1e-9));
        assertThat(split).isCloseTo((2 * 995 + 4 * 743) / 6.0, within(1e-9));
    }

    @Test
    void everyCountryOfTheTableHasAPositiveIntensity() {
        Countries countries = Countries.load();
        for (String iso3 : Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3)) {
            if (countries.iso3(iso3).isPresent()) {
                try {
                    assertThat(countries.grid(iso3).estimate().intensity().gramsPerKilowattHour())
                            .as(iso3)
                            .isPositive();
                } catch (IllegalArgumentException noData) {
                    assertThat(noData).hasMessageStartingWith("no grid data for");
                }
            }
        }
    }

    @Test
    void aCodeOfTheDataSetMeansWhatItsNameAndItsLowerCaseMean() {
        // Alpha-3 codes of the data set resolve without the name index; names and other spellings go through it.
        Countries countries = Countries.load();
        int checked = 0;
        for (CsvTable.Row row : CsvTable.load("countries.csv").rows()) {
            String iso3 = row.text("iso3");
            if (iso3.length() == 3) {
                assertThat(countries.iso3(iso3)).as(iso3).contains(iso3);
                assertThat(countries.iso3(" " + iso3.toLowerCase(Locale.ROOT) + " "))
                        .as(iso3)
                        .contains(iso3);
                assertThat(countries.iso3(row.text("name")))
                        .as(row.text("name"))
                        .contains(iso3);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(200);
        assertThat(countries.iso3("fr")).contains("FRA");
        assertThat(countries.iso3("uk")).contains("GBR");
    }

    private static CountryGrid grid(Map<String, Double> twh) {
        return new CountryGrid("TST", "Test", 2023, OptionalDouble.empty(), twh);
    }
}
