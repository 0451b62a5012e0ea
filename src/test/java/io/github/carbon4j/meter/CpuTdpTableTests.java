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
    void noCharacterOfTheBundledTableLowersToAnAsciiLetterOrDigit() throws Exception {
        // Model names are searched in the table with only its ASCII letters lowered: right as long as no other
        // character lowers to one of the [a-z0-9] that words are made of (a Kelvin sign would, to "k").
        String text;
        try (var in = CpuTdpTable.class.getResourceAsStream(CpuTdpTable.RESOURCE)) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        StringBuilder others = new StringBuilder();
        text.chars().filter(c -> c > 127).distinct().forEach(others::appendCodePoint);
        assertThat(others.toString()).isNotEmpty();
        assertThat(others.toString().toLowerCase(java.util.Locale.ROOT)).doesNotContainPattern("[a-z0-9]");
        CpuTdpTable table = CpuTdpTable.parse(List.of("# test", "Acme® X1 Pro\t20", "ACME X2 PRO\t30"));
        assertThat(table.find("Acme X1 Pro")).contains(new CpuTdpTable.Match("Acme® X1 Pro", Power.ofWatts(20)));
        assertThat(table.find("Acme(R) X2 Pro CPU @ 2GHz").map(CpuTdpTable.Match::tdp))
                .contains(Power.ofWatts(30));
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
        // Rows are only split into words when their text could match: that filter must never drop a row
        // that does. Every 25th row, to keep the test short, and every row without a model number (those are
        // searched by their longest word and filtered by their exact words).
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
            if (i % 25 != 0 && name.chars().anyMatch(Character::isDigit)) {
                continue;
            }
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
