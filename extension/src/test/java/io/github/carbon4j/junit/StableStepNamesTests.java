package io.github.carbon4j.junit;

import static io.github.carbon4j.junit.CarbonTestKit.parallel;
import static io.github.carbon4j.junit.CarbonTestKit.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each test's step carries its unique id in the steps file's {@code step.name} column, so a check
 * against a baseline compares the same test even when parallel runs number the steps differently,
 * and its display name (after its parents' up to the class) in {@code step.display.name} for people.
 */
class StableStepNamesTests {

    @TempDir
    Path directory;

    @Test
    void parallelRunsNameEveryTestTheSameWay() throws IOException {
        Map<String, String> first = names(run(directory.resolve("first")));
        Map<String, String> second = names(run(directory.resolve("second")));

        String prefix = "[engine:junit-jupiter]/[class:" + NamedTestCases.class.getName() + "]/";
        assertThat(first.keySet())
                .hasSize(7)
                .allSatisfy(name -> assertThat(name).startsWith(prefix))
                .contains(
                        prefix + "[method:a()]",
                        prefix + "[test-template:repeated()]/[test-template-invocation:#3]",
                        prefix + "[test-factory:dynamic()]/[dynamic-test:#2]");
        assertThat(second.keySet()).isEqualTo(first.keySet());
        assertThat(displayNames(directory.resolve("first")))
                .containsOnly(
                        Map.entry(prefix + "[method:a()]", "first test"),
                        Map.entry(prefix + "[method:b()]", "b()"),
                        Map.entry(
                                prefix + "[test-template:repeated()]/[test-template-invocation:#1]",
                                "repeated() repetition 1 of 3"),
                        Map.entry(
                                prefix + "[test-template:repeated()]/[test-template-invocation:#2]",
                                "repeated() repetition 2 of 3"),
                        Map.entry(
                                prefix + "[test-template:repeated()]/[test-template-invocation:#3]",
                                "repeated() repetition 3 of 3"),
                        Map.entry(prefix + "[test-factory:dynamic()]/[dynamic-test:#1]", "dynamic() d0"),
                        Map.entry(prefix + "[test-factory:dynamic()]/[dynamic-test:#2]", "dynamic() d1"));
    }

    private static Path run(Path into) {
        CarbonTestKit.run(
                        parallel(Map.of("carbon4j.reports", "true", "carbon4j.output-dir", into.toString())),
                        NamedTestCases.class)
                .testEvents()
                .assertStatistics(s -> s.succeeded(7));
        return into;
    }

    /** The step.name of each row of the run's steps file, with the row's step number. */
    private static Map<String, String> names(Path directory) throws IOException {
        return rows(directory).collect(Collectors.toMap(f -> f[f.length - 2], f -> f[4]));
    }

    /** The step.display.name of each row of the run's steps file, by step.name. */
    private static Map<String, String> displayNames(Path directory) throws IOException {
        return rows(directory).collect(Collectors.toMap(f -> f[f.length - 2], f -> f[f.length - 1]));
    }

    private static Stream<String[]> rows(Path directory) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(directory)) {
            files = list.filter(p -> p.getFileName().toString().startsWith("steps-"))
                    .toList();
        }
        assertThat(files).hasSize(1);
        List<String> lines = Files.readAllLines(files.get(0));
        assertThat(lines.get(0)).endsWith(",sci.g,step.name,step.display.name");
        // The fixture's ids and display names hold no comma, so they are the last two fields.
        return lines.subList(1, lines.size()).stream().map(line -> line.split(",", -1));
    }

    @TrackCarbon
    static class NamedTestCases {
        @Test
        @org.junit.jupiter.api.DisplayName("first test")
        void a() {}

        @Test
        void b() {}

        @RepeatedTest(3)
        void repeated() {}

        @TestFactory
        Stream<DynamicTest> dynamic() {
            return IntStream.range(0, 2).mapToObj(i -> DynamicTest.dynamicTest("d" + i, () -> {}));
        }
    }
}
