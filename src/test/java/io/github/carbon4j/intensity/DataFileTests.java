package io.github.carbon4j.intensity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DataFileTests {

    @ParameterizedTest
    @ValueSource(
            strings = {"countries.csv", "us-states.csv", "canada-provinces.csv", "nordic-zones.csv", "gcp-regions.csv"})
    void everyGeneratedTableNamesSourceYearAndLicence(String file) throws IOException {
        String header = header(file);

        assertThat(header)
                .contains("Source:")
                .containsPattern("20[0-9][0-9]")
                .contains("MIT licence")
                .contains("Copyright (c) 2019 Mila")
                .contains("tools/generate-intensity-data.py");
    }

    @Test
    void ourWorldInDataIsCreditedUnderCcBy() throws IOException {
        assertThat(header("countries.csv")).contains("Our World in Data", "Ember", "Energy Institute", "CC BY 4.0");
        assertThat(header("THIRD-PARTY-NOTICES.txt")).contains("Permission is hereby granted", "CC BY 4.0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"aws-regions.csv", "azure-regions.csv"})
    void everyCloudRegionNamesAKnownCountryAndGrid(String file) {
        List<CsvTable.Row> rows = CsvTable.load(file).rows();
        String provider = file.startsWith("aws") ? "aws" : "azure";

        assertThat(rows).hasSizeGreaterThan(30);
        rows.forEach(row -> assertThat(CarbonIntensities.cloud(provider, row.text("region"))
                        .intensity()
                        .gramsPerKilowattHour())
                .as(row.toString())
                .isPositive());
    }

    @Test
    void malformedTablesAreRejected() {
        assertThatThrownBy(() -> CsvTable.parse("t.csv", List.of("# only comments")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("t.csv has no header line");
        // A row is split when it is read: its line fails then, naming the table and the line.
        CsvTable.Row wrong = CsvTable.parse("t.csv", List.of("# c", "a,b", "1,2", "1,2,3"))
                .rows()
                .get(1);
        assertThatThrownBy(() -> wrong.text("a"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("t.csv: expected 2 fields in \"1,2,3\" (line 4)");
        assertThatThrownBy(() -> CsvTable.parse("t.csv", List.of("a,b", "\"1,2"))
                        .rows()
                        .get(0)
                        .first())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("t.csv: line 2");
        CsvTable.Row quoted = CsvTable.parse("t.csv", List.of("a,b", "\"x, y\",2", " k ,3"))
                .rows()
                .get(0);
        assertThat(quoted.first()).isEqualTo("x, y");
        assertThat(CsvTable.parse("t.csv", List.of("a,b", " k ,3"))
                        .rows()
                        .get(0)
                        .first())
                .isEqualTo("k");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "countries.csv",
                "aws-regions.csv",
                "azure-regions.csv",
                "gcp-regions.csv",
                "us-states.csv",
                "canada-provinces.csv",
                "nordic-zones.csv"
            })
    void everyRowOfEveryBundledTableHasItsColumns(String file) {
        // Rows are split when read: a start reads few, so a malformed line is found here, not by users.
        List<CsvTable.Row> rows = CsvTable.load(file).rows();
        assertThat(rows).isNotEmpty();
        for (CsvTable.Row row : rows) {
            assertThat(row.toString()).as(file).startsWith("[");
            assertThat(row.first()).as(row.toString()).isNotEmpty();
        }
    }

    @Test
    void editDistanceCountsInsertionsDeletionsAndSubstitutions() {
        assertThat(Suggestions.distance("frnace", "france")).isEqualTo(2);
        assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
    }

    private static String header(String file) throws IOException {
        try (InputStream in = CsvTable.class.getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> l.startsWith("#") || file.endsWith(".txt"))
                    .reduce("", (a, b) -> a + b + "\n");
        }
    }
}
