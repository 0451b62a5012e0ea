package io.github.carbon4j.meter;

import io.github.carbon4j.Power;
import io.github.carbon4j.internal.CsvReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * CPU model name to thermal design power, from the bundled {@code cpu-tdp.tsv} (generated from
 * CodeCarbon's {@code cpu_power.csv}, attribution in the file). Immutable and thread-safe.
 *
 * <p>Names are compared as sets of lower-case words, without trademarks, clock speed and the words
 * "cpu" and "processor", so {@code Intel(R) Xeon(R) Gold 6248 CPU @ 2.50GHz} finds
 * {@code Intel Xeon Gold 6248}. Failing an exact match, the longest table name whose words all occur
 * in the model name wins, if no other name of that length with another TDP also does. Rows of a
 * single word, a bare model number such as {@code 460}, never match.
 *
 * <p>The table has about 5,000 rows and a JVM asks it about one CPU, so it is kept as its text, its rows
 * sorted by their {@linkplain CpuNames#key key}: a row can only match a model that has its key among its
 * words, so a question reads the few rows of each of the model's numbers (or, without one, of its key),
 * found by binary search. A starting JVM then interprets no loop over the whole table.
 */
final class CpuTdpTable {

    static final String RESOURCE = "cpu-tdp.tsv";

    /** A matched table row. */
    record Match(String tableName, Power tdp) {}

    /** A row, in name order: the order in which rows of different keys are tried. */
    private record Row(String name, Power tdp) implements Comparable<Row> {
        @Override
        public int compareTo(Row other) {
            return name.compareTo(other.name);
        }
    }

    /** The table as UTF-8, as read, its rows in key order after the comment lines. */
    private final byte[] utf8;

    /** The same bytes, one character each, to find line ends in. */
    private final String text;

    /** Where the first row starts, after the comment lines. */
    private final int rowsStart;

    private CpuTdpTable(byte[] utf8) {
        this.utf8 = utf8;
        this.text = new String(utf8, StandardCharsets.ISO_8859_1);
        int start = 0;
        while (start < text.length() && (text.charAt(start) == '#' || text.charAt(start) == '\n')) {
            start = nextLine(start + 1);
        }
        this.rowsStart = start;
    }

    private static final class Bundled {
        static final CpuTdpTable TABLE = new CpuTdpTable(CsvReader.resourceBytes(CpuTdpTable.class, RESOURCE));
    }

    /** The table shipped in the jar, loaded once; its rows are checked by {@link #size()}. */
    static CpuTdpTable bundled() {
        return Bundled.TABLE;
    }

    /**
     * Parses the table format: {@code #} comment lines, then {@code name<TAB>watts} rows, in any order.
     *
     * @throws IllegalArgumentException naming the line that is not such a row
     */
    static CpuTdpTable parse(List<String> lines) {
        rows(lines);
        List<String> sorted = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        for (String line : lines) {
            (line.startsWith("#") || line.isBlank() ? sorted : rows).add(line);
        }
        rows.sort(CpuTdpTable::byKey);
        sorted.addAll(rows);
        return new CpuTdpTable(String.join("\n", sorted).getBytes(StandardCharsets.UTF_8));
    }

    /** The order of the table's rows: by key, then by name (the generator's order, checked by the tests). */
    static int byKey(String line, String other) {
        int keys = key(line).compareTo(key(other));
        return keys != 0 ? keys : line.compareTo(other);
    }

    /** The key of a row's line. */
    private static String key(String line) {
        int tab = line.indexOf('\t');
        return CpuNames.key(CpuNames.words(tab < 0 ? line : line.substring(0, tab)));
    }

    /** The rows of these lines that can match, every line checked. */
    private static List<Row> rows(List<String> lines) {
        List<Row> rows = new ArrayList<>();
        for (CsvReader.Record record : CsvReader.records(lines, '\t')) {
            try {
                Row row = row(record.fields());
                if (alphanumericRuns(row.name()) >= 2) {
                    rows.add(row);
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "bad CPU TDP table line " + record.line() + ": \"" + lines.get(record.line() - 1) + "\"", e);
            }
        }
        return rows;
    }

    private static Row row(List<String> fields) {
        if (fields.size() != 2 || fields.get(0).isEmpty()) {
            throw new IllegalArgumentException("not a name and a TDP");
        }
        return new Row(fields.get(0), Power.ofWatts(Double.parseDouble(fields.get(1))));
    }

    // A bare model number never matches (see find): left out already, by a scan cheaper than words().
    private static int alphanumericRuns(String name) {
        int runs = 0;
        boolean inRun = false;
        for (int i = 0; i < name.length(); i++) {
            boolean alphanumeric = Character.isLetterOrDigit(name.charAt(i));
            runs += alphanumeric && !inRun ? 1 : 0;
            inRun = alphanumeric;
        }
        return runs;
    }

    /** The number of rows that can match; parses and checks every line. */
    int size() {
        return rows(CsvReader.lines(new String(utf8, StandardCharsets.UTF_8))).size();
    }

    /** The row for this model name, if the table knows it. */
    Optional<Match> find(String modelName) {
        List<String> words = CpuNames.words(modelName);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        Set<String> have = Set.copyOf(words);
        List<String> numbers = CpuNames.numbers(words);
        Row exact = null;
        Row best = null;
        int bestSize = 0;
        boolean ambiguous = false;
        for (Row row : candidates(numbers.isEmpty() ? List.of(CpuNames.key(words)) : numbers)) {
            List<String> rowWords = CpuNames.words(row.name());
            if (rowWords.size() < 2) {
                // A bare model number ("460", "1075T") names no vendor or family, so it matches other makers'
                // CPUs: "Intel Celeron CPU 460" (35 W) would take AMD's "460" (95 W). Every such row of the
                // bundled table has a twin with its full name ("AMD Athlon 460"), which matches instead.
                continue;
            }
            if (rowWords.equals(words)) {
                exact = exact == null ? row : exact;
            }
            if (!have.containsAll(rowWords) || !CpuNames.hasModelNumber(rowWords)) {
                continue;
            }
            if (best == null || rowWords.size() > bestSize) {
                best = row;
                bestSize = rowWords.size();
                ambiguous = false;
            } else if (rowWords.size() == bestSize && !row.tdp().equals(best.tdp())) {
                ambiguous = true;
            }
        }
        if (exact != null) {
            return Optional.of(new Match(exact.name(), exact.tdp()));
        }
        return best == null || ambiguous ? Optional.empty() : Optional.of(new Match(best.name(), best.tdp()));
    }

    /**
     * The rows whose key is one of these, in name order (which of two equally good rows with the same TDP
     * names the match). A row matches only a model that has all its words, its key among them: an exact match
     * has the model's key, a match by words one of the model's numbers.
     */
    private List<Row> candidates(List<String> keys) {
        List<Row> rows = new ArrayList<>();
        for (String key : new TreeSet<>(keys)) {
            for (int start = firstAtLeast(key); start < text.length(); start = nextLine(start + 1)) {
                String line = line(start);
                if (!key(line).equals(key)) {
                    break;
                }
                Row row = lineRow(line);
                if (alphanumericRuns(row.name()) >= 2) {
                    rows.add(row);
                }
            }
        }
        rows.sort(null);
        return rows;
    }

    /** The start of the first row whose key is not less than this one (the end of the table if none is). */
    private int firstAtLeast(String key) {
        int low = rowsStart;
        int high = text.length();
        while (low < high) {
            int middle = nextLine((low + high) >>> 1);
            middle = middle >= high ? low : middle;
            if (key(line(middle)).compareTo(key) < 0) {
                low = nextLine(middle + 1);
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The start of the first line that starts at this offset or after it (the end of the table if none). */
    private int nextLine(int offset) {
        if (offset <= 0 || text.charAt(offset - 1) == '\n') {
            return Math.max(offset, 0);
        }
        int end = text.indexOf('\n', offset);
        return end < 0 ? text.length() : end + 1;
    }

    private String line(int start) {
        int end = text.indexOf('\n', start);
        end = end < 0 ? text.length() : end;
        end = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
        return new String(utf8, start, end - start, StandardCharsets.UTF_8);
    }

    private static Row lineRow(String line) {
        try {
            return row(CsvReader.split(line, '\t'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad CPU TDP table line \"" + line + "\"", e);
        }
    }
}
