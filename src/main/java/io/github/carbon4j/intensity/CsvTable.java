package io.github.carbon4j.intensity;

import io.github.carbon4j.internal.CsvReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * One of the bundled data tables: '#' lines (source, year, licence) are skipped, the first other line
 * names the columns; read with the one {@link CsvReader}. A row's line is split into its cells when the
 * row is first read: a start reads the row of one country, and splitting the other two hundred cost it
 * more than anything else the table does. A line with the wrong number of cells fails where it is read
 * ({@code DataFileTests} reads every row of every bundled table). Immutable; a row is safe to read from
 * several threads (at worst two split it).
 */
final class CsvTable {

    private final String name;
    private final List<String> columns;
    private final Map<String, Integer> indexes = new HashMap<>();
    private final List<Row> rows = new ArrayList<>();

    private CsvTable(String name, List<String> columns) {
        this.name = name;
        this.columns = columns;
        for (int i = columns.size() - 1; i >= 0; i--) {
            indexes.put(columns.get(i), i);
        }
    }

    /** Reads a table next to this class; a missing or malformed file is a packaging error. */
    static CsvTable load(String resource) {
        return parse(resource, CsvReader.lines(CsvReader.resource(CsvTable.class, resource)));
    }

    static CsvTable parse(String name, List<String> lines) {
        int header = 0;
        while (header < lines.size()
                && (lines.get(header).isBlank() || lines.get(header).startsWith("#"))) {
            header++;
        }
        if (header == lines.size()) {
            throw new IllegalStateException(name + " has no header line");
        }
        CsvTable table = new CsvTable(name, List.copyOf(split(name, lines.get(header), header + 1)));
        for (int i = header + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.isBlank() && !line.startsWith("#")) {
                table.rows.add(table.new Row(line, i + 1));
            }
        }
        return table;
    }

    private static List<String> split(String name, String line, int number) {
        try {
            return CsvReader.split(line, ',');
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + ": line " + number + ": " + e.getMessage(), e);
        }
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    /** The name of the first column, the one {@link Row#first()} reads. */
    String firstColumn() {
        return columns.get(0);
    }

    /** One line of the table, read by column name. */
    final class Row {
        private final String line;
        private final int number;
        private String[] cells;

        private Row(String line, int number) {
            this.line = line;
            this.number = number;
        }

        /** The first cell, without splitting the line where it holds no quote: a key to find the row by. */
        String first() {
            int comma = line.indexOf(',');
            return line.startsWith("\"") || comma < 0
                    ? cells()[0].trim()
                    : line.substring(0, comma).trim();
        }

        private String[] cells() {
            String[] split = cells;
            if (split == null) {
                List<String> fields = split(name, line, number);
                if (fields.size() != columns.size()) {
                    throw new IllegalStateException(name + ": expected " + columns.size() + " fields in \"" + line
                            + "\" (line " + number + ")");
                }
                split = fields.toArray(new String[0]);
                cells = split;
            }
            return split;
        }

        String text(String column) {
            Integer i = indexes.get(column);
            if (i == null) {
                throw new IllegalStateException(name + " has no column " + column + " (columns: " + columns + ")");
            }
            return cells()[i].trim();
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
            return Arrays.toString(cells());
        }
    }
}
