package io.github.carbon4j.meter;

import io.github.carbon4j.Power;
import io.github.carbon4j.internal.CsvReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
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
 * <p>The table has about 5,000 rows and a JVM asks it about one CPU: it is kept as its text, and a
 * question parses only the rows whose names contain the model's numbers (or, without one, that consist of
 * exactly its words, found by its longest word), searching the lower-cased text, so that a starting JVM does not spend a hundred
 * milliseconds of interpreted code splitting and parsing rows it never needed.
 */
final class CpuTdpTable {

    static final String RESOURCE = "cpu-tdp.tsv";

    /** A matched table row. */
    record Match(String tableName, Power tdp) {}

    private record Row(String name, Power tdp) {}

    /** The table as UTF-8, as read. */
    private final byte[] utf8;

    /**
     * The same bytes with ASCII letters lowered, one character a byte: a model's words, which are lower-case
     * ASCII, are searched in it at the offsets of {@link #utf8}. The table's other characters (®, ™) lower to
     * no ASCII letter or digit, so this finds what lower-casing the decoded text would.
     */
    private final String lower;

    private CpuTdpTable(byte[] utf8) {
        this.utf8 = utf8;
        byte[] lowered = utf8.clone();
        for (int i = 0; i < lowered.length; i++) {
            if (lowered[i] >= 'A' && lowered[i] <= 'Z') {
                lowered[i] += 'a' - 'A';
            }
        }
        this.lower = new String(lowered, StandardCharsets.ISO_8859_1);
    }

    private static final class Bundled {
        static final CpuTdpTable TABLE = new CpuTdpTable(CsvReader.resourceBytes(CpuTdpTable.class, RESOURCE));
    }

    /** The table shipped in the jar, loaded once; its rows are checked by {@link #size()}. */
    static CpuTdpTable bundled() {
        return Bundled.TABLE;
    }

    /**
     * Parses the table format: {@code #} comment lines, then {@code name<TAB>watts} rows.
     *
     * @throws IllegalArgumentException naming the line that is not such a row
     */
    static CpuTdpTable parse(List<String> lines) {
        rows(lines);
        return new CpuTdpTable(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
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
        for (Row row : candidates(numbers.isEmpty() ? List.of(longest(words)) : numbers, words, numbers)) {
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
     * The rows, in table order, whose lower-cased names contain all the model's words (an exact match) or one
     * of its model numbers (a match by words); {@code keys} are words one of which each such name contains.
     */
    private List<Row> candidates(List<String> keys, List<String> words, List<String> numbers) {
        List<Row> rows = new ArrayList<>();
        for (int start : lineStarts(keys)) {
            String line = line(start);
            int tab = line.indexOf('\t');
            String name = (tab < 0 ? line : line.substring(0, tab)).toLowerCase(Locale.ROOT);
            if (!line.isBlank() && !line.startsWith("#") && wanted(name, words, numbers)) {
                Row row = lineRow(line);
                if (alphanumericRuns(row.name()) >= 2) {
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    /**
     * The start of each line that contains one of the keys as a whole word, in table order, each line once.
     * A row can only match through words it shares with the model, so a key inside a longer word ("64" in
     * "6400") needs no look: on a "64-Core" model that would parse hundreds of rows.
     */
    private SortedSet<Integer> lineStarts(List<String> keys) {
        SortedSet<Integer> starts = new TreeSet<>();
        for (String key : keys) {
            for (int hit = lower.indexOf(key); hit >= 0; hit = lower.indexOf(key, hit + 1)) {
                if (!wordCharAt(hit - 1) && !wordCharAt(hit + key.length())) {
                    starts.add(lower.lastIndexOf('\n', hit) + 1);
                }
            }
        }
        return starts;
    }

    /** Whether the lower-cased table has a word's character ({@code [a-z0-9]}, as {@link CpuNames}) there. */
    private boolean wordCharAt(int index) {
        if (index < 0 || index >= lower.length()) {
            return false;
        }
        char c = lower.charAt(index);
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    private String line(int start) {
        int end = lower.indexOf('\n', start);
        end = end < 0 ? lower.length() : end;
        end = end > start && lower.charAt(end - 1) == '\r' ? end - 1 : end;
        return new String(utf8, start, end - start, StandardCharsets.UTF_8);
    }

    private static Row lineRow(String line) {
        try {
            return row(CsvReader.split(line, '\t'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad CPU TDP table line \"" + line + "\"", e);
        }
    }

    /**
     * Whether a table name can match. Without a model number only a name of exactly the model's words can (a
     * match by words needs a model number both have), so only those rows are parsed: a virtual machine's
     * "AMD EPYC" would otherwise parse every AMD row.
     */
    private static boolean wanted(String name, List<String> words, List<String> numbers) {
        if (numbers.isEmpty()) {
            return containsAll(name, words) && CpuNames.words(name).equals(words);
        }
        return containsAll(name, words) || containsAny(name, numbers);
    }

    /** The longest of the words, the first of them on a tie: the rarest in the table, most likely. */
    private static String longest(List<String> words) {
        String longest = words.get(0);
        for (String word : words) {
            longest = word.length() > longest.length() ? word : longest;
        }
        return longest;
    }

    private static boolean containsAll(String text, List<String> words) {
        for (String word : words) {
            if (!text.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsAny(String text, List<String> words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
