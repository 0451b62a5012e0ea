package io.github.carbon4j.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses JSON text (RFC 8259, as strictly as databind does by default: no comments, no leading
 * zeros, no control characters in strings) into a {@link JsonValue}. As databind's
 * {@code readTree}, it reads the first value and leaves what follows it; text without a value is the
 * missing value; of a repeated field the last one counts. Not thread-safe; one parser per text.
 */
final class JsonText {

    private final String text;
    private int at;

    private JsonText(String text) {
        this.text = text;
    }

    /**
     * {@return the first JSON value of the text, or the missing value when there is none}
     *
     * @throws IllegalArgumentException naming the character where the text is not JSON
     */
    static JsonValue parse(String text) {
        JsonText parser = new JsonText(text);
        parser.skipSpace();
        return parser.at == text.length() ? JsonValue.MISSING_VALUE : parser.value();
    }

    private JsonValue value() {
        char c = peek();
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> new JsonValue(JsonValue.STRING, string(), Map.of(), List.of());
            case 't' -> word("true", JsonValue.TRUE);
            case 'f' -> word("false", JsonValue.FALSE);
            case 'n' -> word("null", JsonValue.NULL);
            default -> number();
        };
    }

    private JsonValue object() {
        Map<String, JsonValue> fields = new LinkedHashMap<>();
        at++;
        skipSpace();
        if (peek() != '}') {
            do {
                skipSpace();
                if (peek() != '"') {
                    throw error("a field name");
                }
                String name = string();
                skipSpace();
                expect(':');
                skipSpace();
                fields.put(name, value());
                skipSpace();
            } while (next(','));
        }
        expect('}');
        return new JsonValue(JsonValue.OBJECT, "", fields, List.of());
    }

    private JsonValue array() {
        List<JsonValue> items = new ArrayList<>();
        at++;
        skipSpace();
        if (peek() != ']') {
            do {
                skipSpace();
                items.add(value());
                skipSpace();
            } while (next(','));
        }
        expect(']');
        return new JsonValue(JsonValue.ARRAY, "", Map.of(), items);
    }

    private String string() {
        StringBuilder sb = new StringBuilder();
        at++;
        while (true) {
            char c = peek();
            at++;
            if (c == '"') {
                return sb.toString();
            } else if (c < 0x20) {
                at--;
                throw error("no control character in a string");
            } else if (c != '\\') {
                sb.append(c);
            } else {
                sb.append(escape(peek()));
                at++;
            }
        }
    }

    private char escape(char c) {
        return switch (c) {
            case '"', '\\', '/' -> c;
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> unicode();
            default -> throw error("a valid escape");
        };
    }

    private char unicode() {
        if (at + 5 > text.length()) {
            throw error("four hex digits");
        }
        int value = 0;
        for (int i = at + 1; i < at + 5; i++) {
            int digit = Character.digit(text.charAt(i), 16);
            if (digit < 0) {
                throw error("four hex digits");
            }
            value = value * 16 + digit;
        }
        at += 4;
        return (char) value;
    }

    private JsonValue number() {
        int start = at;
        next('-');
        if (!next('0')) {
            digits();
        }
        if (next('.')) {
            digits();
        }
        if (next('e') || next('E')) {
            if (!next('+')) {
                next('-');
            }
            digits();
        }
        return new JsonValue(JsonValue.NUMBER, text.substring(start, at), Map.of(), List.of());
    }

    private void digits() {
        int start = at;
        while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
            at++;
        }
        if (at == start) {
            throw error("a value");
        }
    }

    private JsonValue word(String word, int type) {
        if (!text.startsWith(word, at)) {
            throw error("a value");
        }
        at += word.length();
        return new JsonValue(type, "", Map.of(), List.of());
    }

    private void skipSpace() {
        while (at < text.length() && " \t\n\r".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
    }

    private char peek() {
        if (at >= text.length()) {
            throw error("more text");
        }
        return text.charAt(at);
    }

    private boolean next(char c) {
        boolean found = at < text.length() && text.charAt(at) == c;
        at += found ? 1 : 0;
        return found;
    }

    private void expect(char c) {
        if (!next(c)) {
            throw error("'" + c + "'");
        }
    }

    private IllegalArgumentException error(String expected) {
        String found = at < text.length() ? "'" + text.charAt(at) + "'" : "the end";
        return new IllegalArgumentException(
                "not JSON at character " + (at + 1) + ": expected " + expected + ", found " + found);
    }
}
