package io.github.carbon4j.meter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.carbon4j.Power;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CpuTdpTableTests {

    private final CpuTdpTable bundled = CpuTdpTable.bundled();

    @Test
    void theBundledTableHasCodeCarbonsRowsWithoutTheZeroAndTheBareModelNumbers() {
        // 4902 rows with a TDP, of which 74 name a bare model number ("460"), which never match.
        assertThat(bundled.size()).isEqualTo(4828);
    }

    @Test
    void aBareModelNumberNeverMatchesACpuName() {
        // The row "460" (AMD, 95 W) took the Intel Celeron 460 (35 W).
        assertThat(bundled.find("Intel Celeron CPU 460")).isEmpty();
        assertThat(bundled.find("Intel(R) Pentium(R) 4 CPU 631")).isEmpty();
        assertThat(bundled.find("460")).isEmpty();
        // The full names of those rows still match.
        assertThat(bundled.find("AMD Athlon(tm) II X3 460 Processor"))
                .contains(new CpuTdpTable.Match("AMD Athlon II X3 460", Power.ofWatts(95)));
        assertThat(bundled.find("AMD Phenom(tm) II X6 1075T Processor").map(CpuTdpTable.Match::tdp))
                .contains(Power.ofWatts(125));
        assertThat(bundled.find("Intel(R) Core(TM) i7 CPU 965 @ 3.20GHz").map(CpuTdpTable.Match::tableName))
                .contains("Intel Core i7-965");
    }

    @Test
    void noOneWordRowOfTheBundledTableMatchesAnyName() throws Exception {
        List<String> bare;
        try (var in = CpuTdpTable.class.getResourceAsStream(CpuTdpTable.RESOURCE)) {
            bare = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.startsWith("#") && !line.isBlank())
                    .map(line -> line.substring(0, line.indexOf('\t')))
                    .filter(name -> CpuNames.words(name).size() == 1)
                    .toList();
        }
        assertThat(bare).hasSize(74).contains("460", "1075T", "6140", "N640");
        for (String name : bare) {
            for (String cpu : new String[] {name, "Intel(R) Celeron(R) CPU " + name, "Acme " + name + " Processor"}) {
                assertThat(bundled.find(cpu).map(CpuTdpTable.Match::tableName))
                        .as(cpu)
                        .isNotEqualTo(Optional.of(name));
            }
        }
    }

    @Test
    void aOneWordRowIsNotAModel() {
        CpuTdpTable table = CpuTdpTable.parse(List.of("460\t95", "Acme X 460\t10"));
        assertThat(table.size()).isEqualTo(1);
        assertThat(table.find("460")).isEmpty();
        assertThat(table.find("Other 460")).isEmpty();
        assertThat(table.find("Acme X 460 Pro").map(CpuTdpTable.Match::tdp)).contains(Power.ofWatts(10));
    }

    @Test
    void findsBrandStringsAsTheOsReportsThem() {
        assertThat(bundled.find("Intel(R) Xeon(R) Gold 6248 CPU @ 2.50GHz"))
                .contains(new CpuTdpTable.Match("Intel Xeon Gold 6248", Power.ofWatts(150)));
        assertThat(bundled.find("Intel(R) Core(TM) i7-8700 CPU @ 3.20GHz").map(CpuTdpTable.Match::tableName))
                .contains("Intel Core i7-8700");
        assertThat(bundled.find("AMD Ryzen 7 5800X 8-Core Processor").map(CpuTdpTable.Match::tableName))
                .contains("AMD Ryzen 7 5800X");
        assertThat(bundled.find("AMD Ryzen 7 5800H with Radeon Graphics").map(CpuTdpTable.Match::tableName))
                .contains("AMD Ryzen 7 5800H");
    }

    @Test
    void doesNotTakeANeighbouringModel() {
        assertThat(bundled.find("Intel(R) Xeon(R) Gold 6248R CPU @ 3.00GHz").map(CpuTdpTable.Match::tdp))
                .contains(Power.ofWatts(205));
        assertThat(bundled.find("Intel(R) Xeon(R) Gold 6249 CPU @ 2.50GHz")).isEmpty();
    }

    @Test
    void aFamilyAloneIsNotAModel() {
        assertThat(bundled.find("AMD EPYC")).isEmpty();
        assertThat(bundled.find("Intel(R) Celeron(R)")).isEmpty();
        assertThat(bundled.find("")).isEmpty();
    }

    @Test
    void aModelNumberIsFoundAsAWordWhereverItStandsInARowAndNotInsideALongerOne() {
        // Rows are looked at where the model's numbers stand as whole words: at the start of a line, after a
        // hyphen, before the tab, after a trademark; a row with "6400" or "x64" can never match a "64".
        CpuTdpTable table = CpuTdpTable.parse(
                List.of("# test", "64 Acme\t10", "Acme Z-64\t20", "Acme(R) 64X\t30", "Acme 6400 X64\t40"));
        assertThat(table.find("Acme 64").map(CpuTdpTable.Match::tdp)).contains(Power.ofWatts(10));
        assertThat(table.find("Acme Z 64-Core").map(CpuTdpTable.Match::tdp)).contains(Power.ofWatts(20));
        assertThat(table.find("ACME 64X").map(CpuTdpTable.Match::tdp)).contains(Power.ofWatts(30));
        assertThat(table.find("Acme 6400 X64 64").map(CpuTdpTable.Match::tdp)).contains(Power.ofWatts(40));
        assertThat(bundled.find("AMD EPYC 7763 64-Core Processor"))
                .contains(new CpuTdpTable.Match("AMD EPYC 7763", Power.ofWatts(280)));
    }

    @Test
    void theMalformedRangesOfOldCeleronsKeepTheirUpperEnd() {
        assertThat(bundled.find("Intel Celeron 1000A").map(CpuTdpTable.Match::tdp))
                .contains(Power.ofWatts(29.5));
    }

    @Test
    void twoEquallyGoodRowsWithDifferentTdpsAreNoMatch() {
        CpuTdpTable table = CpuTdpTable.parse(List.of("# test", "Acme X1\t10", "Acme Z1\t20", "Acme X1 Z1 Pro\t30"));
        assertThat(table.find("Acme X1 Z1")).isEmpty();
        assertThat(table.find("Acme X1 Z1 Pro Max").map(CpuTdpTable.Match::tdp)).contains(Power.ofWatts(30));
        assertThat(table.find("acme x1").map(CpuTdpTable.Match::tdp)).contains(Power.ofWatts(10));
    }

    @Test
    void wordsLeaveOutTrademarksClockAndNoise() {
        assertThat(CpuNames.words("Intel(R) Xeon(R) Gold 6248 CPU @ 2.50GHz"))
                .containsExactly("intel", "xeon", "gold", "6248");
        assertThat(CpuNames.words("AMD Ryzen™ 9 7950X 16-Core Processor"))
                .containsExactly("amd", "ryzen", "9", "7950x", "16", "core");
    }

    @Test
    void trademarksAndCaseDoNotMatter() {
        CpuTdpTable table = CpuTdpTable.parse(List.of("# test", "Acme® X1 Pro\t20", "ACME X2 PRO\t30"));
        assertThat(table.find("Acme X1 Pro")).contains(new CpuTdpTable.Match("Acme® X1 Pro", Power.ofWatts(20)));
        assertThat(table.find("Acme(R) X2 Pro CPU @ 2GHz").map(CpuTdpTable.Match::tdp))
                .contains(Power.ofWatts(30));
    }

    @Test
    void theBundledRowsAreInKeyOrderWhichTheLookupsBinarySearchRelyOn() throws Exception {
        List<String> rows = bundledRows();
        List<String> sorted = new java.util.ArrayList<>(rows);
        sorted.sort(CpuTdpTable::byKey);
        assertThat(rows).isEqualTo(sorted);
        assertThat(CpuNames.key(CpuNames.words("Intel Core i7-8700K"))).isEqualTo("8700k");
        assertThat(CpuNames.key(CpuNames.words("AMD EPYC"))).isEqualTo("epyc");
        assertThat(CpuNames.key(CpuNames.words("Intel Atom"))).isEqualTo("intel");
        assertThat(CpuNames.key(List.of())).isEmpty();
    }

    @Test
    void findsWhatAScanOfEveryRowFinds() throws Exception {
        // The binary search over keys against the rule applied, in name order, to every row whose rarest word
        // the model has (a row matches only a model that has all its words): on every name of the table, as
        // the OS would report it, with more words and with its last word left out.
        List<String[]> rows = new java.util.ArrayList<>();
        for (String line : bundledRows()) {
            String[] cells = line.split("\t");
            rows.add(new String[] {cells[0], cells[1], String.join(" ", CpuNames.words(cells[0]))});
        }
        rows.sort(java.util.Comparator.comparing((String[] row) -> row[0]));
        java.util.Map<String, Integer> frequency = new java.util.HashMap<>();
        rows.forEach(row -> List.of(row[2].split(" ")).forEach(word -> frequency.merge(word, 1, Integer::sum)));
        java.util.Map<String, List<Integer>> byWord = new java.util.HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            String rarest = java.util.Arrays.stream(rows.get(i)[2].split(" "))
                    .min(java.util.Comparator.comparing(frequency::get))
                    .orElseThrow();
            byWord.computeIfAbsent(rarest, w -> new java.util.ArrayList<>()).add(i);
        }
        int matched = 0;
        for (String[] row : rows) {
            List<String> words = CpuNames.words(row[0]);
            String shorter = String.join(" ", words.subList(0, Math.max(0, words.size() - 1)));
            for (String cpu :
                    new String[] {row[0], "Intel(R) " + row[0] + " CPU @ 2.50GHz", row[0] + " 8-Core Processor", shorter
                    }) {
                java.util.SortedSet<Integer> sharing = new java.util.TreeSet<>();
                CpuNames.words(cpu).forEach(word -> sharing.addAll(byWord.getOrDefault(word, List.of())));
                Optional<CpuTdpTable.Match> expected =
                        scan(sharing.stream().map(rows::get).toList(), cpu);
                assertThat(bundled.find(cpu)).as(cpu).isEqualTo(expected);
                matched += expected.isPresent() ? 1 : 0;
            }
        }
        assertThat(matched).as("names that match").isGreaterThan(rows.size() * 2);
    }

    /** The matching rule, applied to every row (name, watts, words) in turn. */
    private static Optional<CpuTdpTable.Match> scan(List<String[]> rows, String cpu) {
        List<String> words = CpuNames.words(cpu);
        java.util.Set<String> have = java.util.Set.copyOf(words);
        String[] exact = null;
        String[] best = null;
        boolean ambiguous = false;
        for (String[] row : rows) {
            List<String> rowWords = row[2].isEmpty() ? List.of() : List.of(row[2].split(" "));
            if (rowWords.size() < 2 || words.isEmpty()) {
                continue;
            }
            exact = exact == null && rowWords.equals(words) ? row : exact;
            if (!have.containsAll(rowWords) || !CpuNames.hasModelNumber(rowWords)) {
                continue;
            }
            int size = best == null ? -1 : best[2].split(" ").length;
            if (rowWords.size() > size) {
                best = row;
                ambiguous = false;
            } else if (rowWords.size() == size && Double.parseDouble(row[1]) != Double.parseDouble(best[1])) {
                ambiguous = true;
            }
        }
        String[] found = exact != null ? exact : ambiguous ? null : best;
        return Optional.ofNullable(found)
                .map(row -> new CpuTdpTable.Match(row[0], Power.ofWatts(Double.parseDouble(row[1]))));
    }

    private static List<String> bundledRows() throws java.io.IOException {
        try (var in = CpuTdpTable.class.getResourceAsStream(CpuTdpTable.RESOURCE)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.startsWith("#") && !line.isBlank())
                    .toList();
        }
    }

    @Test
    void aBadLineIsReportedWithItsNumber() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CpuTdpTable.parse(List.of("# header", "Acme X1\tmany")))
                .withMessageContaining("line 2")
                .withMessageContaining("Acme X1");
        assertThatIllegalArgumentException().isThrownBy(() -> CpuTdpTable.parse(List.of("Acme X1 10")));
    }

    @Test
    void rowsOfTheBundledTableFindThemselves() throws Exception {
        // Rows are only read when their key could match: that must never pass over a row that does.
        List<String> lines;
        try (java.io.InputStream in = CpuTdpTable.class.getResourceAsStream(CpuTdpTable.RESOURCE)) {
            lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.startsWith("#") && !line.isBlank())
                    .toList();
        }
        CpuTdpTable bundled = CpuTdpTable.bundled();
        for (int i = 0; i < lines.size(); i++) {
            String name = lines.get(i).substring(0, lines.get(i).indexOf('\t'));
            if (CpuNames.words(name).size() < 2) {
                continue; // a bare model number, which never matches
            }
            assertThat(bundled.find(name))
                    .as(name)
                    .hasValueSatisfying(match ->
                            assertThat(CpuNames.words(match.tableName())).isEqualTo(CpuNames.words(name)));
        }
    }
}
