package io.github.carbon4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CarbonConfigTests {

    @Test
    void defaults() {
        CarbonConfig config = CarbonConfig.from(ConfigSource.of(Map.of()));
        assertThat(config.experiment()).isEqualTo("carbon4j");
        assertThat(config.outputDirectory()).isEqualTo(Path.of("target", "carbon4j"));
        assertThat(config.scope()).isEqualTo(Scope.PROCESS);
        assertThat(config.pue()).isEqualTo(1.0);
        assertThat(config.cpuPower()).isEmpty();
        assertThat(config.reports()).isTrue();
    }

    @Test
    void readsEveryKindOfKey() {
        CarbonConfig config = CarbonConfig.from(ConfigSource.of(Map.of(
                "carbon4j.experiment", "nightly",
                "carbon4j.output-dir", "build/carbon",
                "carbon4j.intensity", "56",
                "carbon4j.pue", "1.2",
                "carbon4j.scope", "MACHINE",
                "carbon4j.cpu.power", "100 W",
                "carbon4j.cpu.tdp", "65",
                "carbon4j.ram.power", "10",
                "carbon4j.energy-mix", "coal=25, petroleum=35,natural_gas=26,nuclear=14",
                "carbon4j.reports", "false")));
        assertThat(config.experiment()).isEqualTo("nightly");
        assertThat(config.outputDirectory()).isEqualTo(Path.of("build/carbon"));
        assertThat(config.carbonIntensity()).contains(CarbonIntensity.ofGramsPerKilowattHour(56));
        assertThat(config.pue()).isEqualTo(1.2);
        assertThat(config.scope()).isEqualTo(Scope.MACHINE);
        assertThat(config.cpuPower()).contains(Power.ofWatts(100));
        assertThat(config.cpuTdp()).contains(Power.ofWatts(65));
        assertThat(config.ramPower()).contains(Power.ofWatts(10));
        assertThat(config.energyMix())
                .containsExactly(
                        Map.entry("coal", 25.0),
                        Map.entry("petroleum", 35.0),
                        Map.entry("natural_gas", 26.0),
                        Map.entry("nuclear", 14.0));
        assertThat(config.reports()).isFalse();
    }

    @Test
    void invalidValuesNameKeyAndValue() {
        assertInvalid("carbon4j.cpu.power", "-5");
        assertInvalid("carbon4j.ram.power", "lots");
        assertInvalid("carbon4j.pue", "0.9");
        assertInvalid("carbon4j.scope", "galaxy");
        assertInvalid("carbon4j.intensity", "-1");
        assertInvalid("carbon4j.energy-mix", "coal:25");
        assertInvalid("carbon4j.reports", "maybe");
        assertInvalid("carbon4j.intensity.provider", "watttime");
        assertInvalid("carbon4j.intensity.url", "ftp://proxy");
        assertInvalid("carbon4j.otel", "sometimes");
        assertThatThrownBy(() -> CarbonConfig.builder().pue(0.5))
                .hasMessageContaining("carbon4j.pue")
                .hasMessageContaining("0.5");
    }

    private static void assertInvalid(String key, String value) {
        assertThatThrownBy(() -> CarbonConfig.from(ConfigSource.of(Map.of(key, value))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(key)
                .hasMessageContaining("\"" + value + "\"");
    }

    @Test
    void sourcesChainInPrecedence(@TempDir Path dir) throws Exception {
        ConfigSource properties = ConfigSource.of(Map.of("carbon4j.pue", "1.1"));
        ConfigSource environment = ConfigSource.environment(Map.of("CARBON4J_PUE", "1.5", "CARBON4J_CPU_TDP", "95"));
        ConfigSource classpath = ConfigSource.classpathProperties(loaderWithProperties(
                dir, "carbon4j.experiment=from-classpath\ncarbon4j.pue=1.9\ncarbon4j.cpu.tdp=12\n"));
        CarbonConfig config = CarbonConfig.from(properties.or(environment).or(classpath));
        assertThat(config.pue()).isEqualTo(1.1);
        assertThat(config.cpuTdp()).contains(Power.ofWatts(95));
        assertThat(config.experiment()).isEqualTo("from-classpath");
    }

    @Test
    void standardSourceReadsSystemProperties() {
        System.setProperty("carbon4j.experiment", "from-system-property");
        try {
            assertThat(CarbonConfig.fromEnvironment().experiment()).isEqualTo("from-system-property");
        } finally {
            System.clearProperty("carbon4j.experiment");
        }
    }

    private static ClassLoader loaderWithProperties(Path dir, String text) throws Exception {
        Files.writeString(dir.resolve("carbon4j.properties"), text);
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, null);
    }

    @Test
    void liveAndOtelKeysReadFromTheEnvironment() {
        CarbonConfig config = CarbonConfig.from(ConfigSource.environment(Map.of(
                "CARBON4J_INTENSITY_PROVIDER", "ElectricityMaps",
                "CARBON4J_INTENSITY_URL", "http://127.0.0.1:8080/em",
                "CARBON4J_ELECTRICITYMAPS_TOKEN", "t0k3n",
                "CARBON4J_ELECTRICITYMAPS_ZONE", "DE",
                "CARBON4J_UK_POSTCODE", "RG10",
                "CARBON4J_OTEL", "true")));

        assertThat(config.intensityProvider()).isEqualTo(IntensityProvider.ELECTRICITY_MAPS);
        assertThat(config.intensityUrl()).contains(java.net.URI.create("http://127.0.0.1:8080/em"));
        assertThat(config.electricityMapsToken()).contains("t0k3n");
        assertThat(config.electricityMapsZone()).contains("DE");
        assertThat(config.ukPostcode()).contains("RG10");
        assertThat(config.otel()).isTrue();
        assertThat(config.toBuilder().build().electricityMapsToken()).contains("t0k3n");
        CarbonConfig defaults = CarbonConfig.builder().build();
        assertThat(defaults.intensityProvider()).isEqualTo(IntensityProvider.OFFLINE);
        assertThat(defaults.otel()).isFalse();
        assertThat(defaults.electricityMapsToken()).isEmpty();
    }

    @Test
    void environmentNames() {
        assertThat(ConfigKeys.environmentName("carbon4j.cpu.tdp")).isEqualTo("CARBON4J_CPU_TDP");
        assertThat(ConfigKeys.environmentName("carbon4j.energy-mix")).isEqualTo("CARBON4J_ENERGY_MIX");
    }

    @Test
    void keysArePinned() {
        assertThat(ConfigKeys.ALL)
                .containsExactly(
                        "carbon4j.experiment",
                        "carbon4j.output-dir",
                        "carbon4j.reports",
                        "carbon4j.intensity",
                        "carbon4j.country",
                        "carbon4j.region",
                        "carbon4j.cloud.provider",
                        "carbon4j.cloud.region",
                        "carbon4j.energy-mix",
                        "carbon4j.pue",
                        "carbon4j.scope",
                        "carbon4j.cpu.tdp",
                        "carbon4j.cpu.power",
                        "carbon4j.ram.power",
                        "carbon4j.gpu.devices",
                        "carbon4j.powercap.root",
                        "carbon4j.rapl.psys",
                        "carbon4j.intensity.provider",
                        "carbon4j.intensity.url",
                        "carbon4j.electricitymaps.token",
                        "carbon4j.electricitymaps.zone",
                        "carbon4j.uk.postcode",
                        "carbon4j.otel",
                        "carbon4j.embodied.emissions",
                        "carbon4j.embodied.lifetime",
                        "carbon4j.embodied.share",
                        "carbon4j.notices");
        assertThat(ConfigKeys.JUNIT).containsExactly("carbon4j.budget.test.energy", "carbon4j.budget.test.emissions");
    }

    @Test
    void theJUnitKeysAreKnownSoTheyGetNoNoticeButAMisspellingDoes() {
        assertThat(ConfigKeys.closestIfUnknown("carbon4j.budget.test.energy")).isEmpty();
        assertThat(ConfigKeys.closestIfUnknown("CARBON4J_BUDGET_TEST_EMISSIONS"))
                .isEmpty();
        assertThat(ConfigKeys.closestIfUnknown("carbon4j.budget.tests.energy")).contains("carbon4j.budget.test.energy");
    }
}
