package io.github.carbon4j.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link JsonOut} writes what jackson-core's generator with its default pretty printer and its fast double writer
 * (the shortest digits, as Java 19 and later's {@code Double.toString}) writes, byte for byte.
 */
class JsonOutTests {

    /** Jackson's generators with the fast double writer, whose digits are the shortest on every JDK. */
    private static JsonFactory shortestDoubles() {
        return JsonFactory.builder()
                .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
                .build();
    }

    private static final double[] DOUBLES = {
        0,
        -0.0,
        1,
        -1.5,
        0.1,
        1e-10,
        123456789.125,
        1e21,
        Double.MIN_VALUE,
        Double.MAX_VALUE,
        Double.NaN,
        Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY
    };
    private static final long[] LONGS = {0, -1, 42, Long.MAX_VALUE, Long.MIN_VALUE, Integer.MAX_VALUE};

    /** The calls both writers take, so that one script drives both. */
    private interface Writer {
        void call(int op, String text, long number, double real) throws IOException;
    }

    @Test
    void writesWhatJacksonsPrettyPrinterWritesForNestedObjectsArraysStringsAndNumbers() throws IOException {
        for (long seed = 0; seed < 200; seed++) {
            StringBuilder ours = new StringBuilder();
            JsonOut out = new JsonOut(ours);
            StringWriter theirs = new StringWriter();
            try (JsonGenerator g = shortestDoubles().createGenerator(theirs)) {
                g.useDefaultPrettyPrinter();
                script(new Random(seed), (op, text, number, real) -> ours(out, op, text, number, real));
                script(new Random(seed), (op, text, number, real) -> jackson(g, op, text, number, real));
            }
            assertThat(ours.toString()).as("seed %d", seed).isEqualTo(theirs.toString());
        }
    }

    @Test
    void writesEveryDoubleWithTheShortestDigitsAsJacksonsFastWriterDoes() throws IOException {
        // Random bits reach every exponent, and among them the values whose Java 17 Double.toString has a
        // digit too many (JDK-4511638); random fractions are what meters give.
        Random random = new Random(7);
        JsonFactory factory = shortestDoubles();
        for (int i = 0; i < 50_000; i++) {
            double v = i % 2 == 0
                    ? Double.longBitsToDouble(random.nextLong())
                    : random.nextDouble() * Math.pow(10, random.nextInt(20) - 10);
            StringBuilder ours = new StringBuilder();
            new JsonOut(ours).writeNumber(v);
            StringWriter theirs = new StringWriter();
            try (JsonGenerator g = factory.createGenerator(theirs)) {
                g.writeNumber(v);
            }
            assertThat(ours.toString())
                    .as("bits %x", Double.doubleToRawLongBits(v))
                    .isEqualTo(theirs.toString());
        }
    }

    @Test
    void escapesQuotesBackslashesAndEveryControlCharacterAsJacksonDoes() throws IOException {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x80; c++) {
            all.append(c);
        }
        all.append("é€😀\u2028/");
        StringBuilder ours = new StringBuilder();
        JsonOut out = new JsonOut(ours);
        out.writeStartObject();
        out.writeStringField(all.toString(), all.toString());
        out.writeStringField("null", null);
        out.writeEndObject();
        StringWriter theirs = new StringWriter();
        try (JsonGenerator g = shortestDoubles().createGenerator(theirs)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField(all.toString(), all.toString());
            g.writeStringField("null", null);
            g.writeEndObject();
        }
        assertThat(ours.toString()).isEqualTo(theirs.toString()).contains("\\u001F", "\\n", "\\\"");
    }

    @Test
    void indentsObjectsNestedFortyDeepAsJacksonDoes() throws IOException {
        // Deeper than the indentation that one slice of spaces holds, so that slices are appended more than once.
        StringBuilder ours = new StringBuilder();
        JsonOut out = new JsonOut(ours);
        StringWriter theirs = new StringWriter();
        try (JsonGenerator g = shortestDoubles().createGenerator(theirs)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            out.writeStartObject();
            for (int depth = 1; depth < 40; depth++) {
                g.writeFieldName("d" + depth);
                g.writeStartObject();
                out.writeFieldName("d" + depth);
                out.writeStartObject();
            }
            g.writeStringField("at", "\"deep\"\n");
            out.writeStringField("at", "\"deep\"\n");
            for (int depth = 0; depth < 40; depth++) {
                g.writeEndObject();
                out.writeEndObject();
            }
        }
        assertThat(ours.toString()).isEqualTo(theirs.toString()).contains(" ".repeat(80) + "\"at\"");
    }

    /** An object of random fields: objects and arrays up to four deep, some empty, and every kind of value. */
    private static void script(Random random, Writer w) throws IOException {
        w.call(0, null, 0, 0);
        fields(random, w, 0);
        w.call(1, null, 0, 0);
    }

    private static void fields(Random random, Writer w, int depth) throws IOException {
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
            String name = "f" + i;
            int kind = random.nextInt(depth < 4 ? 6 : 4);
            switch (kind) {
                case 0 -> w.call(5, name, 0, 0); // string field, below
                case 1 -> w.call(6, name, LONGS[random.nextInt(LONGS.length)], 0);
                case 2 -> w.call(7, name, 0, DOUBLES[random.nextInt(DOUBLES.length)]);
                case 3 -> w.call(8, name, random.nextInt(2), 0);
                case 4 -> {
                    w.call(9, name, 0, 0);
                    fields(random, w, depth + 1);
                    w.call(1, null, 0, 0);
                }
                default -> {
                    w.call(10, name, 0, 0);
                    items(random, w, depth + 1);
                    w.call(3, null, 0, 0);
                }
            }
        }
    }

    private static void items(Random random, Writer w, int depth) throws IOException {
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
            switch (random.nextInt(depth < 4 ? 5 : 3)) {
                case 0 -> w.call(11, "item " + i, 0, 0);
                case 1 -> w.call(12, null, LONGS[random.nextInt(LONGS.length)], 0);
                case 2 -> w.call(13, null, 0, DOUBLES[random.nextInt(DOUBLES.length)]);
                case 3 -> {
                    w.call(0, null, 0, 0);
                    fields(random, w, depth + 1);
                    w.call(1, null, 0, 0);
                }
                default -> {
                    w.call(2, null, 0, 0);
                    items(random, w, depth + 1);
                    w.call(3, null, 0, 0);
                }
            }
        }
    }

    private static void ours(JsonOut o, int op, String text, long number, double real) {
        switch (op) {
            case 0 -> o.writeStartObject();
            case 1 -> o.writeEndObject();
            case 2 -> o.writeStartArray();
            case 3 -> o.writeEndArray();
            case 5 -> o.writeStringField(text, "value \"" + text + "\"\n");
            case 6 -> o.writeNumberField(text, number);
            case 7 -> o.writeNumberField(text, real);
            case 8 -> o.writeBooleanField(text, number == 1);
            case 9 -> o.writeObjectFieldStart(text);
            case 10 -> o.writeArrayFieldStart(text);
            case 11 -> o.writeString(text);
            case 12 -> o.writeNumber(number);
            default -> o.writeNumber(real);
        }
    }

    private static void jackson(JsonGenerator g, int op, String text, long number, double real) throws IOException {
        switch (op) {
            case 0 -> g.writeStartObject();
            case 1 -> g.writeEndObject();
            case 2 -> g.writeStartArray();
            case 3 -> g.writeEndArray();
            case 5 -> g.writeStringField(text, "value \"" + text + "\"\n");
            case 6 -> g.writeNumberField(text, number);
            case 7 -> g.writeNumberField(text, real);
            case 8 -> g.writeBooleanField(text, number == 1);
            case 9 -> g.writeObjectFieldStart(text);
            case 10 -> g.writeArrayFieldStart(text);
            case 11 -> g.writeString(text);
            case 12 -> g.writeNumber(number);
            default -> g.writeNumber(real);
        }
    }
}
