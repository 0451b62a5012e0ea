package io.github.carbon4j.report;

/**
 * Writes JSON text exactly as jackson-core's generator with its default pretty printer does (fields
 * on their own lines indented by two spaces, {@code "name" : value}, arrays on one line as
 * {@code [ a, b ]}, empty ones as {@code { }} and {@code [ ]}, numbers as {@link Long#toString(long)}
 * and as its fast double writer does ({@link DoubleWriter}: the shortest digits, as Java 19 and later's
 * {@link Double#toString(double)}), NaN and infinities as strings), with the methods of the
 * generator carbon4j uses. Its own rather than jackson's: a starting JVM that writes a run file at the
 * first step would otherwise load about 70 classes of jackson-core for it. Not thread-safe; the caller
 * writes one value whose structure it keeps balanced.
 */
final class JsonOut {

    private static final String EOL = System.lineSeparator();
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    /** Indentation, appended a slice at a time. */
    private static final String SPACES = "                                ";

    private final StringBuilder out;
    /** Per open object or array, outermost first: whether it is an object, and how many entries it has. */
    private boolean[] objects = new boolean[8];

    private int[] counts = new int[8];
    private int depth;
    private int nesting;
    private boolean fieldNamed;

    JsonOut(StringBuilder out) {
        this.out = out;
    }

    void writeStartObject() {
        beforeValue();
        out.append('{');
        push(true);
        nesting++;
    }

    void writeEndObject() {
        nesting--;
        if (counts[--depth] > 0) {
            indent();
        } else {
            out.append(' ');
        }
        out.append('}');
    }

    void writeStartArray() {
        beforeValue();
        out.append('[');
        push(false);
    }

    void writeEndArray() {
        depth--;
        out.append(" ]");
    }

    void writeFieldName(String name) {
        if (counts[depth - 1]++ > 0) {
            out.append(',');
        }
        indent();
        quoted(name);
        out.append(" : ");
        fieldNamed = true;
    }

    void writeString(String text) {
        beforeValue();
        if (text == null) {
            out.append("null");
        } else {
            quoted(text);
        }
    }

    void writeNumber(long value) {
        beforeValue();
        out.append(value);
    }

    void writeNumber(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            writeString(Double.toString(value));
            return;
        }
        beforeValue();
        out.append(DoubleWriter.text(value));
    }

    void writeBoolean(boolean value) {
        beforeValue();
        out.append(value);
    }

    /**
     * Writes a value given as JSON text, as it is: the caller vouches that it is one value, written as this
     * writer would write it at this place (its line breaks and indentation), such as a value read back from
     * text this writer wrote at the same place.
     */
    void writeRawValue(String json) {
        beforeValue();
        out.append(json);
    }

    void writeStringField(String name, String value) {
        writeFieldName(name);
        writeString(value);
    }

    void writeNumberField(String name, long value) {
        writeFieldName(name);
        writeNumber(value);
    }

    void writeNumberField(String name, double value) {
        writeFieldName(name);
        writeNumber(value);
    }

    void writeBooleanField(String name, boolean value) {
        writeFieldName(name);
        writeBoolean(value);
    }

    void writeObjectFieldStart(String name) {
        writeFieldName(name);
        writeStartObject();
    }

    void writeArrayFieldStart(String name) {
        writeFieldName(name);
        writeStartArray();
    }

    /** The separator an array's value needs; a field's value has had its own with the name. */
    private void beforeValue() {
        if (fieldNamed) {
            fieldNamed = false;
        } else if (depth > 0 && !objects[depth - 1]) {
            out.append(counts[depth - 1]++ > 0 ? ", " : " ");
        }
    }

    private void push(boolean object) {
        if (depth == objects.length) {
            objects = java.util.Arrays.copyOf(objects, depth * 2);
            counts = java.util.Arrays.copyOf(counts, depth * 2);
        }
        objects[depth] = object;
        counts[depth++] = 0;
    }

    private void indent() {
        out.append(EOL);
        for (int spaces = 2 * nesting; spaces > 0; spaces -= SPACES.length()) {
            out.append(SPACES, 0, Math.min(spaces, SPACES.length()));
        }
    }

    /** The text in quotes, escaped as jackson-core escapes it: quote, backslash and control characters. */
    private void quoted(String text) {
        out.append('"');
        // The characters as an array, and the runs between escapes appended whole: a closing JVM runs this
        // interpreted over every name and text of its reports, and a call per character (charAt, append) was
        // most of the work, and what made the JIT compile the JDK's StringBuilder methods there.
        char[] chars = text.toCharArray();
        int from = 0;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c == '"' || c == '\\' || c < 0x20) {
                out.append(chars, from, i - from);
                if (c < 0x20) {
                    escapeControl(c);
                } else {
                    out.append('\\').append(c);
                }
                from = i + 1;
            }
        }
        out.append(chars, from, chars.length - from).append('"');
    }

    private void escapeControl(char c) {
        switch (c) {
            case '\b' -> out.append("\\b");
            case '\t' -> out.append("\\t");
            case '\n' -> out.append("\\n");
            case '\f' -> out.append("\\f");
            case '\r' -> out.append("\\r");
            default -> out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
        }
    }
}
