package io.github.carbon4j.intensity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * One of the bundled data tables: '#' lines (source, year, licence) are skipped, the first other line
 * names the columns, fields hold no commas (the generator checks). Immutable.
 */
final class CsvTable {

    private final String name;
    private final List<String> columns;
    private final Map<String, Integer> indexes = new HashMap<>();
    private final List<String[]> rows;

    private CsvTable(String name, List<String> columns, List<String[]> rows) {
        this.name = name;
        this.columns = columns;
        this.rows = rows;
        for (int i = columns.size() - 1; i >= 0; i--) {
            indexes.put(columns.get(i), i);
        }
    }

    /** Reads a table next to this class; a missing or malformed file is a packaging error. */
    static CsvTable load(String resource) {
        try (InputStream in = CsvTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("carbon4j data file " + resource + " is missing from the jar");
            }
            // One decoding of the whole file and a split by hand: a BufferedReader's lines() stream takes
            // several times as long in a JVM that has just started.
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> lines = new ArrayList<>();
            for (int from = 0, end; from < text.length(); from = end + 1) {
                end = text.indexOf('\n', from);
                end = end < 0 ? text.length() : end;
                lines.add(text.substring(from, end > from && text.charAt(end - 1) == '\r' ? end - 1 : end));
            }
            return parse(resource, lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read carbon4j data file " + resource, e);
        }
    }

    static CsvTable parse(String name, List<String> lines) {
        List<String> columns = null;
        List<String[]> rows = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (columns == null) {
                columns = List.of(cells);
            } else if (cells.length != columns.size()) {
                throw new IllegalStateException(name + ": expected " + columns.size() + " fields in \"" + line + "\"");
            } else {
                rows.add(cells);
            }
        }
        if (columns == null) {
            throw new IllegalStateException(name + " has no header line");
        }
        return new CsvTable(name, columns, List.copyOf(rows));
    }

    List<Row> rows() {
        List<Row> all = new ArrayList<>(rows.size());
        for (String[] cells : rows) {
            all.add(new Row(cells));
        }
        return all;
    }

    /** One line of the table, read by column name. */
    final class Row {
        private final String[] cells;

        private Row(String[] cells) {
            this.cells = cells;
        }

        String text(String column) {
            Integer i = indexes.get(column);
            if (i == null) {
                throw new IllegalStateException(name + " has no column " + column + " (columns: " + columns + ")");
            }
            return cells[i].trim();
        }

        /** The number in the column, empty when the cell is empty. */
        OptionalDouble number(String column) {
            String text = text(column);
            return text.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(text));
        }

        double numberOrZero(String column) {
            return number(column).orElse(0);
        }

        @Override
        public String toString() {
            return Arrays.toString(cells);
        }
    }
}
