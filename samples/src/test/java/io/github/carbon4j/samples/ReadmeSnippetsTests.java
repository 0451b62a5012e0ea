package io.github.carbon4j.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The README's code examples are the tagged regions of the samples, which compile and run in every
 * build: this keeps the two from drifting apart.
 */
class ReadmeSnippetsTests {

    @ParameterizedTest
    @CsvSource({
        "logger, src/main/java/io/github/carbon4j/samples/CarbonDemo.java",
        "junit, src/test/java/io/github/carbon4j/samples/WordCountTests.java",
        "sci, src/test/java/io/github/carbon4j/samples/SciTests.java"
    })
    void readmeShowsTheTaggedRegionOfTheSample(String tag, String sample) throws IOException {
        String region = dedent(region(Files.readAllLines(Path.of(sample)), tag));
        String readme = Files.readString(Path.of("..", "README.md"));
        assertThat(region).isNotBlank();
        assertThat(readme)
                .as("README.md must show the %s region of %s", tag, sample)
                .contains(region);
    }

    private static List<String> region(List<String> lines, String tag) {
        int start = indexOf(lines, "tag::" + tag + "[]");
        int end = indexOf(lines, "end::" + tag + "[]");
        assertThat(start).as("tag::%s[]", tag).isNotNegative();
        assertThat(end).as("end::%s[]", tag).isGreaterThan(start);
        return lines.subList(start + 1, end);
    }

    private static int indexOf(List<String> lines, String marker) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(marker)) {
                return i;
            }
        }
        return -1;
    }

    private static String dedent(List<String> lines) {
        int indent = lines.stream()
                .filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length())
                .min()
                .orElse(0);
        return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).collect(Collectors.joining("\n"));
    }
}
