package io.github.carbon4j.report;

/**
 * Text from report files on its way to a terminal: names come from users and files, and a control
 * character in them (ESC starts a terminal command, BEL rings, NUL and CR hide text) must not reach
 * the terminal as one. Pure function.
 */
final class Terminal {

    private Terminal() {}

    /** Control characters (C0 except line breaks and tab, DEL, C1) and lone surrogates as {@code \\uXXXX}. */
    static String safe(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20
                            && c != '\n'
                            && c != '\t'
                            && !(c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n'))
                    || (c >= 0x7f && c <= 0x9f)
                    || c == '\u2028'
                    || c == '\u2029'
                    || lone(text, i);
            if (control && sb == null) {
                sb = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (sb != null) {
                if (control) {
                    sb.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? text : sb.toString();
    }

    private static boolean lone(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return false;
    }
}
