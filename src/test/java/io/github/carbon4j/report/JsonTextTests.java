package io.github.carbon4j.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import org.junit.jupiter.api.Test;

/** The reports' JSON reader reads what databind's tree reads, and refuses what it refuses. */
class JsonTextTests {

    @Test
    void readsValuesAsDatabindsTreeDoes() throws Exception {
        for (String json : new String[] {
            "{\"a\" : 1, \"b\" : [ 1.5, -0.25e3, 1E+2, 12345678901234567890, -0 ], \"c\" : { } }",
            "[ \"tab\\t\", \"quote\\\" slash\\/ back\\\\\", \"\\u00e9\\u20ac\", \"é €\", \"\\ud83d\\ude00\" ]",
            "{\"t\" : true, \"f\" : false, \"n\" : null, \"empty\" : [ ], \"nested\" : [ [ { \"x\" : [ 0 ] } ] ] }",
            "  {\"dup\" : 1, \"dup\" : 2}  ",
            "{\"a\" : 1} trailing text is not read",
            "3.0",
            "\"text\"",
            "\t\r\n[ -0.0, 0e0, 1E-7, \"\\u0000\\u001f\\/\", \"\\ud83d\" ]",
            "{\"a\":{\"b\":{\"c\":[]}},\"d\":[{},[]]}}"
        }) {
            assertThat(render(JsonText.parse(json))).as(json).isEqualTo(render(ReportTestCases.MAPPER.readTree(json)));
        }
        assertThat(JsonText.parse("").path("format").asText()).isEmpty();
        assertThat(JsonText.parse(" \n").isObject()).isFalse();
    }

    @Test
    void numbersReadAsTextAsDatabindWritesThem() throws Exception {
        for (String number : new String[] {"-1", "0", "1.50", "1e2", "-3.25E-1", "12345678901234567890"}) {
            JsonNode node = ReportTestCases.MAPPER.readTree(number);
            JsonValue value = JsonText.parse(number);
            assertThat(value.asText()).as(number).isEqualTo(node.asText());
            assertThat(value.toString()).as(number).isEqualTo(node.toString());
            assertThat(value.asDouble()).as(number).isEqualTo(node.asDouble());
        }
    }

    @Test
    void refusesWhatIsNotJsonNamingWhere() {
        for (String json : new String[] {
            "{",
            "{\"a\" 1}",
            "{\"a\" : 1,}",
            "[1 2]",
            "{a : 1}",
            "[01]",
            "[+1]",
            "[.5]",
            "[1.]",
            "[NaN]",
            "[tru]",
            "[\"a\nb\"]",
            "[\"\\x\"]",
            "[\"\\u12\"]",
            "[\"open",
            "{\"a\" : 1 // comment\n}",
            "['single']",
            "-",
            "[1e]",
            "[1e+]",
            "[1,]",
            "[,1]",
            "{\"a\" : }",
            "{\"a\" : 1 \"b\" : 2}",
            "[\"\\u12g4\"]",
            "[1.5.3]",
            "[-01]",
            "truex",
            "null1",
            "false_",
            "[\"\\u\uff21\uff22\u0031\u0032\"]", // nor are full-width letters
            "[\"\\",
            "[".repeat(1001) + "]".repeat(1001)
        }) {
            assertThatIllegalArgumentException().as(json).isThrownBy(() -> JsonText.parse(json));
            assertThatThrownBy(() -> ReportTestCases.MAPPER.readTree(json))
                    .as(json)
                    .isNotNull();
        }
        // JSON's hex digits are ASCII. jackson-core reads any char by its low byte here (U+0661, an Arabic-Indic
        // one, as 'a'), so only this reader refuses it.
        assertThatIllegalArgumentException().isThrownBy(() -> JsonText.parse("[\"\\u\u0661\u0662\u0663\u0664\"]"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> JsonText.parse("{\"a\" : [1, 2}"))
                .withMessageStartingWith("not JSON at line 1, column 13: Unexpected close marker '}'");
    }

    /** Type and content, the same for both trees. */
    private static String render(JsonValue v) {
        StringBuilder sb = new StringBuilder();
        if (v.isObject() || v.isArray()) {
            sb.append(v.isObject() ? "{" : "[").append(v.size()).append(':');
            for (JsonValue item : v) {
                sb.append(render(item)).append(',');
            }
            return sb.toString();
        }
        return (v.isTextual() ? "s" : v.isNumber() ? "n" : v.isBoolean() ? "b" : "z") + v.asText();
    }

    private static String render(JsonNode n) {
        StringBuilder sb = new StringBuilder();
        if (n.isObject() || n.isArray()) {
            sb.append(n.isObject() ? "{" : "[").append(n.size()).append(':');
            for (Iterator<JsonNode> it = n.elements(); it.hasNext(); ) {
                sb.append(render(it.next())).append(',');
            }
            return sb.toString();
        }
        return (n.isTextual() ? "s" : n.isNumber() ? "n" : n.isBoolean() ? "b" : "z") + n.asText();
    }
}
