package io.github.carbon4j.report;

import io.github.carbon4j.internal.Notices;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads output directories as summaries: a closed run from its {@code summary-<run>.json}, a run
 * that never closed (killed, or still running) from its steps file, streamed, with its totals
 * summed from the logged steps. A run found in several directories (a directory merged twice, or a
 * copy) counts once.
 */
final class ReportDirectory {

    private ReportDirectory() {}

    /** A run that has a steps file but no run summary. */
    record Unclosed(Path stepsFile, String runId) {}

    /**
     * Reads and merges every run in the directories, in the order given.
     *
     * @throws ReportFormatException naming the path (and line) when a directory is missing or a file
     *     is malformed or holds values no run can have
     * @throws UncheckedIOException when a file cannot be read
     */
    static Summary read(List<Path> directories, Notices notices) {
        List<Summary> summaries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Path directory : directories) {
            if (!Files.isDirectory(directory)) {
                throw new ReportFormatException(directory, "not a directory");
            }
            for (Path file : list(directory, ReportNames.RUN_SUMMARY_PREFIX, ReportNames.JSON_SUFFIX)) {
                JsonValue root = SummaryReader.tree(file, readString(file));
                Summary s;
                if (SummaryReader.isFirstFormat(root)) {
                    // Written before run summaries could be merged: the steps file has what is needed.
                    String name = file.getFileName().toString();
                    String runId = name.substring(
                            ReportNames.RUN_SUMMARY_PREFIX.length(), name.length() - ReportNames.JSON_SUFFIX.length());
                    Path steps = directory.resolve(ReportNames.stepsFile(runId));
                    if (!Files.isRegularFile(steps)) {
                        throw new ReportFormatException(
                                file, "a summary of carbon4j 0.1 without its steps file " + steps);
                    }
                    s = fromSteps(directory, new Unclosed(steps, runId), false, notices);
                } else {
                    s = SummaryReader.read(file, root, directory);
                }
                if (addNew(s, seen)) {
                    summaries.add(s);
                }
            }
            for (Unclosed unclosed : unclosed(directory)) {
                if (seen.add(unclosed.runId())) {
                    summaries.add(fromSteps(directory, unclosed, notices));
                }
            }
        }
        return Summary.merge(summaries);
    }

    /** The runs of the directory with a steps file and no run summary. */
    static List<Unclosed> unclosed(Path directory) {
        List<Unclosed> result = new ArrayList<>();
        for (Path file : list(directory, ReportNames.STEPS_PREFIX, ReportNames.STEPS_SUFFIX)) {
            String name = file.getFileName().toString();
            String runId = name.substring(
                    ReportNames.STEPS_PREFIX.length(), name.length() - ReportNames.STEPS_SUFFIX.length());
            if (!Files.exists(directory.resolve(ReportNames.runSummaryFile(runId)))) {
                result.add(new Unclosed(file, runId));
            }
        }
        return result;
    }

    /**
     * The summary of a run that never closed, from its steps file and its run file when there is
     * one; its totals are the sums of its steps, from its start to its last step.
     */
    static Summary fromSteps(Path directory, Unclosed run, Notices notices) {
        return fromSteps(directory, run, true, notices);
    }

    private static Summary fromSteps(Path directory, Unclosed run, boolean killed, Notices notices) {
        Path runFile = directory.resolve(ReportNames.runFile(run.runId()));
        RunRecord known =
                Files.isRegularFile(runFile) ? JsonTree.readRun(runFile, readString(runFile), directory) : null;
        RunAccumulator accumulator = new RunAccumulator();
        RunRecord[] first = {known};
        StepReader.read(
                run.stepsFile(),
                (line, row) -> {
                    if (!row.runId().equals(run.runId())) {
                        throw new ReportFormatException(
                                run.stepsFile(),
                                line,
                                "a row of run " + row.runId() + " in the steps file of run " + run.runId());
                    }
                    accumulator.add(row);
                    if (!accumulator.totals().finite()) {
                        throw new ReportFormatException(
                                run.stepsFile(),
                                line,
                                "the run's sums overflow with this row: its" + " figures cannot be real");
                    }
                    if (first[0] == null) {
                        first[0] = RunRecord.fromStep(row, directory);
                    }
                },
                notices);
        if (first[0] == null) {
            return Summary.EMPTY; // a header and nothing else: no step, no run file, nothing to report
        }
        RunRecord record = first[0];
        Instant end = accumulator.lastEnd(record.run().start());
        double seconds = java.time.Duration.between(record.run().start(), end).toNanos() / 1e9;
        return accumulator.summary(record, end, accumulator.totals().summedFromSteps(seconds), 0, killed);
    }

    /** Whether none of the summary's runs was seen: then they are, now. Loops, not streams, here and below. */
    private static boolean addNew(Summary s, Set<String> seen) {
        for (RunEntry r : s.runs()) {
            if (seen.contains(r.runId())) {
                return false;
            }
        }
        for (RunEntry r : s.runs()) {
            seen.add(r.runId());
        }
        return true;
    }

    static List<Path> list(Path directory, String prefix, String suffix) {
        List<Path> listed = new ArrayList<>();
        for (String name : names(directory)) {
            if (name.startsWith(prefix) && name.endsWith(suffix)) {
                Path file = directory.resolve(name);
                if (Files.isRegularFile(file)) {
                    listed.add(file);
                }
            }
        }
        Collections.sort(listed);
        return List.copyOf(listed);
    }

    /**
     * The names in the directory: {@link java.io.File}'s, in one call, since a {@code DirectoryStream} is a dozen JDK
     * classes (and their locks) that a closing JVM would load for this alone; a directory stream's where File cannot
     * list the directory (another file system) or fails to read it, where the stream gives the reason.
     */
    private static List<String> names(Path directory) {
        String[] names = null;
        try {
            names = directory.toFile().list();
        } catch (UnsupportedOperationException e) {
            // not the default file system: the stream below lists it
        }
        if (names != null) {
            return Arrays.asList(names);
        }
        List<String> streamed = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
            for (Path p : files) {
                streamed.add(p.getFileName().toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        } catch (DirectoryIteratorException e) {
            throw new UncheckedIOException("cannot list " + directory, e.getCause());
        }
        return streamed;
    }

    static String readString(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
