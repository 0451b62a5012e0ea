package io.github.carbon4j.jmh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.profile.ExternalProfiler;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.profile.Profiler;
import org.openjdk.jmh.profile.ProfilerException;
import org.openjdk.jmh.profile.ProfilerFactory;
import org.openjdk.jmh.runner.options.ProfilerConfig;

/** How JMH finds the profiler: by the short name {@code carbon}, by its full name, and through the service file. */
class ProfilerDiscoveryTests {

    @Test
    void shortNameResolvesToTheAliasClass() throws ProfilerException {
        Profiler profiler = ProfilerFactory.getProfilerOrException(new ProfilerConfig("carbon", "country=FRA"));
        // Internal for the per-iteration figures, external so that JMH asks it for the forks' JVM options.
        assertThat(profiler).isInstanceOf(InternalProfiler.class).isInstanceOf(ExternalProfiler.class);
        assertThat(profiler.getClass().getName()).isEqualTo("carbon");
        assertThat(((ExternalProfiler) profiler).addJVMOptions(CarbonProfilerTests.benchmark(Map.of(), "25")))
                .containsExactly("--enable-native-access=ALL-UNNAMED");
        assertThat(profiler.getDescription()).isEqualTo(new CarbonProfiler().getDescription());
    }

    @Test
    void fullNameResolvesToTheProfiler() throws ProfilerException {
        Profiler profiler = ProfilerFactory.getProfilerOrException(
                new ProfilerConfig(CarbonProfiler.class.getName(), "intensity=300"));
        assertThat(profiler).isInstanceOf(CarbonProfiler.class);
    }

    @Test
    void badOptionsFailThroughJmhNamingTheOption() {
        assertThatThrownBy(() -> ProfilerFactory.getProfilerOrException(new ProfilerConfig("carbon", "contry=FRA")))
                .isInstanceOf(ProfilerException.class)
                .hasMessageContaining("unknown option \"contry\"");
        assertThatThrownBy(() -> ProfilerFactory.getProfilerOrException(new ProfilerConfig("carbon", "help")))
                .isInstanceOf(ProfilerException.class)
                .hasMessageContaining("Usage: -prof 'carbon:");
    }

    @Test
    void serviceFileListsTheProfilerForDiscovery() {
        assertThat(ServiceLoader.load(Profiler.class).stream().map(ServiceLoader.Provider::type))
                .contains(CarbonProfiler.class);
        ByteArrayOutputStream listing = new ByteArrayOutputStream();
        ProfilerFactory.listProfilers(new PrintStream(listing, true, StandardCharsets.UTF_8));
        assertThat(listing.toString(StandardCharsets.UTF_8)).contains(CarbonProfiler.class.getName());
    }
}
