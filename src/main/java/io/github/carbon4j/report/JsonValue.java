package io.github.carbon4j.report;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A JSON value read back from a run file or a summary ({@link JsonText} parses it), with the part of
 * databind's {@code JsonNode} that the readers use: databind's tree loads about 300 classes into a
 * JVM that closes a run into a directory that already has a summary, which is the usual case.
 * Immutable.
 */
final class JsonValue implements Iterable<JsonValue> {

    static final int OBJECT = 0;
    static final int ARRAY = 1;
    static final int STRING = 2;
    static final int NUMBER = 3;
    static final int TRUE = 4;
    static final int FALSE = 5;
    static final int NULL = 6;
    static final int MISSING = 7;

    /** What {@link #path} answers for a field that is not there, as databind's missing node. */
    static final JsonValue MISSING_VALUE = new JsonValue(MISSING, "", Map.of(), List.of());

    private final int type;
    private final String text;
    private final Map<String, JsonValue> fields;
    private final List<JsonValue> items;
    /** Where an object or an array starts and ends in the text it was read from, brackets included; 0 for others. */
    private final int from;

    private final int to;

    /** @param text a string's value, or a number as written */
    JsonValue(int type, String text, Map<String, JsonValue> fields, List<JsonValue> items) {
        this(type, text, fields, items, 0, 0);
    }

    /**
     * @param text a string's value, or a number as written
     * @param from where an object or an array starts in the text it was read from
     * @param to where it ends, after its closing bracket
     */
    JsonValue(int type, String text, Map<String, JsonValue> fields, List<JsonValue> items, int from, int to) {
        this.type = type;
        this.text = text;
        this.fields = fields;
        this.items = items;
        this.from = from;
        this.to = to;
    }

    /** {@return this object's or array's own text, brackets included, from the text it was read from} */
    String source(String read) {
        return read.substring(from, to);
    }

    /** {@return the field's value; null when there is none or this is no object} */
    JsonValue get(String field) {
        return fields.get(field);
    }

    /** {@return the element; null when there is none or this is no array} */
    JsonValue get(int index) {
        return index >= 0 && index < items.size() ? items.get(index) : null;
    }

    /** {@return the field's value, or the missing value} */
    JsonValue path(String field) {
        JsonValue value = fields.get(field);
        return value == null ? MISSING_VALUE : value;
    }

    /** {@return whether this object has the field with a value other than null} */
    boolean hasNonNull(String field) {
        JsonValue value = fields.get(field);
        return value != null && value.type != NULL;
    }

    boolean isObject() {
        return type == OBJECT;
    }

    boolean isArray() {
        return type == ARRAY;
    }

    boolean isTextual() {
        return type == STRING;
    }

    boolean isNumber() {
        return type == NUMBER;
    }

    boolean isBoolean() {
        return type == TRUE || type == FALSE;
    }

    boolean asBoolean() {
        return type == TRUE;
    }

    /** {@return a number's value; 0 for anything else} */
    double asDouble() {
        // "-0" is the integer 0, as a JSON tree reads it; any other text parses to the value number() prints.
        return type != NUMBER || text.equals("-0") ? 0 : Double.parseDouble(text);
    }

    /** {@return a string's value, a scalar as text, "" for an object, an array or a missing value} */
    String asText() {
        return switch (type) {
            case STRING -> text;
            case NUMBER -> number();
            case TRUE -> "true";
            case FALSE -> "false";
            case NULL -> "null";
            default -> "";
        };
    }

    /** The number as the reports write it ({@link JsonOut}): integers as written (but -0 as 0), others by {@link DoubleWriter}. */
    private String number() {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return DoubleWriter.text(Double.parseDouble(text));
            }
        }
        return text.equals("-0") ? "0" : text;
    }

    int size() {
        return type == OBJECT ? fields.size() : items.size();
    }

    /** The elements of an array, the values of an object, nothing for a scalar. */
    @Override
    public Iterator<JsonValue> iterator() {
        return type == OBJECT ? fields.values().iterator() : items.iterator();
    }

    /** Scalars as {@link #asText()} gives them, strings in quotes; for messages. */
    @Override
    public String toString() {
        return type == STRING ? "\"" + text + "\"" : type == OBJECT || type == ARRAY ? "{…}" : asText();
    }
}
