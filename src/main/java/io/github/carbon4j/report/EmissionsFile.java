package io.github.carbon4j.report;

import io.github.carbon4j.internal.Notices;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Appends rows to a shared emissions.csv. As CodeCarbon does, a file with other columns is moved
 * aside to {@code emissions.csv.bak} and a new one started. Call under {@link SharedFiles#withLock}.
 */
final class EmissionsFile {

    private EmissionsFile() {}

    static void append(Path file, String row, Notices notices) throws IOException {
        if (Files.isRegularFile(file) && Files.size(file) > 0 && !hasOurHeader(file)) {
            Path backup = file.resolveSibling(file.getFileName() + ".bak");
            Files.move(file, backup, StandardCopyOption.REPLACE_EXISTING);
            notices.warn("report.emissions.bak." + file, file + " had other columns; moved it to " + backup);
        }
        SharedFiles.append(file, EmissionsCsv.HEADER, row, notices);
    }

    private static boolean hasOurHeader(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = reader.readLine();
            return (first + "\n").equals(EmissionsCsv.HEADER);
        }
    }
}
