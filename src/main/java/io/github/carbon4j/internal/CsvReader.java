package io.github.carbon4j.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The one reader of delimited text in carbon4j: the bundled data tables (comma- or tab-separated),
 * the report files (emissions.csv, steps files) and the data generators. Fields follow RFC 4180:
 * a field in double quotes may hold the separator, and {@code ""} inside one is a quote; a record
 * is one line (carbon4j never writes a line break inside a field). Lines end with LF or CRLF.
 * Stateless and thread-safe; not API.
 */
public final class CsvReader {

    /**
     * One record of a table.
     *
     * @param line its line number in the text, 1-based, for messages
     * @param fields its fields, unquoted
     */
    public record Record(int line, List<String> fields) {}

    private CsvReader() {}

    /**
     * Reads a text resource next to the class as UTF-8; a missing one is a packaging error.
     *
     * @param near the class whose package the resource is in
     * @param name the resource's name, relative to that package
     * @return the whole text
     * @throws IllegalStateException when the resource is missing
     * @throws java.io.UncheckedIOException when it cannot be read
     */
    public static String resource(Class<?> near, String name) {
        // One decoding of the whole file: a BufferedReader's lines() stream takes several times as
        // long in a JVM that has just started.
        return new String(resourceBytes(near, name), StandardCharsets.UTF_8);
    }

    /**
     * Reads a resource next to the class as bytes; a missing one is a packaging error.
     *
     * @param near the class whose package the resource is in
     * @param name the resource's name, relative to that package
     * @return the whole file
     * @throws IllegalStateException when the resource is missing
     * @throws java.io.UncheckedIOException when it cannot be read
     */
    public static byte[] resourceBytes(Class<?> near, String name) {
        try (InputStream in = near.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("carbon4j data file " + name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read carbon4j data file " + name, e);
        }
    }

    /**
     * {@return the text's lines without their line breaks (LF or CRLF); no empty last line for a final break}
     *
     * @param text the whole text
     */
    public static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (int from = 0, end; from < text.length(); from = end + 1) {
            end = text.indexOf('\n', from);
            end = end < 0 ? text.length() : end;
            lines.add(text.substring(from, end > from && text.charAt(end - 1) == '\r' ? end - 1 : end));
        }
        return lines;
    }

    /**
     * The records of a data table: blank lines and {@code #} comment lines are skipped.
     *
     * @param lines the table's lines, as from {@link #lines(String)}
     * @param separator the field separator, e.g. {@code ','} or {@code '\t'}
     * @return the records in order, each with its 1-based line number
     * @throws IllegalArgumentException naming the line of a malformed record
     */
    public static List<Record> records(List<String> lines, char separator) {
        List<Record> records = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            try {
                records.add(new Record(i + 1, split(line, separator)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return records;
    }

    /**
     * Splits one line (without its line break) into fields.
     *
     * @param line one line of text
     * @param separator the field separator, e.g. {@code ','} or {@code '\t'}
     * @return the fields, unquoted; one empty field for an empty line
     * @throws IllegalArgumentException for an unterminated quote or text after a closing quote
     */
    public static List<String> split(String line, char separator) {
        List<String> fields = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (true) {
            if (i < line.length() && line.charAt(i) == '"') {
                i = quoted(line, i + 1, sb);
                if (i < line.length() && line.charAt(i) != separator) {
                    throw new IllegalArgumentException("text after a closing quote at column " + (i + 1));
                }
            } else {
                int end = line.indexOf(separator, i);
                end = end < 0 ? line.length() : end;
                sb.append(line, i, end);
                i = end;
            }
            fields.add(sb.toString());
            sb.setLength(0);
            if (i >= line.length()) {
                return fields;
            }
            i++; // the separator
        }
    }

    /** Appends a quoted field's content from just after its opening quote; returns the index after its closing one. */
    private static int quoted(String line, int from, StringBuilder sb) {
        int i = from;
        while (true) {
            if (i >= line.length()) {
                throw new IllegalArgumentException("unterminated quoted field");
            }
            char c = line.charAt(i++);
            if (c != '"') {
                sb.append(c);
            } else if (i < line.length() && line.charAt(i) == '"') {
                sb.append('"');
                i++;
            } else {
                return i;
            }
        }
    }
}
