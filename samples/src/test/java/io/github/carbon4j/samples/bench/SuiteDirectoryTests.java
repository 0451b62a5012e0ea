package io.github.carbon4j.samples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The directory {@code SuiteDirectory} fills holds its runs and contexts, each context with every run's steps. */
class SuiteDirectoryTests {

    @TempDir
    Path directory;

    @Test
    void theDirectoryHoldsEveryRunAndContext() throws IOException {
        SuiteDirectory.main(new String[] {directory.toString(), "3", "4", "5"});

        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files.filter(f -> f.getFileName().toString().matches("summary-.+\\.json")))
                    .hasSize(3);
        }
        String summary = Files.readString(directory.resolve("summary.json"));
        assertThat(summary).contains("\"runCount\" : 3");
        // Each of the 4 contexts has 3 runs of 5 steps; no other count in the summary is 15.
        assertThat(summary.split("\"count\" : 15,", -1)).hasSize(4 + 1);
        for (int c = 0; c < 4; c++) {
            assertThat(summary).contains("\"name\" : \"org.example.suite.Class" + c + "Test\"");
        }
    }
}
