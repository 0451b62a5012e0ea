package io.github.carbon4j.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportDirectoryTests {

    @TempDir
    Path directory;

    /** Steps files among others: two runs', in name order, but not a directory that is named like one. */
    private static List<String> fill(Path directory) throws IOException {
        Files.writeString(directory.resolve("steps-b.csv"), "b");
        Files.writeString(directory.resolve("steps-a.csv"), "a");
        Files.writeString(directory.resolve("steps-c.json"), "{}");
        Files.writeString(directory.resolve("run-a.json"), "{}");
        Files.createDirectory(directory.resolve("steps-d.csv"));
        return List.of("steps-a.csv", "steps-b.csv");
    }

    private static List<String> names(List<Path> files) {
        return files.stream().map(f -> f.getFileName().toString()).toList();
    }

    @Test
    void listsTheRegularFilesOfAPrefixAndSuffixInNameOrder() throws IOException {
        List<String> expected = fill(directory);
        List<Path> listed = ReportDirectory.list(directory, ReportNames.STEPS_PREFIX, ReportNames.STEPS_SUFFIX);
        assertThat(names(listed)).isEqualTo(expected);
        assertThat(listed).allSatisfy(f -> assertThat(f.getParent()).isEqualTo(directory));
    }

    @Test
    void listsADirectoryOfAnotherFileSystemAlike() throws IOException {
        // java.io.File cannot stand for a path in a zip file: the listing takes the directory stream there.
        URI zip = URI.create("jar:" + directory.resolve("reports.zip").toUri());
        try (FileSystem zipped = FileSystems.newFileSystem(zip, Map.of("create", "true"))) {
            Path inside = Files.createDirectory(zipped.getPath("/reports"));
            List<String> expected = fill(inside);
            assertThat(names(ReportDirectory.list(inside, ReportNames.STEPS_PREFIX, ReportNames.STEPS_SUFFIX)))
                    .isEqualTo(expected);
        }
    }

    @Test
    void aMissingDirectoryIsAnErrorThatNamesIt() {
        Path missing = directory.resolve("missing");
        assertThatThrownBy(() -> ReportDirectory.list(missing, ReportNames.STEPS_PREFIX, ReportNames.STEPS_SUFFIX))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(missing.toString());
    }
}
