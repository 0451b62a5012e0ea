package io.github.carbon4j.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link StartWarmup}'s loading of its list, through a class loader of its own over this JVM's class path, so
 * that every class is defined afresh there: what the warmup thread does in a test JVM, checked here where the
 * classes it loads can be counted and looked at. (ForkLoadingTests checks the list against a real fork.)
 */
class StartWarmupTests {

    @Test
    void loadsAndLinksEveryListedClassThroughTheGivenLoader() throws Exception {
        List<String> listed;
        try (InputStream in = StartWarmup.class.getResourceAsStream(StartWarmup.CLASSES)) {
            assertThat(in).as("the list beside StartWarmup").isNotNull();
            listed = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
        }
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            urls.add(Path.of(entry).toUri().toURL());
        }
        try (URLClassLoader fresh =
                new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            assertThat(StartWarmup.load(fresh)).as("classes loaded and linked").isEqualTo(listed.size());
            for (String name : listed) {
                // Loaded again through the same loader, a class is the one the warmup defined: not loaded twice.
                assertThat(Class.forName(name, false, fresh).getClassLoader())
                        .as(name)
                        .isSameAs(fresh);
            }
        }
        assertThat(listed)
                .as("the list names carbon4j's classes")
                .isNotEmpty()
                .allMatch(name -> name.startsWith("io.github.carbon4j."));
    }
}
