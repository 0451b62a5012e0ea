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
}
