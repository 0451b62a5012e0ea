package io.github.carbon4j.report;

import io.github.carbon4j.internal.CsvReader;
import java.util.List;

/**
 * RFC 4180 fields on one line each. Line breaks inside a value become spaces: a row is always one
 * line, which is what makes an appended file safe to read after a crash. Reading goes through the
 * one {@link CsvReader}. Pure functions.
 */
final class Csv {

    private Csv() {}

    static String line(List<String> fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            append(sb, fields.get(i));
        }
        return sb.append('\n').toString();
    }

    static String field(String value) {
        return append(new StringBuilder(value.length() + 2), value).toString();
    }

    /**
     * Appends the value as one field, quoted only when it must be; no copies for a plain value. A
     * text that a spreadsheet would run as a formula (starting with {@code = + - @}, tab or carriage
     * return, OWASP's rule) gets a leading apostrophe, which {@link #split} removes again; numbers
     * such as {@code -3} stay numbers.
     */
    static StringBuilder append(StringBuilder sb, String value) {
        if (formulaLike(value)) {
            value = "'" + value;
        }
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"';
        }
        if (!quote && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return sb.append(value);
        }
        String flat = value.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
        return quote ? sb.append('"').append(flat.replace("\"", "\"\"")).append('"') : sb.append(flat);
    }

    /** Starts like a formula (after any apostrophes already protecting it) and is not a number. */
    static boolean formulaLike(String value) {
        int i = 0;
        while (i < value.length() && value.charAt(i) == '\'') {
            i++;
        }
        if (i >= value.length() || "=+-@\t\r".indexOf(value.charAt(i)) < 0) {
            return false;
        }
        if (i > 0) {
            return true;
        }
        try {
            Double.parseDouble(value);
            return false;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /**
     * Splits one line (without its line break) into fields, removing the apostrophe that
     * {@link #append} put before a formula-like text.
     *
     * @throws IllegalArgumentException for an unterminated quote or text after a closing quote
     */
    static List<String> split(String line) {
        List<String> fields = CsvReader.split(line, ',');
        for (int i = 0; i < fields.size(); i++) {
            String field = fields.get(i);
            if (field.startsWith("'") && formulaLike(field.substring(1))) {
                fields.set(i, field.substring(1));
            }
        }
        return fields;
    }
}
