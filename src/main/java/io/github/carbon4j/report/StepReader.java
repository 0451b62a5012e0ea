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
 * A last line without its line break is a row a killed JVM was writing: it is left out, and so are
 * the NUL bytes after the last row, which a killed JVM leaves of the space it had reserved for
 * later rows ({@link StepFile}); NULs with text after them belong to a row. A torn row
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
        try (Reader in = new InputStreamReader(
                Files.newInputStream(file),
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE))) {
            return read(file, in, sink, notices);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static long read(Path file, Reader in, Sink sink, Notices notices) throws IOException {
        char[] buffer = new char[8192];
        Lines lines = new Lines(file, sink, notices);
        StringBuilder line = new StringBuilder(1024);
        long nuls = 0; // NUL chars not yet known to be inside a row: a mapped file's zero-filled tail
        int n;
        while ((n = in.read(buffer)) > 0) {
            for (int i = 0; i < n; i++) {
                char c = buffer[i];
                if (c == 0) {
                    nuls++;
                    continue;
                }
                for (; nuls > 0; nuls--) {
                    line.append('\0'); // followed by more text: a NUL a name holds
                }
                if (c != '\n') {
                    line.append(c);
                    continue;
                }
                lines.line(line);
                line.setLength(0);
            }
        }
        // What is left in line had no line break: a row a killed JVM did not finish, before the
        // zeros it had reserved for later rows.
        return lines.torn;
    }

    /** Hands complete lines on as rows, after checking the header, counting torn ones. */
    private static final class Lines {
        private final Path file;
        private final Sink sink;
        private long number;
        private long torn;
        private final Notices notices;
        private int columns = ReportNames.STEP_FILE_COLUMNS.size();

        Lines(Path file, Sink sink, Notices notices) {
            this.file = file;
            this.sink = sink;
            this.notices = notices;
        }

        void line(StringBuilder line) {
            number++;
            if (number == 1) {
                columns = columns(line + "\n");
            } else if (StepCsv.isTorn(line.toString(), columns)) {
                torn++;
                notices.warn(
                        "report.torn." + file + ":" + number,
                        "skipped a torn row at " + file + ":" + number + " (cut by a failed write)");
            } else {
                sink.row(number, StepCsv.parse(file, number, line.toString(), columns));
            }
        }

        private int columns(String header) {
            if (header.equals(StepCsv.HEADER)) {
                return ReportNames.STEP_FILE_COLUMNS.size();
            } else if (header.equals(StepCsv.HEADER_NAMED)) {
                return ReportNames.STEP_COLUMNS_NAMED.size();
            } else if (header.equals(StepCsv.HEADER_0_1)) {
                return ReportNames.STEP_COLUMNS_0_1.size();
            }
            throw new ReportFormatException(
                    file, 1, "not a carbon4j steps file: expected the header " + StepCsv.HEADER.trim());
        }
    }
}
