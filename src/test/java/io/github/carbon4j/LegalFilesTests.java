package io.github.carbon4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The licence and the notice go into carbon4j-core's META-INF, and the notice names every bundled data
 * file: a table added without its attribution fails here. Read from this module's own classes
 * directory, which the jar is made of, since Jackson's jars on the class path carry a NOTICE too.
 */
class LegalFilesTests {

    private static Path classes() throws URISyntaxException {
        return Path.of(CarbonLogger.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
    }

    @Test
    void theApacheLicenceIsInMetaInf() throws Exception {
        String licence = Files.readString(classes().resolve("META-INF/LICENSE"));
        assertThat(licence)
                .contains("Apache License")
                .contains("Version 2.0, January 2004")
                .contains("END OF TERMS AND CONDITIONS");
    }

    @Test
    void theNoticeNamesEveryBundledDataFileAndTheLicencesOfItsSources() throws Exception {
        Path classes = classes();
        String notice = Files.readString(classes.resolve("META-INF/NOTICE"));
        List<String> dataFiles = dataFiles(classes);
        assertThat(dataFiles).contains("countries.csv", "cpu-tdp.tsv");
        for (String file : dataFiles) {
            assertThat(notice).as("NOTICE names " + file).contains(file);
        }
        assertThat(notice).contains("CC BY 4.0", "public domain", "MIT License", "Apache License, Version 2.0");
    }

    private static List<String> dataFiles(Path classes) throws IOException {
        try (Stream<Path> files = Stream.concat(
                Files.list(classes.resolve("io/github/carbon4j/intensity")),
                Files.list(classes.resolve("io/github/carbon4j/meter")))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".csv") || name.endsWith(".tsv"))
                    .sorted()
                    .toList();
        }
    }
}
