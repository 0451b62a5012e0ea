package io.github.carbon4j.report;

import java.nio.file.Path;

/** A report file that cannot be read; the message names the file and the line. */
final class ReportFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ReportFormatException(Path file, long line, String problem) {
        super(file + ":" + line + ": " + problem);
    }

    ReportFormatException(Path file, String problem) {
        super(file + ": " + problem);
    }
}
