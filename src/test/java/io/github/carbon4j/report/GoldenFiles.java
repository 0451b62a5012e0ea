package io.github.carbon4j.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares text with a golden file under {@code src/test/resources/io/github/carbon4j/report/golden}.
 * Run with {@code -Dcarbon4j.golden.update=true} to rewrite them after an intended change, and review
 * the diff.
 */
final class GoldenFiles {

    private static final Path SOURCE = Path.of("test", "resources", "io", "github", "carbon4j", "report", "golden");

    private GoldenFiles() {}

    static void assertMatches(String name, String actual) throws IOException {
        if (Boolean.getBoolean("carbon4j.golden.update")) {
            Files.createDirectories(SOURCE);
            Files.writeString(SOURCE.resolve(name), actual, StandardCharsets.UTF_8);
            return;
        }
        try (InputStream in = GoldenFiles.class.getResourceAsStream("golden/" + name)) {
            assertThat(in)
                    .as("golden file %s (create it with -Dcarbon4j.golden.update=true)", name)
                    .isNotNull();
            String expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(actual).as("output compared with golden/%s", name).isEqualTo(expected);
        }
    }
}
