package io.github.carbon4j.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the files that cover every run: summary.json and report.html, each replaced at once. */
final class DirectoryReport {

    private DirectoryReport() {}

    static void write(ReportData data, Path directory) throws IOException {
        Files.createDirectories(directory);
        SharedFiles.replace(directory.resolve(ReportNames.SUMMARY), Json.write(SummaryJson.of(data)));
        SharedFiles.replace(directory.resolve(ReportNames.HTML), HtmlReport.render(data));
    }
}
