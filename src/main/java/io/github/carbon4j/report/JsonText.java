package io.github.carbon4j.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON text into a {@link JsonValue}: a strict reader of RFC 8259 JSON, as jackson-core's parser
 * with its defaults reads it (no comments, no leading zeros, no NaN, no control characters in strings,
 * no single quotes), of its own rather than jackson-core's, whose classes (about 65) would cost every
 * closing JVM that merges an earlier summary. As databind's {@code readTree}, it reads the first value
 * and leaves what follows it; text without a value is the missing value; of a repeated field the last
 * one counts. Numbers keep their text as written. Not thread-safe; one instance per text.
 */
final class JsonText extends JsonCursor {

    /** As jackson-core's default limit: deeper text is refused rather than overflowing the stack. */
    private static final int MAX_DEPTH = 1000;

    private int depth;

    private JsonText(String text) {
        super(text);
    }

    /**
     * {@return the first JSON value of the text, or the missing value when there is none}
     *
     * @throws IllegalArgumentException naming the line and column where the text is not JSON
     */
    static JsonValue parse(String text) {
        JsonText reader = new JsonText(text);
        if (reader.skipBlanks() < 0) {
            return JsonValue.MISSING_VALUE;
        }
        JsonValue value = reader.value();
        if (value.isNumber() && reader.at < text.length() && !blank(text.charAt(reader.at))) {
            throw reader.error("unexpected character after the number " + value.asText());
        }
        return value;
    }

    private JsonValue value() {
        int c = skipBlanks();
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> leaf(JsonValue.STRING, string());
            case 't' -> literal("true", JsonValue.TRUE);
            case 'f' -> literal("false", JsonValue.FALSE);
            case 'n' -> literal("null", JsonValue.NULL);
            default -> {
                if (c == '-' || isDigit(c)) {
                    yield leaf(JsonValue.NUMBER, number());
                }
                throw error(c < 0 ? "unexpected end of input" : "unexpected character '" + (char) c + "'");
            }
        };
    }

    private JsonValue object() {
        enter();
        int from = at++;
        Map<String, JsonValue> fields = new LinkedHashMap<>();
        if (skipBlanks() == '}') {
            at++;
            depth--;
            return new JsonValue(JsonValue.OBJECT, "", fields, List.of(), from, at);
        }
        while (true) {
            if (skipBlanks() != '"') {
                throw unexpected("a field name in quotes");
            }
            String name = string();
            if (skipBlanks() != ':') {
                throw unexpected("':' after the field name");
            }
            at++;
            fields.put(name, value());
            int c = skipBlanks();
            at++;
            if (c == '}') {
                depth--;
                return new JsonValue(JsonValue.OBJECT, "", fields, List.of(), from, at);
            }
            if (c != ',') {
                at--;
                throw c == ']' ? closeMarker(c) : unexpected("',' or '}' after a field");
            }
        }
    }

    private JsonValue array() {
        enter();
        int from = at++;
        List<JsonValue> items = new ArrayList<>();
        if (skipBlanks() == ']') {
            at++;
            depth--;
            return new JsonValue(JsonValue.ARRAY, "", Map.of(), items, from, at);
        }
        while (true) {
            items.add(value());
            int c = skipBlanks();
            at++;
            if (c == ']') {
                depth--;
                return new JsonValue(JsonValue.ARRAY, "", Map.of(), items, from, at);
            }
            if (c != ',') {
                at--;
                throw c == '}' ? closeMarker(c) : unexpected("',' or ']' after an element");
            }
        }
    }

    private JsonValue literal(String word, int type) {
        int end = at + word.length();
        // "truex" is one unrecognized token, as jackson-core reads it, not "true" and then "x".
        if (!text.startsWith(word, at) || end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
            throw error("unrecognized token, expected " + word);
        }
        at = end;
        return leaf(type, "");
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw error("nesting deeper than " + MAX_DEPTH);
        }
    }

    private static JsonValue leaf(int type, String text) {
        return new JsonValue(type, text, Map.of(), List.of());
    }
}
