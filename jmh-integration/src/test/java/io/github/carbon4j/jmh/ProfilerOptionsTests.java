package io.github.carbon4j.jmh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.github.carbon4j.CarbonConfig;
import io.github.carbon4j.CarbonIntensity;
import io.github.carbon4j.ConfigKey;
import io.github.carbon4j.ConfigKeys;
import io.github.carbon4j.ConfigTable;
import io.github.carbon4j.Power;
import io.github.carbon4j.Scope;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.profile.ProfilerException;

class ProfilerOptionsTests {

    @Test
    void everyCoreKeyIsAnOptionWithoutItsPrefix() {
        assertThat(ProfilerOptions.names())
                .contains(
                        "country",
                        "region",
                        "cloud",
                        "cloud.provider",
                        "cloud.region",
                        "intensity",
                        "energy-mix",
                        "pue",
                        "scope",
                        "output-dir",
                        "cpu.tdp",
                        "cpu.power",
                        "ram.power",
                        "gpu.devices",
                        "experiment",
                        "reports")
                .hasSize(ConfigKeys.ALL.size() + 1);
    }

    @Test
    void optionsBecomePrefixedKeys() throws ProfilerException {
        assertThat(ProfilerOptions.keys(" country=FRA ; scope=machine;energy-mix=coal=25,nuclear=75;"))
                .containsExactly(
                        entry("carbon4j.country", "FRA"),
                        entry("carbon4j.scope", "machine"),
                        entry("carbon4j.energy-mix", "coal=25,nuclear=75"));
    }

    @Test
    void cloudShorthandSetsProviderAndRegion() throws ProfilerException {
        assertThat(ProfilerOptions.keys("cloud=gcp:europe-west1"))
                .containsExactly(
                        entry("carbon4j.cloud.provider", "gcp"), entry("carbon4j.cloud.region", "europe-west1"));
        assertThatThrownBy(() -> ProfilerOptions.keys("cloud=gcp"))
                .isInstanceOf(ProfilerException.class)
                .hasMessageContaining("cloud \"gcp\"")
                .hasMessageContaining("provider:region");
        assertThatThrownBy(() -> ProfilerOptions.keys("cloud=gcp:x;cloud.region=y"))
                .isInstanceOf(ProfilerException.class)
                .hasMessageContaining("\"cloud.region\" is given twice");
    }

    @Test
    void parsedOptionsConfigureTheLogger() throws ProfilerException {
        CarbonConfig config = ProfilerOptions.parse(
                "intensity=500;cpu.power=100;ram.power=10 W;scope=machine;pue=1.2;output-dir=build/c4j;experiment=bench");
        assertThat(config.carbonIntensity()).contains(CarbonIntensity.ofGramsPerKilowattHour(500));
        assertThat(config.cpuPower()).contains(Power.ofWatts(100));
        assertThat(config.ramPower()).contains(Power.ofWatts(10));
        assertThat(config.scope()).isEqualTo(Scope.MACHINE);
        assertThat(config.pue()).isEqualTo(1.2);
        assertThat(config.outputDirectory()).isEqualTo(Path.of("build/c4j"));
        assertThat(config.experiment()).isEqualTo("bench");
    }

    @Test
    void optionsWinOverSystemPropertiesWhichFillTheRest() throws ProfilerException {
        System.setProperty("carbon4j.experiment", "from-property");
        System.setProperty("carbon4j.pue", "1.5");
        try {
            CarbonConfig config = ProfilerOptions.parse("experiment=from-option");
            assertThat(config.experiment()).isEqualTo("from-option");
            assertThat(config.pue()).isEqualTo(1.5);
        } finally {
            System.clearProperty("carbon4j.experiment");
            System.clearProperty("carbon4j.pue");
        }
    }

    @Test
    void unknownOptionIsNamed() {
        assertThatThrownBy(() -> ProfilerOptions.parse("contry=FRA"))
                .isInstanceOf(ProfilerException.class)
                .hasMessageContaining("unknown option \"contry\"")
                .hasMessageContaining("country");
        assertThatThrownBy(() -> ProfilerOptions.parse("carbon4j.country=FRA"))
                .isInstanceOf(ProfilerException.class)
                .hasMessageContaining("unknown option \"carbon4j.country\"");
    }

    @Test
    void optionWithoutValueIsNamed() {
        assertThatThrownBy(() -> ProfilerOptions.parse("country"))
                .isInstanceOf(ProfilerException.class)
                .hasMessageContaining("\"country\" needs a value");
        assertThatThrownBy(() -> ProfilerOptions.parse("pue="))
                .isInstanceOf(ProfilerException.class)
                .hasMessageContaining("\"pue\" needs a value");
    }

    @Test
    void badValuesAreNamedWithTheirKey() {
        assertThatThrownBy(() -> ProfilerOptions.parse("pue=0.5"))
                .isInstanceOf(ProfilerException.class)
                .hasMessageContaining("carbon4j.pue")
                .hasMessageContaining("0.5");
        assertThatThrownBy(() -> ProfilerOptions.parse("scope=galaxy"))
                .isInstanceOf(ProfilerException.class)
                .hasMessageContaining("carbon4j.scope")
                .hasMessageContaining("galaxy");
        assertThatThrownBy(() -> ProfilerOptions.parse("intensity=lots"))
                .isInstanceOf(ProfilerException.class)
                .hasMessageContaining("carbon4j.intensity")
                .hasMessageContaining("lots");
        assertThatThrownBy(() -> ProfilerOptions.parse("cpu.power=-3"))
                .isInstanceOf(ProfilerException.class)
                .hasMessageContaining("carbon4j.cpu.power")
                .hasMessageContaining("-3");
    }

    @Test
    void unknownLocationsFailBeforeAnyFork() {
        assertThatThrownBy(() -> ProfilerOptions.parse("country=Atlantis"))
                .isInstanceOf(ProfilerException.class)
                .hasMessageContaining("Atlantis");
        assertThatThrownBy(() -> ProfilerOptions.parse("cloud=gcp:mars-west1"))
                .isInstanceOf(ProfilerException.class)
                .hasMessageContaining("mars-west1");
    }

    @Test
    void helpListsEveryOptionAndResult() {
        assertThatThrownBy(() -> ProfilerOptions.parse("help"))
                .isInstanceOf(ProfilerException.class)
                .hasMessageContaining("-prof 'carbon:key=value;key=value'")
                .hasMessageContaining("country=FRA")
                .hasMessageContaining("cloud=gcp:europe-west1")
                .hasMessageContaining("carbon.energy.norm");
        String help = ProfilerOptions.help();
        for (String name : ProfilerOptions.names()) {
            assertThat(help).as("help mentions %s", name).contains(name + "=");
        }
    }

    @Test
    void helpIsGeneratedFromTheConfigurationTable() {
        String help = ProfilerOptions.help();

        for (ConfigKey<?> key : ConfigTable.readBy(ConfigKey.Reader.CORE)) {
            String line = help.lines()
                    .filter(l -> l.startsWith("  " + key.optionName() + "=" + key.example() + " "))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no help line for " + key));
            assertThat(line).contains(key.help()).contains(key.unit());
            if (!key.defaultText().isEmpty()) {
                assertThat(line).endsWith("(default: " + key.defaultText() + ")");
            }
        }
        assertThat(help)
                .contains(
                        "cpu.tdp=65",
                        "CPU TDP per socket for the load model, W",
                        "pue=1.2",
                        "(default: the cloud provider's published PUE, else 1)");
    }

    @Test
    void emptyOptionsAreTheStandardConfiguration() throws ProfilerException {
        assertThat(ProfilerOptions.keys("")).isEmpty();
        assertThat(ProfilerOptions.parse("").scope()).isEqualTo(Scope.PROCESS);
    }
}
