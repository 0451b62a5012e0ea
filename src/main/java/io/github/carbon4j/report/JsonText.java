package io.github.carbon4j.report;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON text into a {@link JsonValue} with jackson-core's streaming parser, the library that
 * writes the reports, rather than databind's tree, whose few hundred classes would cost every closing
 * JVM that merges an earlier summary. The parser keeps its strict defaults: no comments, no leading
 * zeros, no NaN, no control characters in strings. As databind's {@code readTree}, it reads the first
 * value and leaves what follows it; text without a value is the missing value; of a repeated field
 * the last one counts.
 */
final class JsonText {

    private JsonText() {}

    /**
     * {@return the first JSON value of the text, or the missing value when there is none}
     *
     * @throws IllegalArgumentException naming the line and column where the text is not JSON
     */
    static JsonValue parse(String text) {
        try (JsonParser parser = Json.Factory.JSON.createParser(text)) {
            JsonToken first = parser.nextToken();
            return first == null ? JsonValue.MISSING_VALUE : value(parser, first);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "not JSON at line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(),
                    e);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a String reader does not fail
        }
    }

    private static JsonValue value(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case START_OBJECT -> object(parser);
            case START_ARRAY -> array(parser);
            case VALUE_STRING -> leaf(JsonValue.STRING, parser.getText());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> leaf(JsonValue.NUMBER, parser.getText());
            case VALUE_TRUE -> leaf(JsonValue.TRUE, "");
            case VALUE_FALSE -> leaf(JsonValue.FALSE, "");
            case VALUE_NULL -> leaf(JsonValue.NULL, "");
            default -> throw new IllegalStateException("unexpected " + token + " from the JSON parser");
        };
    }

    private static JsonValue object(JsonParser parser) throws IOException {
        Map<String, JsonValue> fields = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            fields.put(name, value(parser, parser.nextToken()));
        }
        return new JsonValue(JsonValue.OBJECT, "", fields, List.of());
    }

    private static JsonValue array(JsonParser parser) throws IOException {
        List<JsonValue> items = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            items.add(value(parser, token));
        }
        return new JsonValue(JsonValue.ARRAY, "", Map.of(), items);
    }

    private static JsonValue leaf(int type, String text) {
        return new JsonValue(type, text, Map.of(), List.of());
    }
}
