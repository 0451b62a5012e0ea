package io.github.carbon4j.report;

import java.util.Locale;

/**
 * Writes HTML and SVG that is escaped by construction: text and attribute values always pass
 * through {@link #esc}, and the only markup a caller can produce is an element or attribute whose
 * name is checked to be a plain name ({@code [A-Za-z][A-Za-z0-9:-]*}). Raw text goes in only as the
 * page's bundled stylesheet ({@link #style}) and as another writer's finished fragment
 * ({@link #append}). Not thread-safe: one writer per page or chart.
 */
final class Html {

    private final StringBuilder sb;

    Html() {
        this(4096);
    }

    Html(int capacity) {
        this.sb = new StringBuilder(capacity);
    }

    /** {@code <tag name="value" ...>}: attributes as name, value pairs, values escaped. */
    Html open(String tag, String... attributes) {
        return start(tag, attributes).append('>');
    }

    /** {@code <tag name="value" .../>}, an element without content. */
    Html empty(String tag, String... attributes) {
        start(tag, attributes);
        sb.append("/>");
        return this;
    }

    Html close(String tag) {
        sb.append("</").append(name(tag)).append('>');
        return this;
    }

    /** An element holding only text: {@code <tag ...>text</tag>}. */
    Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** Text, escaped. */
    Html text(String text) {
        escape(sb, text);
        return this;
    }

    Html text(long number) {
        sb.append(number);
        return this;
    }

    Html line() {
        sb.append('\n');
        return this;
    }

    Html doctype() {
        sb.append("<!DOCTYPE html>\n");
        return this;
    }

    /** The bundled stylesheet, which may not close its element early. */
    Html style(String css) {
        if (css.toLowerCase(Locale.ROOT).contains("</")) {
            throw new IllegalArgumentException("a stylesheet may not hold \"</\"");
        }
        sb.append("<style>\n").append(css).append("</style>");
        return this;
    }

    /** Another writer's content: escaped already, as every writer's is. */
    Html append(Html fragment) {
        sb.append(fragment.sb);
        return this;
    }

    int length() {
        return sb.length();
    }

    @Override
    public String toString() {
        return sb.toString();
    }

    /** A number with the given count of decimals, as SVG coordinates take it. */
    static String fixed(double value, int decimals) {
        return io.github.carbon4j.internal.Decimals.fixed(value, decimals);
    }

    private Html start(String tag, String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come as name, value pairs: " + attributes.length + " given");
        }
        sb.append('<').append(name(tag));
        for (int i = 0; i < attributes.length; i += 2) {
            sb.append(' ').append(name(attributes[i])).append("=\"");
            escape(sb, attributes[i + 1]).append('"');
        }
        return this;
    }

    private Html append(char c) {
        sb.append(c);
        return this;
    }

    private static String name(String name) {
        if (!isName(name)) {
            throw new IllegalArgumentException("not an element or attribute name: \"" + name + "\"");
        }
        return name;
    }

    /** [A-Za-z][A-Za-z0-9:-]*, by hand: a regular expression costs a closing JVM its compiler. */
    private static boolean isName(String name) {
        // Over an array, as escape() below, not a charAt call per character.
        char[] chars = name.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            boolean letter = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
            if (!letter && (i == 0 || !(c >= '0' && c <= '9' || c == ':' || c == '-'))) {
                return false;
            }
        }
        return !name.isEmpty();
    }

    /**
     * Escapes text for element content and attribute values, as HTML and XML both accept: markup
     * characters as entities, control characters as spaces, and what XML forbids outright (lone
     * surrogates, the non-characters U+FFFE, U+FFFF and their kind) as visible {@code \\uXXXX} text.
     */
    static String esc(String text) {
        return escape(new StringBuilder(text.length() + 16), text).toString();
    }

    /**
     * Appends the text escaped: the runs of characters that stand for themselves (printable ASCII but the
     * markup characters) in one piece each, the rest one code point at a time.
     */
    private static StringBuilder escape(StringBuilder out, String text) {
        // An array, not a charAt call per character: a closing JVM runs this interpreted over all its page's text.
        char[] chars = text.toCharArray();
        int run = 0;
        for (int i = 0; i < chars.length; ) {
            char ch = chars[i];
            if (ch >= 0x20 && ch < 0x7f && ch != '&' && ch != '<' && ch != '>' && ch != '"' && ch != '\''
                    || ch == '\n'
                    || ch == '\t') {
                i++;
                continue;
            }
            out.append(chars, run, i - run);
            int c = Character.codePointAt(chars, i);
            i += Character.charCount(c);
            run = i;
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c < 0x20 || c >= 0x7f && c <= 0x9f) {
                        out.append(' ');
                    } else if (Character.isSurrogate((char) c) && c <= 0xffff || nonCharacter(c)) {
                        out.append(String.format(Locale.ROOT, "\\u%04X", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        }
        return out.append(chars, run, chars.length - run);
    }

    /** U+FDD0..U+FDEF and the last two code points of every plane, which Unicode never assigns. */
    static boolean nonCharacter(int c) {
        return (c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) == 0xfffe;
    }
}
