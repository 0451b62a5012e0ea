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
 * names the columns; read with the one {@link CsvReader}. Immutable.
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
        return parse(resource, CsvReader.lines(CsvReader.resource(CsvTable.class, resource)));
    }

    static CsvTable parse(String name, List<String> lines) {
        List<CsvReader.Record> records;
        try {
            records = CsvReader.records(lines, ',');
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + ": " + e.getMessage(), e);
        }
        if (records.isEmpty()) {
            throw new IllegalStateException(name + " has no header line");
        }
        List<String> columns = records.get(0).fields();
        List<String[]> rows = new ArrayList<>(records.size());
        for (CsvReader.Record record : records.subList(1, records.size())) {
            if (record.fields().size() != columns.size()) {
                throw new IllegalStateException(name + ": expected " + columns.size() + " fields in \""
                        + lines.get(record.line() - 1) + "\" (line " + record.line() + ")");
            }
            rows.add(record.fields().toArray(new String[0]));
        }
        return new CsvTable(name, List.copyOf(columns), List.copyOf(rows));
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
