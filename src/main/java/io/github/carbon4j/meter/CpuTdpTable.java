package io.github.carbon4j.meter;

import io.github.carbon4j.Power;
import io.github.carbon4j.internal.CsvReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

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
 * <p>The table has about 5,000 rows and a JVM asks it about one CPU: rows are split into words only
 * when their text contains the words that could make them match, so that a starting JVM does not
 * spend a hundred milliseconds of interpreted code on rows it never needed.
 */
final class CpuTdpTable {

    static final String RESOURCE = "cpu-tdp.tsv";
    private static final Set<String> NOISE = Set.of("cpu", "processor");

    /** A matched table row. */
    record Match(String tableName, Power tdp) {}

    private record Row(String name, Power tdp) {}

    private final List<Row> rows = new ArrayList<>();

    private CpuTdpTable() {}

    private static final class Bundled {
        static final CpuTdpTable TABLE = parse(CsvReader.lines(CsvReader.resource(CpuTdpTable.class, RESOURCE)));
    }

    /** The table shipped in the jar, loaded once. */
    static CpuTdpTable bundled() {
        return Bundled.TABLE;
    }

    /**
     * Parses the table format: {@code #} comment lines, then {@code name<TAB>watts} rows.
     *
     * @throws IllegalArgumentException naming the line that is not such a row
     */
    static CpuTdpTable parse(List<String> lines) {
        CpuTdpTable table = new CpuTdpTable();
        for (CsvReader.Record record : CsvReader.records(lines, '\t')) {
            List<String> fields = record.fields();
            try {
                if (fields.size() != 2 || fields.get(0).isEmpty()) {
                    throw new IllegalArgumentException("not a name and a TDP");
                }
                table.add(fields.get(0), Power.ofWatts(Double.parseDouble(fields.get(1))));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "bad CPU TDP table line " + record.line() + ": \"" + lines.get(record.line() - 1) + "\"", e);
            }
        }
        return table;
    }

    private void add(String name, Power tdp) {
        // A bare model number never matches (see find): left out here already, by a scan cheaper than words().
        if (alphanumericRuns(name) >= 2) {
            rows.add(new Row(name, tdp));
        }
    }

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

    int size() {
        return rows.size();
    }

    /** The row for this model name, if the table knows it. */
    Optional<Match> find(String modelName) {
        List<String> words = words(modelName);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        Set<String> have = Set.copyOf(words);
        List<String> numbers = numbers(words);
        Row exact = null;
        Row best = null;
        int bestSize = 0;
        boolean ambiguous = false;
        for (Row row : rows) {
            List<String> rowWords = candidateWords(row, words, numbers);
            if (rowWords.size() < 2) {
                // A bare model number ("460", "1075T") names no vendor or family, so it matches other makers'
                // CPUs: "Intel Celeron CPU 460" (35 W) would take AMD's "460" (95 W). Every such row of the
                // bundled table has a twin with its full name ("AMD Athlon 460"), which matches instead.
                continue;
            }
            if (rowWords.equals(words)) {
                exact = exact == null ? row : exact;
            }
            if (!have.containsAll(rowWords) || !hasModelNumber(rowWords)) {
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

    /** The words of a model name that have a digit: its model numbers. */
    private static List<String> numbers(List<String> words) {
        List<String> numbers = new ArrayList<>();
        for (String word : words) {
            if (hasDigit(word)) {
                numbers.add(word);
            }
        }
        return numbers;
    }

    /** The row's words where its text could match the model's, else none: splitting every row costs a start. */
    private static List<String> candidateWords(Row row, List<String> words, List<String> numbers) {
        String text = row.name().toLowerCase(Locale.ROOT);
        // Exact: the row has all the model's words. By words: the row's model number is one of the model's.
        if (!containsAll(text, words) && !containsAny(text, numbers)) {
            return List.of();
        }
        return words(row.name());
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

    /** The comparable words of a CPU name: lower case, no trademarks, nothing from the clock speed on. */
    static List<String> words(String name) {
        String text = name.toLowerCase(Locale.ROOT)
                .replace("(r)", " ")
                .replace("(tm)", " ")
                .replace("®", " ")
                .replace("™", " ");
        int at = text.indexOf('@');
        if (at >= 0) {
            text = text.substring(0, at);
        }
        // The runs of [a-z0-9], found by hand: a regular expression costs a starting JVM its compiler.
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            boolean word = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                String w = text.substring(start, i);
                if (!NOISE.contains(w)) {
                    words.add(w);
                }
                start = -1;
            }
        }
        return words;
    }

    // A name without any digit ("Intel Celeron") names a family, not a model: too loose to match by words.
    private static boolean hasModelNumber(List<String> words) {
        for (String word : words) {
            if (hasDigit(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
