package io.github.carbon4j.report;

/** HTML text helpers. Pure functions. */
final class Html {

    private Html() {}

    /**
     * Escapes text for element content and attribute values, as HTML and XML both accept: markup
     * characters as entities, control characters as spaces, and what XML forbids outright (lone
     * surrogates, the non-characters U+FFFE, U+FFFF and their kind) as visible {@code \\uXXXX} text.
     */
    static String esc(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' || c >= 0x7f && c <= 0x9f) {
                        sb.append(' ');
                    } else if (Character.isSurrogate((char) c) && c <= 0xffff || nonCharacter(c)) {
                        sb.append(String.format(java.util.Locale.ROOT, "\\u%04X", c));
                    } else {
                        sb.appendCodePoint(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /** U+FDD0..U+FDEF and the last two code points of every plane, which Unicode never assigns. */
    static boolean nonCharacter(int c) {
        return (c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) == 0xfffe;
    }
}
