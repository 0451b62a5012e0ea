package io.github.carbon4j.intensity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.carbon4j.CarbonIntensity;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads the bodies of the live providers' answers into estimates; pure, so tests feed it recorded
 * responses. A body that lacks what is needed is an {@link IOException} saying what is missing.
 */
final class GridResponses {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Timestamps in sources to the minute, in UTC: {@code 2026-11-30T22:00Z}. */
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm'Z'");

    private GridResponses() {}

    /**
     * Electricity Maps v3 {@code /carbon-intensity/latest}: {@code carbonIntensity} in g/kWh,
     * {@code datetime}, {@code zone}, {@code isEstimated}.
     */
    static IntensityEstimate electricityMaps(String body) throws IOException {
        JsonNode root = read(body);
        double grams = number(root.path("carbonIntensity"), "carbonIntensity");
        String zone = text(root.path("zone"), "zone");
        String at = minutes(text(root.path("datetime"), "datetime"));
        boolean estimated = root.path("isEstimated").asBoolean(false);
        return estimate(grams, "Electricity Maps " + zone + ", " + at + (estimated ? ", estimated" : ", measured"));
    }

    /** UK Carbon Intensity {@code /intensity}: the current half hour of Great Britain, actual else forecast. */
    static IntensityEstimate ukNational(String body) throws IOException {
        JsonNode period = first(read(body).path("data"), "data");
        return ukPeriod(period, "Great Britain");
    }

    /** UK Carbon Intensity {@code /regional/postcode/{outward}}: the region's current half hour (forecast only). */
    static IntensityEstimate ukRegional(String body) throws IOException {
        JsonNode region = first(read(body).path("data"), "data");
        String name = text(region.path("shortname"), "data[0].shortname");
        String postcode = region.path("postcode").asText("");
        return ukPeriod(
                first(region.path("data"), "data[0].data"), postcode.isEmpty() ? name : name + " (" + postcode + ")");
    }

    private static IntensityEstimate ukPeriod(JsonNode period, String where) throws IOException {
        JsonNode intensity = period.path("intensity");
        JsonNode actual = intensity.path("actual");
        boolean measured = actual.isNumber();
        double grams = measured ? actual.asDouble() : number(intensity.path("forecast"), "intensity.forecast");
        String from = minutes(text(period.path("from"), "from"));
        return estimate(grams, "UK Carbon Intensity " + where + ", " + from + (measured ? ", actual" : ", forecast"));
    }

    private static IntensityEstimate estimate(double grams, String source) throws IOException {
        if (!(grams >= 0) || grams > 10_000) {
            throw new IOException("carbon intensity out of range: " + grams + " g/kWh");
        }
        return new IntensityEstimate(CarbonIntensity.ofGramsPerKilowattHour(grams), source);
    }

    private static JsonNode read(String body) throws IOException {
        try {
            JsonNode root = JSON.readTree(body);
            if (root == null || !root.isObject()) {
                throw new IOException("expected a JSON object");
            }
            return root;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException("malformed JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static JsonNode first(JsonNode array, String name) throws IOException {
        if (!array.isArray() || array.isEmpty()) {
            throw new IOException("no " + name + " in the answer");
        }
        return array.get(0);
    }

    private static double number(JsonNode node, String name) throws IOException {
        if (!node.isNumber()) {
            throw new IOException("no number " + name + " in the answer");
        }
        return node.asDouble();
    }

    private static String text(JsonNode node, String name) throws IOException {
        if (!node.isTextual() || node.asText().isBlank()) {
            throw new IOException("no " + name + " in the answer");
        }
        return node.asText();
    }

    /** {@code 2026-11-30T22:00:00.000Z} and {@code 2026-11-30T22:00Z} both read {@code 2026-11-30T22:00Z}. */
    private static String minutes(String timestamp) throws IOException {
        try {
            String iso = timestamp.matches(".*T\\d\\d:\\d\\dZ") ? timestamp.replace("Z", ":00Z") : timestamp;
            return OffsetDateTime.parse(iso)
                    .withOffsetSameInstant(ZoneOffset.UTC)
                    .format(MINUTES);
        } catch (DateTimeParseException e) {
            throw new IOException("unreadable timestamp \"" + timestamp + "\"", e);
        }
    }
}
