package io.github.carbon4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The one table of keys: it matches the names users see, drives precedence, and is what the README documents. */
class ConfigTableTests {

    @Test
    void everyKeyConstantIsARowAndEveryRowHasAConstant() throws IllegalAccessException {
        List<String> constants = new ArrayList<>();
        for (Field field : ConfigKeys.class.getFields()) {
            if (field.getType() == String.class
                    && Modifier.isStatic(field.getModifiers())
                    && !field.getName().equals("PREFIX")) {
                constants.add((String) field.get(null));
            }
        }

        assertThat(ConfigTable.all()).extracting(ConfigKey::name).containsExactlyInAnyOrderElementsOf(constants);
        assertThat(ConfigKeys.ALL).doesNotContainAnyElementsOf(ConfigKeys.JUNIT);
    }

    @Test
    void theReadmeKeyTableDocumentsEveryKeyAndNoOther() throws Exception {
        Set<String> documented = new LinkedHashSet<>();
        Pattern key = Pattern.compile("`(carbon4j\\.[a-z.-]+)`");
        for (String line : readmeKeyTable()) {
            Matcher m = key.matcher(line.split("\\|")[1]);
            while (m.find()) {
                documented.add(m.group(1));
            }
        }

        assertThat(documented)
                .containsExactlyInAnyOrderElementsOf(
                        ConfigTable.all().stream().map(ConfigKey::name).toList());
    }

    /** The rows of the README table whose header is {@code | key | meaning | default |}. */
    static List<String> readmeKeyTable() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("..", "README.md"));
        int header = lines.indexOf("| key | meaning | default |");
        assertThat(header).as("the README's key table").isNotNegative();
        List<String> rows = new ArrayList<>();
        for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            rows.add(lines.get(i));
        }
        return rows;
    }

    @Test
    void aValueSetInCodeWinsOverASourceWhicheverComesFirst() {
        ConfigSource source = ConfigSource.of(
                Map.of("carbon4j.experiment", "from-source", "carbon4j.pue", "1.5", "carbon4j.country", "DEU"));

        CarbonConfig setterFirst = CarbonConfig.builder()
                .experiment("in-code")
                .pue(1.2)
                .from(source)
                .build();
        CarbonConfig setterLast = CarbonConfig.builder()
                .from(source)
                .experiment("in-code")
                .pue(1.2)
                .build();

        for (CarbonConfig config : List.of(setterFirst, setterLast)) {
            assertThat(config.experiment()).isEqualTo("in-code");
            assertThat(config.pue()).isEqualTo(1.2);
            assertThat(config.country()).contains("DEU");
        }
    }

    @Test
    void ofTwoSourcesTheLaterWinsAndTheCloudSetterWinsOverBoth() {
        ConfigSource first = ConfigSource.of(Map.of(
                "carbon4j.cloud.provider", "aws", "carbon4j.cloud.region", "eu-west-1", "carbon4j.scope", "machine"));
        ConfigSource second = ConfigSource.of(Map.of("carbon4j.cloud.region", "eu-central-1"));

        CarbonConfig sourced = CarbonConfig.builder().from(first).from(second).build();
        CarbonConfig coded = CarbonConfig.builder()
                .cloud("gcp", "europe-west1")
                .from(first)
                .from(second)
                .build();

        assertThat(sourced.cloudRegion()).contains("eu-central-1");
        assertThat(sourced.cloudProvider()).contains("aws");
        assertThat(coded.cloudProvider()).contains("gcp");
        assertThat(coded.cloudRegion()).contains("europe-west1");
        assertThat(coded.scope()).isEqualTo(Scope.MACHINE);
    }

    @Test
    void aSourceIsCheckedAsTheSettersAreAndFailsWithTheConfigurationException() {
        assertThatThrownBy(() -> CarbonConfig.builder()
                        .from(ConfigSource.of(Map.of("carbon4j.cloud.region", "x")))
                        .from(key -> key.equals("carbon4j.cloud.provider")
                                ? java.util.Optional.of("  ")
                                : java.util.Optional.empty()))
                .isInstanceOf(CarbonConfigurationException.class)
                .hasMessage("invalid carbon4j.cloud.provider \"\": must not be blank");
        assertThatThrownBy(() -> CarbonConfig.builder().cloud("gcp", " "))
                .isInstanceOf(CarbonConfigurationException.class)
                .hasMessageStartingWith("invalid carbon4j.cloud.region");
        assertThatThrownBy(() -> CarbonConfig.builder().energyMix(Map.of("coal", -1.0)))
                .isInstanceOf(CarbonConfigurationException.class)
                .hasMessageStartingWith("invalid carbon4j.energy-mix \"{coal=-1.0}\": the share of coal");
        CarbonConfigurationException e = (CarbonConfigurationException) catchBad("carbon4j.pue", "0.5");
        assertThat(e.key()).contains("carbon4j.pue");
    }

    @Test
    void aSecretValueIsNeverInTheMessage() {
        assertThatThrownBy(() -> CarbonConfig.builder().electricityMapsToken("   "))
                .isInstanceOf(CarbonConfigurationException.class)
                .hasMessage("carbon4j.electricitymaps.token must not be blank");
    }

    @Test
    void anEmptyConfigurationAnswersEveryAccessorWithItsRowsDefault() {
        CarbonConfig config = CarbonConfig.builder().build();

        assertThat(List.<Object>of(
                        config.experiment(),
                        config.outputDirectory(),
                        config.reports(),
                        config.energyMix(),
                        config.pue(),
                        config.pueConfigured(),
                        config.scope(),
                        config.powercapRoot(),
                        config.raplPsys(),
                        config.intensityProvider(),
                        config.otel(),
                        config.embodiedLifetimeYears()))
                .containsExactly(
                        "carbon4j",
                        Path.of("target", "carbon4j"),
                        true,
                        Map.of(),
                        1.0,
                        false,
                        Scope.PROCESS,
                        Path.of("/sys/class/powercap"),
                        false,
                        IntensityProvider.OFFLINE,
                        false,
                        4.0);
        assertThat(List.of(
                        config.carbonIntensity(),
                        config.country(),
                        config.region(),
                        config.cloudProvider(),
                        config.cloudRegion(),
                        config.cpuTdp(),
                        config.cpuPower(),
                        config.ramPower(),
                        config.gpuDevices(),
                        config.intensityUrl(),
                        config.electricityMapsToken(),
                        config.electricityMapsZone(),
                        config.ukPostcode(),
                        config.embodiedEmissions(),
                        config.embodiedShare()))
                .allMatch(java.util.Optional::isEmpty);
    }

    @Test
    void toBuilderKeepsEveryValueAndTheClock() {
        MockClock clock = new MockClock();
        CarbonConfig config = CarbonConfig.builder()
                .clock(clock)
                .from(ConfigSource.of(Map.of("carbon4j.pue", "1.3", "carbon4j.energy-mix", "coal=25,nuclear=75")))
                .build();

        CarbonConfig copy = config.toBuilder().experiment("copy").build();

        assertThat(copy.pue()).isEqualTo(1.3);
        assertThat(copy.pueConfigured()).isTrue();
        assertThat(copy.energyMix()).containsExactly(Map.entry("coal", 25.0), Map.entry("nuclear", 75.0));
        assertThat(copy.clock()).isSameAs(clock);
        assertThat(copy.experiment()).isEqualTo("copy");
        assertThat(config.experiment()).isEqualTo("carbon4j");
    }

    @Test
    void everyRowHasHelpAnExampleThatParsesAndADefaultWithinItsOwnCheck() {
        for (ConfigKey<?> key : ConfigTable.all()) {
            assertThat(key.help()).as(key.name()).isNotBlank();
            if (!key.name().equals(ConfigKeys.ELECTRICITYMAPS_TOKEN)) {
                // The example parses and passes the key's own check unchanged: what the README shows is accepted.
                Object example = key.parse(key.example());
                assertThat(checkUnchecked(key, example)).as(key.name()).isEqualTo(example);
                // The parser a row names gives the row's type: an unchecked cast would fail only far away.
                key.defaultValue()
                        .ifPresent(v -> assertThat(example)
                                .as(key.name())
                                .isInstanceOf(
                                        v instanceof Map ? Map.class : v instanceof List ? List.class : v.getClass()));
            }
            key.defaultValue()
                    .ifPresent(v ->
                            assertThat(checkUnchecked(key, v)).as(key.name()).isEqualTo(v));
        }
        assertThat(Arrays.asList(ConfigTable.PUE.environmentName(), ConfigTable.CPU_TDP.optionName()))
                .containsExactly("CARBON4J_PUE", "cpu.tdp");
    }

    @SuppressWarnings("unchecked")
    private static <T> Object checkUnchecked(ConfigKey<T> key, Object value) {
        return key.check((T) value);
    }

    private static RuntimeException catchBad(String key, String value) {
        try {
            CarbonConfig.from(ConfigSource.of(Map.of(key, value)));
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError(key + "=" + value + " was accepted");
    }
}
