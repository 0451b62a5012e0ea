package io.github.carbon4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The house style's size habit for classes: no source file of the library, the extension, the profiler or
 * the samples holds more than 200 lines of code. Blank lines, comments, Javadoc, the package line and
 * imports are not code. Methods are held to 40 lines by Checkstyle in the same build.
 */
class SourceSizeTests {

    static final int MAX_CODE_LINES = 200;

    /**
     * The one file allowed more, and how much: {@code CarbonConfig} is 36 public accessors and the 28 setters
     * of its nested {@code Builder} (API, so the builder cannot move out), each a one-statement method that
     * the formatter writes on three lines; their bodies already delegate to package-private classes.
     */
    static final Map<String, Integer> ALLOWED = Map.of("src/main/java/io/github/carbon4j/CarbonConfig.java", 220);

    /** The module source roots, relative to the repository root. */
    static final List<String> ROOTS = List.of(
            "src/main/java", "extension/src/main/java", "jmh-integration/src/main/java", "samples/src/main/java");

    @Test
    void noClassIsOverTwoHundredLinesOfCode() throws IOException {
        Path repository = repositoryRoot();
        Map<String, Integer> over = new TreeMap<>();
        for (String root : ROOTS) {
            try (Stream<Path> files = Files.walk(repository.resolve(root))) {
                for (Path file :
                        files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    int lines = codeLines(Files.readAllLines(file));
                    String name = repository.relativize(file).toString();
                    if (lines > ALLOWED.getOrDefault(name, MAX_CODE_LINES)) {
                        over.put(name, lines);
                    }
                }
            }
        }
        assertThat(over)
                .as("files over %d lines of code; split them", MAX_CODE_LINES)
                .isEmpty();
    }

    @Test
    void countsCodeOnly() {
        List<String> source = List.of(
                "package a;",
                "",
                "import java.util.List;",
                "/**",
                " * Doc.",
                " */",
                "final class A { // why",
                "    /* note */",
                "    int x = 1; /* inline */",
                "    // alone",
                "}");
        assertThat(codeLines(source)).isEqualTo(3);
        assertThat(codeLines(List.of("/* a */ int x;", "int y; /*", "still comment", "*/ int z;")))
                .isEqualTo(3);
    }

    /** Lines holding code outside comments; package and import lines do not count. */
    static int codeLines(List<String> lines) {
        int count = 0;
        boolean inComment = false;
        for (String line : lines) {
            StringBuilder code = new StringBuilder();
            int i = 0;
            while (i < line.length()) {
                if (inComment) {
                    int end = line.indexOf("*/", i);
                    if (end < 0) {
                        i = line.length();
                    } else {
                        inComment = false;
                        i = end + 2;
                    }
                } else if (line.startsWith("/*", i)) {
                    inComment = true;
                    i += 2;
                } else if (line.startsWith("//", i)) {
                    i = line.length();
                } else {
                    code.append(line.charAt(i++));
                }
            }
            String text = code.toString().strip();
            if (!text.isEmpty() && !text.startsWith("package ") && !text.startsWith("import ")) {
                count++;
            }
        }
        return count;
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        assertThat(dir)
                .as("the repository root (holding mvnw) above the working directory")
                .isNotNull();
        return dir;
    }
}
