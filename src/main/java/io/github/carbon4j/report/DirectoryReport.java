package io.github.carbon4j.report;

import io.github.carbon4j.internal.Notices;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the files that cover every run: summary.json and report.html, each replaced at once. When a
 * run closes, its summary is merged into the directory's summary.json, so closing costs the size of
 * that summary (runs and contexts), never a reading of the directory's steps files.
 */
final class DirectoryReport {

    private DirectoryReport() {}

    static void write(Summary summary, Path directory) throws IOException {
        write(summary, directory, new Html(0));
    }

    /** As {@link #write(Summary, Path)}, the page with an extra section (the comparison with a baseline). */
    static void write(Summary summary, Path directory, Html section) throws IOException {
        write(summary, SummaryCopies.NONE, directory, section);
    }

    /** As {@link #write(Summary, Path, Html)}, the runs and contexts that {@code copies} holds copied from it. */
    private static void write(Summary summary, SummaryCopies copies, Path directory, Html section) throws IOException {
        Files.createDirectories(directory);
        SharedFiles.replace(directory.resolve(ReportNames.SUMMARY), Json.write(SummaryJson.of(summary, copies)));
        SharedFiles.replace(directory.resolve(ReportNames.HTML), HtmlReport.render(summary, section));
    }

    /**
     * A run that has not closed, with the runs the directory's summary holds (none when it is missing
     * or unreadable): the page as it would be if the run closed now.
     */
    static Summary withClosedRuns(Summary run, Path directory) {
        Path file = directory.resolve(ReportNames.SUMMARY);
        if (Files.isRegularFile(file)) {
            try {
                Summary existing = SummaryReader.read(file, ReportDirectory.readString(file), directory);
                if (holdsNone(existing, run)) {
                    return Summary.merge(List.of(existing, run));
                }
            } catch (ReportFormatException | java.io.UncheckedIOException e) {
                // the run alone, rather than no page
            }
        }
        return run;
    }

    /**
     * Adds a closed run to the directory's summary and page. Call under the directory's lock. The
     * directory's summary is rebuilt from the runs' summaries when it is missing, unreadable or
     * already holds the run.
     */
    static void add(Summary run, Path directory, Notices notices) throws IOException {
        Path file = directory.resolve(ReportNames.SUMMARY);
        Summary merged = null;
        SummaryCopies copies = SummaryCopies.NONE;
        if (Files.isRegularFile(file)) {
            try {
                String text = ReportDirectory.readString(file);
                JsonValue root = SummaryReader.tree(file, text);
                Summary existing = SummaryReader.read(file, root, directory);
                if (holdsNone(existing, run)) {
                    merged = Summary.merge(List.of(existing, run));
                    // What the merge left as it was is written again as it was read.
                    copies = SummaryCopies.of(existing, root, text);
                }
            } catch (ReportFormatException e) {
                // an older format or a damaged file: the runs' summaries have everything
            }
        }
        if (merged == null && holdsOnly(run, directory)) {
            merged = Summary.merge(List.of(run)); // the directory's first run: nothing to read back
        }
        if (merged == null) {
            merged = ReportDirectory.read(List.of(directory), notices);
        }
        write(merged, copies, directory, new Html(0));
    }

    /** Whether the existing summary holds none of the run's runs. Loops, not streams, here and below. */
    private static boolean holdsNone(Summary existing, Summary run) {
        for (RunEntry r : run.runs()) {
            if (existing.holds(r.runId())) {
                return false;
            }
        }
        return true;
    }

    /** Whether the directory's run summaries and unclosed runs are all of the summary's runs. */
    private static boolean holdsOnly(Summary run, Path directory) {
        java.util.Set<String> files = new java.util.HashSet<>();
        for (RunEntry r : run.runs()) {
            files.add(ReportNames.runSummaryFile(r.runId()));
        }
        if (!ReportDirectory.unclosed(directory).isEmpty()) {
            return false;
        }
        for (Path f : ReportDirectory.list(directory, ReportNames.RUN_SUMMARY_PREFIX, ReportNames.JSON_SUFFIX)) {
            if (!files.contains(f.getFileName().toString())) {
                return false;
            }
        }
        return true;
    }
}
