package io.github.carbon4j.report;

import io.github.carbon4j.internal.Notices;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Streams the rows of a steps file, one at a time, so reading a file costs memory for one row.
 * A last line without its line break is a row a killed JVM was writing: it is left out. A torn row
 * inside the file (a prefix of a row that a full disk cut, followed by later rows) is skipped with a
 * notice naming file and line; any other malformed row is an error.
 */
final class StepReader {

    /** Receives the rows with their line numbers. */
    interface Sink {
        void row(long line, StepRow row);
    }

    private StepReader() {}

    /**
     * Hands every complete row of the file to the sink, in file order.
     *
     * @return how many torn rows were skipped
     * @throws ReportFormatException naming file and line for a foreign header or a malformed row
     * @throws UncheckedIOException when the file cannot be read
     */
    static long read(Path file, Sink sink, Notices notices) {
        try (Reader in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE))) {
            return read(file, in, sink, notices);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static long read(Path file, Reader in, Sink sink, Notices notices) throws IOException {
        char[] buffer = new char[8192];
        StringBuilder line = new StringBuilder(1024);
        long lineNumber = 0;
        long torn = 0;
        int columns = ReportNames.STEP_FILE_COLUMNS.size();
        int n;
        while ((n = in.read(buffer)) > 0) {
            for (int i = 0; i < n; i++) {
                char c = buffer[i];
                if (c != '\n') {
                    line.append(c);
                    continue;
                }
                lineNumber++;
                if (lineNumber == 1) {
                    if ((line + "\n").equals(StepCsv.HEADER_0_1)) {
                        columns = ReportNames.STEP_COLUMNS_0_1.size();
                    } else if (!(line + "\n").equals(StepCsv.HEADER)) {
                        throw new ReportFormatException(file, 1, "not a carbon4j steps file: expected the header "
                                + StepCsv.HEADER.trim());
                    }
                } else if (StepCsv.isTorn(line.toString(), columns)) {
                    torn++;
                    notices.warn("report.torn." + file + ":" + lineNumber, "skipped a torn row at " + file + ":"
                            + lineNumber + " (cut by a failed write)");
                } else {
                    sink.row(lineNumber, StepCsv.parse(file, lineNumber, line.toString(), columns));
                }
                line.setLength(0);
            }
        }
        return torn; // what is left in line had no line break: a row a killed JVM did not finish
    }
}
