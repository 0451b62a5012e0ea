package io.github.carbon4j.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which forks get {@code --enable-native-access=ALL-UNNAMED}: Java 24 and newer, unless already decided. */
class ForkJvmOptionsTests {

    @ParameterizedTest
    @CsvSource({"25.0.1, 25", "24, 24", "26-ea, 26", "17.0.15, 17", "21.0.4+7-LTS, 21", "1.8.0_402, 8", "11, 11"})
    void readsTheFeatureReleaseOfJavaVersion(String version, int feature) {
        assertThat(ForkJvmOptions.feature(version)).hasValue(feature);
    }

    @Test
    void anUnreadableVersionHasNoFeature() {
        assertThat(ForkJvmOptions.feature("")).isEmpty();
        assertThat(ForkJvmOptions.feature("unknown")).isEmpty();
        assertThat(ForkJvmOptions.feature("99999999999.0")).isEmpty();
    }

    @Test
    void forksOnJava24AndNewerGetNativeAccess() {
        assertThat(ForkJvmOptions.of("24.0.2", List.of())).containsExactly("--enable-native-access=ALL-UNNAMED");
        assertThat(ForkJvmOptions.of("25.0.1", List.of("-Xmx1g")))
                .containsExactly("--enable-native-access=ALL-UNNAMED");
    }

    @Test
    void olderOrUnknownForksGetNothingSinceTheFlagCouldStopThem() {
        assertThat(ForkJvmOptions.of("23.0.1", List.of())).isEmpty();
        assertThat(ForkJvmOptions.of("21.0.4", List.of())).isEmpty();
        assertThat(ForkJvmOptions.of("17", List.of())).isEmpty();
        assertThat(ForkJvmOptions.of("1.8.0_402", List.of())).isEmpty();
        assertThat(ForkJvmOptions.of("", List.of())).isEmpty();
    }

    @Test
    void theBenchmarksOwnNativeAccessSettingWins() {
        assertThat(ForkJvmOptions.of("25", List.of("--enable-native-access=com.sun.jna")))
                .isEmpty();
        assertThat(ForkJvmOptions.of("25", List.of("--enable-native-access", "ALL-UNNAMED")))
                .isEmpty();
        assertThat(ForkJvmOptions.of("25", List.of("--illegal-native-access=deny")))
                .isEmpty();
    }
}
