package io.github.carbon4j.nvml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.carbon4j.CarbonConfig;
import io.github.carbon4j.internal.Notices;
import java.io.File;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding the driver's library without loading anything, and loading JNA only where it is. */
class NvmlLibraryFileTests {

    @TempDir
    Path etc;

    private Optional<Path> find(String os, Map<String, String> env, Set<Path> files) {
        return NvmlLibraryFile.find(os, env::get, null, files::contains, etc);
    }

    private static Path linux(String directory) {
        return Path.of(directory, NvmlLibraryFile.LINUX_NAME);
    }

    @Test
    void onLinuxLdLibraryPathComesFirst() {
        Set<Path> files = Set.of(linux("/opt/b"), linux("/usr/lib/x86_64-linux-gnu"));
        assertThat(find("Linux", Map.of("LD_LIBRARY_PATH", "/opt/a::/opt/b"), files))
                .contains(linux("/opt/b"));
        assertThat(find("Linux", Map.of(), files)).contains(linux("/usr/lib/x86_64-linux-gnu"));
    }

    @Test
    void theUsualPlacesOfDistributionsContainersAndWslAreLookedAt() {
        for (String directory :
                new String[] {"/usr/lib64", "/usr/local/nvidia/lib64", "/usr/lib/wsl/lib", "/usr/lib/aarch64-linux-gnu"
                }) {
            assertThat(find("Linux", Map.of(), Set.of(linux(directory)))).contains(linux(directory));
        }
    }

    @Test
    void theDirectoriesOfLdSoConfAreLookedAt() throws Exception {
        Files.createDirectories(etc.resolve("ld.so.conf.d"));
        Files.writeString(etc.resolve("ld.so.conf"), "include /etc/ld.so.conf.d/*.conf\n/opt/first\n");
        Files.writeString(etc.resolve("ld.so.conf.d").resolve("nvidia.conf"), "# driver\n/usr/lib/nvidia-535\n");
        Files.writeString(etc.resolve("ld.so.conf.d").resolve("ignored.txt"), "/opt/ignored\n");
        assertThat(NvmlLibraryFile.ldSoConf(etc)).containsExactly("/opt/first", "/usr/lib/nvidia-535");
        assertThat(find("Linux", Map.of(), Set.of(linux("/usr/lib/nvidia-535"))))
                .contains(linux("/usr/lib/nvidia-535"));
        assertThat(NvmlLibraryFile.find("Linux", k -> null, "/opt/jna", Set.of(linux("/opt/jna"))::contains, etc))
                .as("jna.library.path")
                .contains(linux("/opt/jna"));
    }

    @Test
    void theFilesOfLdSoConfDAreReadInNameOrderAsLdconfigDoes() throws Exception {
        Files.createDirectories(etc.resolve("ld.so.conf.d"));
        List<String> names = List.of("x86_64-linux-gnu.conf", "00-cuda.conf", "nvidia.conf", "libc.conf", "50-a.conf");
        for (String name : names) {
            Files.writeString(etc.resolve("ld.so.conf.d").resolve(name), "/opt/" + name + "\n");
        }
        assertThat(NvmlLibraryFile.ldSoConf(etc))
                .containsExactly(
                        "/opt/00-cuda.conf",
                        "/opt/50-a.conf",
                        "/opt/libc.conf",
                        "/opt/nvidia.conf",
                        "/opt/x86_64-linux-gnu.conf");
    }

    @Test
    void onWindowsSystem32ThenNvsmi() {
        Path system32 = Path.of("C:\\Windows", "System32", NvmlLibraryFile.WINDOWS_NAME);
        Path nvsmi = Path.of("C:\\Program Files", "NVIDIA Corporation", "NVSMI", NvmlLibraryFile.WINDOWS_NAME);
        Map<String, String> env = Map.of("SystemRoot", "C:\\Windows", "ProgramFiles", "C:\\Program Files");
        assertThat(find("Windows 11", env, Set.of(system32, nvsmi))).contains(system32);
        assertThat(find("Windows 11", env, Set.of(nvsmi))).contains(nvsmi);
    }

    @Test
    void nowhereElse() {
        assertThat(find("Linux", Map.of(), Set.of())).isEmpty();
        assertThat(find("Mac OS X", Map.of(), Set.of(linux("/usr/lib")))).isEmpty();
    }

    // ---- JNA only where the library is ----

    /** Loads carbon4j and JNA afresh, recording every class asked for. */
    static final class RecordingLoader extends URLClassLoader {
        final Set<String> requested = ConcurrentHashMap.newKeySet();

        RecordingLoader() {
            super(classPath(), ClassLoader.getPlatformClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            requested.add(name);
            return super.loadClass(name, resolve);
        }

        private static URL[] classPath() {
            return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                    .map(entry -> {
                        try {
                            return Path.of(entry).toUri().toURL();
                        } catch (MalformedURLException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .toArray(URL[]::new);
        }
    }

    /** {@code NvmlMeters.detect(settings, notices, libraryFile)} inside the loader; closes the meter. */
    private static void detectIn(RecordingLoader loader, Supplier<Optional<Path>> libraryFile) throws Exception {
        Class<?> config = Class.forName(CarbonConfig.class.getName(), true, loader);
        Object builder = config.getMethod("builder").invoke(null);
        Object built = builder.getClass().getMethod("build").invoke(builder);
        Object settings = config.getMethod("gpuSettings").invoke(built);
        Class<?> notices = Class.forName(Notices.class.getName(), true, loader);
        Method detect = Class.forName(NvmlMeters.class.getName(), true, loader)
                .getDeclaredMethod("detect", settings.getClass(), notices, Supplier.class);
        detect.setAccessible(true);
        Object meter = detect.invoke(null, settings, notices.getConstructor().newInstance(), libraryFile);
        Class.forName("io.github.carbon4j.meter.EnergyMeter", true, loader)
                .getMethod("close")
                .invoke(meter);
    }

    @Test
    void withoutTheLibraryFileNoJnaClassIsEverLoaded() throws Exception {
        try (RecordingLoader loader = new RecordingLoader()) {
            detectIn(loader, Optional::empty);
            assertThat(loader.requested).contains(NvmlMeters.class.getName());
            assertThat(loader.requested)
                    .noneMatch(name -> name.startsWith("com.sun.jna"))
                    .doesNotContain(JnaNvml.class.getName());
        }
    }

    @Test
    void onThisMachineWithoutTheDriverTheRealDetectionLoadsNoJna() throws Exception {
        assumeTrue(NvmlLibraryFile.find().isEmpty(), "this machine has NVIDIA's driver");
        try (RecordingLoader loader = new RecordingLoader()) {
            Class<?> config = Class.forName(CarbonConfig.class.getName(), true, loader);
            Object builder = config.getMethod("builder").invoke(null);
            Object settings = config.getMethod("gpuSettings")
                    .invoke(builder.getClass().getMethod("build").invoke(builder));
            Class<?> notices = Class.forName(Notices.class.getName(), true, loader);
            Object meter = Class.forName(NvmlMeters.class.getName(), true, loader)
                    .getMethod("detect", settings.getClass(), notices)
                    .invoke(null, settings, notices.getConstructor().newInstance());
            Class.forName("io.github.carbon4j.meter.EnergyMeter", true, loader)
                    .getMethod("close")
                    .invoke(meter);
            assertThat(loader.requested).contains(NvmlLibraryFile.class.getName());
            assertThat(loader.requested).noneMatch(name -> name.startsWith("com.sun.jna"));
        }
    }

    @Test
    void withTheLibraryFileJnaIsLoaded(@TempDir Path dir) throws Exception {
        // The control: the same check sees JNA where a library file exists (here one that does not load).
        Path file = Files.writeString(dir.resolve(NvmlLibraryFile.LINUX_NAME), "not a shared object");
        try (RecordingLoader loader = new RecordingLoader()) {
            detectIn(loader, () -> Optional.of(file));
            assertThat(loader.requested).contains(JnaNvml.class.getName(), "com.sun.jna.Native");
        }
    }
}
