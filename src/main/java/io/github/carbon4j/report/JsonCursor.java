package io.github.carbon4j.report;

/**
 * A position in JSON text and the reading of its tokens: blanks, strings with their escapes, numbers as
 * written, and errors naming the line and column, as jackson-core names them. {@link JsonText} reads the
 * structure on top. Not thread-safe.
 */
class JsonCursor {

    final String text;
    /**
     * The text's characters: a closing JVM reads its directory's summary (some 160 KB once it lists its fifty runs)
     * interpreted, and indexing an array costs it a fraction of a charAt call per character.
     */
    private final char[] chars;

    int at;

    JsonCursor(String text) {
        this.text = text;
        this.chars = text.toCharArray();
    }

    /** A string from its opening quote; {@link #at} is left after its closing one. */
    String string() {
        at++;
        int run = at;
        // The usual string has no escapes: its characters are copied once, as a run.
        while (at < chars.length && chars[at] != '"' && chars[at] != '\\' && chars[at] >= 0x20) {
            at++;
        }
        if (at < chars.length && chars[at] == '"') {
            return new String(chars, run, at++ - run);
        }
        StringBuilder sb = new StringBuilder().append(chars, run, at - run);
        while (true) {
            if (at >= chars.length) {
                throw error("unexpected end of input in a string");
            }
            char c = chars[at++];
            if (c == '"') {
                return sb.toString();
            } else if (c == '\\') {
                sb.append(escaped());
            } else if (c < 0x20) {
                at--;
                throw error("unescaped control character " + (int) c + " in a string");
            } else {
                sb.append(c);
            }
        }
    }

    private char escaped() {
        if (at >= chars.length) {
            throw error("unexpected end of input in a string");
        }
        char c = chars[at++];
        return switch (c) {
            case '"', '\\', '/' -> c;
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> unicode();
            default -> throw error("unrecognized escape '\\" + c + "'");
        };
    }

    /** An ASCII hex digit's value, else -1: {@link Character#digit} would take full-width and other scripts' digits. */
    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        char lower = (char) (c | 0x20);
        return lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
    }

    private char unicode() {
        int code = 0;
        for (int i = 0; i < 4; i++) {
            int digit = at < chars.length ? hexDigit(chars[at]) : -1;
            if (digit < 0) {
                throw error("expected four hex digits after \\u");
            }
            code = code * 16 + digit;
            at++;
        }
        return (char) code;
    }

    /** A number as written: an optional minus, an integer without leading zeros, a fraction, an exponent. */
    String number() {
        int start = at;
        if (peek() == '-') {
            at++;
        }
        if (peek() == '0') {
            at++;
            if (isDigit(peek())) {
                throw error("leading zeros are not allowed");
            }
        } else {
            digits("a digit");
        }
        if (peek() == '.') {
            at++;
            digits("a digit after the decimal point");
        }
        if (peek() == 'e' || peek() == 'E') {
            at++;
            if (peek() == '+' || peek() == '-') {
                at++;
            }
            digits("a digit in the exponent");
        }
        return text.substring(start, at);
    }

    private void digits(String expected) {
        if (!isDigit(peek())) {
            throw unexpected(expected);
        }
        while (isDigit(peek())) {
            at++;
        }
    }

    /** The next character that is not blank, not consumed; -1 at the end. */
    int skipBlanks() {
        while (at < chars.length && blank(chars[at])) {
            at++;
        }
        return peek();
    }

    int peek() {
        return at < chars.length ? chars[at] : -1;
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    static boolean blank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    IllegalArgumentException closeMarker(int c) {
        return error("Unexpected close marker '" + (char) c + "'");
    }

    IllegalArgumentException unexpected(String expected) {
        int c = peek();
        return error((c < 0 ? "unexpected end of input" : "unexpected character '" + (char) c + "'") + ", expected "
                + expected);
    }

    /** Where {@link #at} is, 1-based, as jackson-core names it. */
    IllegalArgumentException error(String message) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < Math.min(at, chars.length); i++) {
            if (chars[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new IllegalArgumentException(
                "not JSON at line " + line + ", column " + (at - lineStart + 1) + ": " + message);
    }
}
