package io.github.carbon4j.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/** The writer escapes every text and attribute value, and writes only checked names as markup. */
class HtmlTests {

    @Test
    void textAndAttributeValuesAreEscaped() {
        String evil = "<script>alert('x')</script> & \"q\"";
        String html = new Html()
                .open("p", "title", evil, "class", "a\"b")
                .text(evil)
                .close("p")
                .toString();
        assertThat(html)
                .isEqualTo(
                        "<p title=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;\""
                                + " class=\"a&quot;b\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;</p>");
    }

    @Test
    void namesThatAreNotPlainNamesAreRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Html().open("p onclick=x"))
                .withMessageContaining("p onclick=x");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Html().empty("rect", "x\"", "1"))
                .withMessageContaining("x\"");
        assertThatIllegalArgumentException().isThrownBy(() -> new Html().close("/p>"));
        for (String bad : new String[] {"", "1p", "-x", ":x", "p_q", "é", "p\n"}) {
            assertThatIllegalArgumentException().as(bad).isThrownBy(() -> new Html().open(bad));
        }
        assertThat(new Html()
                        .empty("svg:rect", "stroke-width", "1", "xlink:href", "#a")
                        .toString())
                .isEqualTo("<svg:rect stroke-width=\"1\" xlink:href=\"#a\"/>");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Html().open("p", "class"))
                .withMessageContaining("name, value pairs");
    }

    @Test
    void aStylesheetCannotCloseItsElement() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Html().style("p {} </STYLE><script>"));
        assertThat(new Html().style("p { color: red; }\n").toString())
                .isEqualTo("<style>\np { color: red; }\n</style>");
    }

    @Test
    void controlCharactersLoneSurrogatesAndNonCharactersAreMadeVisibleOrBlank() {
        assertThat(Html.esc("a\u0001b\u0085c")).isEqualTo("a b c");
        assertThat(Html.esc("x\uD800y\uFFFEz")).isEqualTo("x\\uD800y\\uFFFEz");
        assertThat(Html.esc("\uD83D\uDE00")).isEqualTo("\uD83D\uDE00");
    }

    @Test
    void escapingInRunsGivesWhatEscapingEachCodePointGives() {
        // Runs of characters that stand for themselves are copied whole: the same text as one code point at a
        // time, on random strings mixing plain ASCII, markup, controls, Latin-1, surrogates and non-characters.
        char[] alphabet =
                "ab <>&\"'\n\t\r\u0000\u007f\u0085\u00e9\u00a0\u20ac\ud83d\ude00\ud800\ufffe\ufdd0".toCharArray();
        java.util.Random random = new java.util.Random(42);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String t = text.toString();
            assertThat(Html.esc(t)).as("%s", t.chars().boxed().toList()).isEqualTo(eachCodePoint(t));
            assertThat(new Html().text(t).toString()).isEqualTo(eachCodePoint(t));
        }
    }

    /** The escaping rule, one code point at a time. */
    private static String eachCodePoint(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' || c >= 0x7f && c <= 0x9f) {
                        out.append(' ');
                    } else if (c >= 0xd800 && c <= 0xdfff || c >= 0xfdd0 && c <= 0xfdef || (c & 0xfffe) == 0xfffe) {
                        out.append(String.format("\\u%04X", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
