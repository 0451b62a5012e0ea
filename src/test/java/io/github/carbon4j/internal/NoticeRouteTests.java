package io.github.carbon4j.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a JVM's notices go: the key first, else the logger only where the user routes logging. */
class NoticeRouteTests {

    private static final Function<String, Optional<String>> NONE = name -> Optional.empty();

    @TempDir
    Path temp;

    @Test
    void theKeyTakesItsThreeValuesInAnyCaseAndRejectsOthersNamingThem() {
        assertThat(List.of("auto", "LOGGER", " stderr "))
                .map(NoticeRoute::parse)
                .containsExactly(NoticeRoute.AUTO, NoticeRoute.LOGGER, NoticeRoute.STDERR);
        assertThatThrownBy(() -> NoticeRoute.configured(of(KeyNames.NOTICES, "syslog"), NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid carbon4j.notices \"syslog\" (system property): must be auto, logger or stderr");
        assertThatThrownBy(() -> NoticeRoute.configured(NONE, of("CARBON4J_NOTICES", "")))
                .hasMessage(
                        "invalid carbon4j.notices \"\" (environment variable CARBON4J_NOTICES): must be auto, logger or"
                                + " stderr");
    }

    @Test
    void theSystemPropertyWinsOverTheEnvironmentAndNeitherIsAuto() {
        assertThat(NoticeRoute.configured(of(KeyNames.NOTICES, "logger"), of("CARBON4J_NOTICES", "stderr")))
                .isEqualTo(NoticeRoute.LOGGER);
        assertThat(NoticeRoute.configured(NONE, of("CARBON4J_NOTICES", "stderr")))
                .isEqualTo(NoticeRoute.STDERR);
        assertThat(NoticeRoute.configured(NONE, NONE)).isEqualTo(NoticeRoute.AUTO);
    }

    @Test
    void aLoggerFinderServiceOnTheClassPathRoutesThem() throws IOException {
        try (URLClassLoader finder = loader(true);
                URLClassLoader plain = loader(false)) {
            assertThat(NoticeRoute.AUTO.resolve(NONE, List.of(finder))).isEqualTo(NoticeRoute.LOGGER);
            assertThat(NoticeRoute.AUTO.resolve(NONE, List.of(plain, finder)))
                    .as("the context loader's counts too")
                    .isEqualTo(NoticeRoute.LOGGER);
            assertThat(NoticeRoute.AUTO.resolve(NONE, List.of(plain))).isEqualTo(NoticeRoute.STDERR);
        }
    }

    @Test
    void eachJulConfigurationPropertyRoutesThem() throws IOException {
        try (URLClassLoader plain = loader(false)) {
            for (String property : NoticeRoute.JUL_PROPERTIES) {
                assertThat(NoticeRoute.AUTO.resolve(of(property, "x"), List.of(plain)))
                        .as(property)
                        .isEqualTo(NoticeRoute.LOGGER);
            }
            assertThat(NoticeRoute.AUTO.resolve(of("java.util.logging.other", "x"), List.of(plain)))
                    .isEqualTo(NoticeRoute.STDERR);
        }
    }

    @Test
    void anExplicitRouteIsKeptWhateverIsOnTheClassPath() throws IOException {
        try (URLClassLoader finder = loader(true);
                URLClassLoader plain = loader(false)) {
            assertThat(NoticeRoute.STDERR.resolve(of(NoticeRoute.JUL_PROPERTIES.get(0), "x"), List.of(finder)))
                    .isEqualTo(NoticeRoute.STDERR);
            assertThat(NoticeRoute.LOGGER.resolve(NONE, List.of(plain))).isEqualTo(NoticeRoute.LOGGER);
        }
    }

    /** A class loader of a directory alone (no parent's resources), with a LoggerFinder service or not. */
    private URLClassLoader loader(boolean withFinder) throws IOException {
        Path root = Files.createTempDirectory(temp, withFinder ? "finder" : "plain");
        if (withFinder) {
            Path service = root.resolve(NoticeRoute.FINDER_SERVICE);
            Files.createDirectories(service.getParent());
            Files.writeString(service, "org.example.SomeLoggerFinder\n");
        }
        return new URLClassLoader(new URL[] {root.toUri().toURL()}, null);
    }

    private static Function<String, Optional<String>> of(String name, String value) {
        Map<String, String> values = Map.of(name, value);
        return key -> Optional.ofNullable(values.get(key));
    }
}
