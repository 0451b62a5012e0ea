package io.github.carbon4j.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one reader of delimited text: quoting, separators, comments and line numbers. */
class CsvReaderTests {

    @Test
    void quotedFieldsHoldTheSeparatorAndDoubledQuotes() {
        assertThat(CsvReader.split("a,\"b,c\",\"say \"\"hi\"\"\",", ',')).containsExactly("a", "b,c", "say \"hi\"", "");
        assertThat(CsvReader.split("", ',')).containsExactly("");
        assertThat(CsvReader.split("Xeon\t\"a\tb\"\t95", '\t')).containsExactly("Xeon", "a\tb", "95");
        // a comma is text in a tab-separated table
        assertThat(CsvReader.split("Acme, Inc.\t10", '\t')).containsExactly("Acme, Inc.", "10");
    }

    @Test
    void malformedQuotingIsNamed() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CsvReader.split("\"a\"b", ','))
                .withMessageContaining("text after a closing quote at column 4");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CsvReader.split("a,\"b", ','))
                .withMessageContaining("unterminated quoted field");
    }

    @Test
    void recordsSkipCommentsAndBlankLinesAndKeepLineNumbers() {
        List<CsvReader.Record> records =
                CsvReader.records(CsvReader.lines("# source\r\nname,watts\r\n\r\nX,1\nY,\"2\"\n"), ',');
        assertThat(records).extracting(CsvReader.Record::line).containsExactly(2, 4, 5);
        assertThat(records.get(2).fields()).containsExactly("Y", "2");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CsvReader.records(List.of("a,b", "# c", "\"x"), ','))
                .withMessageStartingWith("line 3: ");
    }

    @Test
    void linesSplitOnLfAndCrlfWithoutAnEmptyLastLine() {
        assertThat(CsvReader.lines("a\r\nb\nc")).containsExactly("a", "b", "c");
        assertThat(CsvReader.lines("a\n")).containsExactly("a");
        assertThat(CsvReader.lines("\r\n")).containsExactly("");
    }

    @Test
    void aMissingResourceIsAPackagingErrorNamingIt() {
        assertThatIllegalStateException()
                .isThrownBy(() -> CsvReader.resource(CsvReader.class, "nothing.csv"))
                .withMessageContaining("nothing.csv");
    }
}
