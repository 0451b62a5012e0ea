package io.github.carbon4j.jmh;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the file JMH writes with {@code -rf json}: for each benchmark, its name and secondary scores. */
final class JmhJsonResults {

    /** One benchmark (with parameters) and the score of each secondary metric; NaN when JMH wrote NaN. */
    record Benchmark(String name, Map<String, Double> scores) {}

    /** The file is missing, unreadable or not JMH's JSON; the message names the file. */
    static final class UnreadableResultsException extends Exception {
        UnreadableResultsException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private JmhJsonResults() {}

    static List<Benchmark> read(Path file) throws UnreadableResultsException {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new UnreadableResultsException("no such file: " + file, e);
        } catch (IOException e) {
            throw new UnreadableResultsException("cannot read " + file + ": " + e, e);
        }
        try {
            return parse(new ObjectMapper().readTree(text));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            String reason = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            throw new UnreadableResultsException(file + " is not a JMH JSON result file (-rf json): " + reason, e);
        }
    }

    static List<Benchmark> parse(JsonNode root) {
        if (root == null || !root.isArray()) {
            throw new IllegalArgumentException("expected an array of benchmark results");
        }
        List<Benchmark> benchmarks = new ArrayList<>();
        for (JsonNode node : root) {
            JsonNode benchmark = node.get("benchmark");
            if (benchmark == null || !benchmark.isTextual()) {
                throw new IllegalArgumentException("a result without a \"benchmark\" name");
            }
            Map<String, String> params = new LinkedHashMap<>();
            node.path("params").properties().forEach(e -> params.put(e.getKey(), e.getValue().asText()));
            Map<String, Double> scores = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> metric : node.path("secondaryMetrics").properties()) {
                scores.put(metric.getKey(), score(metric.getKey(), metric.getValue().get("score")));
            }
            benchmarks.add(new Benchmark(BenchmarkNames.of(benchmark.asText(), params), scores));
        }
        return benchmarks;
    }

    private static double score(String label, JsonNode score) {
        if (score != null && score.isNumber()) {
            return score.asDouble();
        }
        // JMH writes NaN and infinities as strings.
        if (score != null && score.isTextual()) {
            try {
                return Double.parseDouble(score.asText());
            } catch (NumberFormatException e) {
                // fall through to the error naming the metric
            }
        }
        throw new IllegalArgumentException("secondary metric \"" + label + "\" has no numeric score: " + score);
    }
}
