package io.github.carbon4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.carbon4j.internal.LoggedNotices;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Configuration values are checked as the figures they produce, misspelt keys are pointed out
 * wherever keys are read, and every message names the key or the file.
 */
class ConfigValidationTests {

    /** What the configuration logged while the test read it (no logger exists yet to own the notices). */
    private List<String> notices = List.of();

    @TempDir
    Path directory;

    @ParameterizedTest
    @CsvSource({
        "carbon4j.cpu.power, 1e308",
        "carbon4j.cpu.power, 1e299",
        "carbon4j.ram.power, 1e308",
        "carbon4j.cpu.tdp, 1e308",
        "carbon4j.cpu.power, 1000001",
        "carbon4j.pue, 1e308",
        "carbon4j.pue, 11",
        "carbon4j.intensity, 1e308",
        "carbon4j.intensity, 10001",
        "carbon4j.energy-mix, coal=1e308",
        "carbon4j.energy-mix, coal=NaN"
    })
    void valuesThatWouldOverflowAFigureAreRejectedAtStartNamingKeyAndValue(String key, String value) {
        assertThatThrownBy(() -> CarbonConfig.from(ConfigSource.of(Map.of(key, value))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid " + key + " \"" + value + "\": ");
    }

    @Test
    void theLargestAcceptedValuesGiveFiniteFiguresForAYear() {
        CarbonConfig config = CarbonConfig.from(ConfigSource.of(Map.of(
                "carbon4j.cpu.power",
                "1000000",
                "carbon4j.ram.power",
                "1000000",
                "carbon4j.pue",
                "10",
                "carbon4j.intensity",
                "10000")));
        Energy year = config.cpuPower()
                .orElseThrow()
                .over(java.time.Duration.ofDays(366))
                .plus(config.ramPower().orElseThrow().over(java.time.Duration.ofDays(366)))
                .times(config.pue());

        assertThat(Double.isFinite(config.carbonIntensity()
                        .orElseThrow()
                        .emissionsFor(year)
                        .grams()))
                .isTrue();
    }

    @Test
    void valuesSetInCodeAreCheckedToo() {
        assertThatThrownBy(() -> CarbonConfig.builder().cpuPower(Power.ofWatts(1e308)))
                .hasMessageStartingWith("invalid carbon4j.cpu.power \"");
        assertThatThrownBy(() -> CarbonConfig.builder().pue(1e308)).hasMessageStartingWith("invalid carbon4j.pue");
        assertThatThrownBy(() -> CarbonConfig.builder().carbonIntensity(CarbonIntensity.ofGramsPerKilowattHour(1e308)))
                .hasMessageStartingWith("invalid carbon4j.intensity");
    }

    @Test
    void aNoticesValueInAnySourceIsCheckedThoughOnlyThePropertyAndEnvironmentRouteNotices() {
        assertThatThrownBy(() -> CarbonConfig.from(ConfigSource.of(Map.of("carbon4j.notices", "syslog"))))
                .isInstanceOf(CarbonConfigurationException.class)
                .hasMessage("invalid carbon4j.notices \"syslog\": must be auto, logger or stderr");
        assertThat(CarbonConfig.from(ConfigSource.of(Map.of("carbon4j.notices", " Logger "))))
                .as("any case, blanks around")
                .isNotNull();
    }

    @Test
    void aMisspeltKeyGetsANoticeWithTheClosestKey() {
        CarbonConfig config;
        try (LoggedNotices logged = new LoggedNotices()) {
            config = CarbonConfig.from(ConfigSource.of(Map.of("carbon4j.peu", "2")));
            notices = logged.messages();
        }

        assertThat(config.pue()).isEqualTo(1);
        assertThat(notices)
                .contains(
                        "unknown configuration key carbon4j.peu in the given values is ignored; did you mean carbon4j.pue?");
    }

    @Test
    void misspeltKeysAreFoundInTheEnvironmentSystemPropertiesAndPropertiesFiles() throws Exception {
        Files.writeString(directory.resolve("carbon4j.properties"), "carbon4j.scpoe=machine\n");
        System.setProperty("carbon4j.experimnet", "x");
        try (URLClassLoader loader =
                        new URLClassLoader(new URL[] {directory.toUri().toURL()}, null);
                LoggedNotices logged = new LoggedNotices()) {
            CarbonConfig.builder()
                    .from(ConfigSource.systemProperties()
                            .or(ConfigSource.environment(Map.of("CARBON4J_CONTRY", "FRA", "CARBON4J_COUNTRY", "DEU")))
                            .or(ConfigSource.classpathProperties(loader)))
                    .build();
            notices = logged.messages();
        } finally {
            System.clearProperty("carbon4j.experimnet");
        }

        assertThat(notices)
                .contains(
                        "unknown configuration key carbon4j.experimnet in the system properties is ignored; did you mean"
                                + " carbon4j.experiment?",
                        "unknown configuration key CARBON4J_CONTRY in the environment is ignored; did you mean CARBON4J_COUNTRY?")
                .anyMatch(n -> n.startsWith("unknown configuration key carbon4j.scpoe in carbon4j.properties (file:")
                        && n.endsWith("did you mean carbon4j.scope?"));
        assertThat(notices).noneMatch(n -> n.contains("CARBON4J_COUNTRY in"));
    }

    @Test
    void aMalformedPropertiesFileIsNamed() throws Exception {
        Files.writeString(directory.resolve("carbon4j.properties"), "carbon4j.experiment=\\uZZZZ\n");
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {directory.toUri().toURL()}, null)) {
            assertThatThrownBy(() -> ConfigSource.classpathProperties(loader))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("cannot read carbon4j.properties (file:")
                    .hasMessageContaining(directory.getFileName().toString())
                    .hasMessageEndingWith("Malformed \\uxxxx encoding.");
        }
    }

    @Test
    void anOutputDirectoryThatIsNoPathNamesTheKey() {
        assertThatThrownBy(() -> CarbonConfig.from(ConfigSource.of(Map.of("carbon4j.output-dir", "out\0put"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid carbon4j.output-dir \"out\0put\"");
    }
}
