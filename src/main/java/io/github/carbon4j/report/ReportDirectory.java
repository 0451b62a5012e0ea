package io.github.carbon4j.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the steps and run files of output directories. A last line without its line break is a step
 * that a killed JVM was writing: it is left out, everything before it is read.
 */
final class ReportDirectory {

    private ReportDirectory() {}

    /**
     * Reads and merges every run in the directories.
     *
     * @throws ReportFormatException naming the path (and line) when a directory is missing or a file
     *     is malformed
     * @throws UncheckedIOException when a file cannot be read
     */
    static ReportData read(List<Path> directories) {
        List<RunRecord> runs = new ArrayList<>();
        List<StepRow> rows = new ArrayList<>();
        for (Path directory : directories) {
            if (!Files.isDirectory(directory)) {
                throw new ReportFormatException(directory, "not a directory");
            }
            Set<String> known = new HashSet<>();
            for (Path file : list(directory, ReportNames.RUN_PREFIX, ReportNames.JSON_SUFFIX)) {
                RunRecord run = Json.readRun(file, readString(file), directory);
                if (known.add(run.run().runId())) {
                    runs.add(run);
                }
            }
            for (Path file : list(directory, ReportNames.STEPS_PREFIX, ReportNames.STEPS_SUFFIX)) {
                List<StepRow> fileRows = readSteps(file);
                for (StepRow row : fileRows) {
                    if (known.add(row.runId())) {
                        runs.add(RunRecord.fromStep(row, directory));
                    }
                }
                rows.addAll(fileRows);
            }
        }
        return new ReportData(runs, rows);
    }

    /** The complete rows of one steps file. */
    static List<StepRow> readSteps(Path file) {
        return parseSteps(file, readString(file));
    }

    static List<StepRow> parseSteps(Path file, String text) {
        List<StepRow> rows = new ArrayList<>();
        int lineStart = 0;
        long lineNumber = 0;
        while (true) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                return rows; // nothing, or a row a killed JVM did not finish
            }
            lineNumber++;
            String line = text.substring(lineStart, lineEnd);
            if (lineNumber == 1) {
                if (!(line + "\n").equals(StepCsv.HEADER)) {
                    throw new ReportFormatException(file, 1, "not a carbon4j steps file: expected the header "
                            + StepCsv.HEADER.trim());
                }
            } else {
                rows.add(StepCsv.parse(file, lineNumber, line));
            }
            lineStart = lineEnd + 1;
        }
    }

    private static List<Path> list(Path directory, String prefix, String suffix) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(p -> {
                String name = p.getFileName().toString();
                return name.startsWith(prefix) && name.endsWith(suffix) && Files.isRegularFile(p);
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }

    private static String readString(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
