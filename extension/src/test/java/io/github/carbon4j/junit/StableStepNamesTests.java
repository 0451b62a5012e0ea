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
 * against a baseline compares the same test even when parallel runs number the steps differently.
 */
class StableStepNamesTests {

    @TempDir
    Path directory;

    @Test
    void parallelRunsNameEveryTestTheSameWay() throws IOException {
        Map<String, String> first = names(run(directory.resolve("first")));
        Map<String, String> second = names(run(directory.resolve("second")));

        String prefix = "[engine:junit-jupiter]/[class:" + NamedTestCases.class.getName() + "]/";
        assertThat(first.keySet()).hasSize(7).allSatisfy(name -> assertThat(name).startsWith(prefix))
                .contains(prefix + "[method:a()]", prefix + "[test-template:repeated()]/[test-template-invocation:#3]",
                        prefix + "[test-factory:dynamic()]/[dynamic-test:#2]");
        assertThat(second.keySet()).isEqualTo(first.keySet());
    }

    private static Path run(Path into) {
        CarbonTestKit.run(parallel(Map.of("carbon4j.reports", "true", "carbon4j.output-dir", into.toString())),
                NamedTestCases.class).testEvents().assertStatistics(s -> s.succeeded(7));
        return into;
    }

    /** The step.name of each row of the run's steps file, with the row's step number. */
    private static Map<String, String> names(Path directory) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(directory)) {
            files = list.filter(p -> p.getFileName().toString().startsWith("steps-")).toList();
        }
        assertThat(files).hasSize(1);
        List<String> lines = Files.readAllLines(files.get(0));
        assertThat(lines.get(0)).endsWith(",sci.g,step.name");
        // The fixture's ids hold no comma, so the name is the last field.
        return lines.subList(1, lines.size()).stream().collect(Collectors.toMap(
                line -> line.substring(line.lastIndexOf(',') + 1), line -> line.split(",")[4]));
    }

    @TrackCarbon
    static class NamedTestCases {
        @Test
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
