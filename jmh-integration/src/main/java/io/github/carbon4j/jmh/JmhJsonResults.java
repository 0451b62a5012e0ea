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

/**
 * Reads the file JMH writes with {@code -rf json}: for each benchmark, its name and secondary
 * results. The carbon results are turned from the unit the file names ({@code scoreUnit}) into
 * joules, grams and watts, so files from profilers that chose other units compare alike.
 */
final class JmhJsonResults {

    /**
     * One benchmark (with parameters) and each secondary metric.
     *
     * @param metrics by label; carbon labels in J, g, W (per op or per second as the label says)
     */
    record Benchmark(String name, Map<String, Metric> metrics) {

        /** The score of each metric; NaN when JMH wrote NaN. */
        Map<String, Double> scores() {
            Map<String, Double> scores = new LinkedHashMap<>();
            metrics.forEach((label, metric) -> scores.put(label, metric.score()));
            return scores;
        }
    }

    /**
     * A secondary result.
     *
     * @param score the mean over measured iterations
     * @param standardError the standard error of that mean from the measured iterations of all
     *     forks ({@code rawData}): their sample standard deviation over √n; NaN with fewer than two
     */
    record Metric(double score, double standardError) {}

    /** The file is missing, unreadable or not JMH's JSON; the message names the file. */
    static final class UnreadableResultsException extends Exception {
        private static final long serialVersionUID = 1L;

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
            node.path("params")
                    .properties()
                    .forEach(e -> params.put(e.getKey(), e.getValue().asText()));
            Map<String, Metric> metrics = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> metric :
                    node.path("secondaryMetrics").properties()) {
                // A file written before 0.3 says carbon.co2e*: read under today's label.
                String label = CarbonLabels.current(metric.getKey());
                metrics.put(label, metric(label, metric.getValue()));
            }
            benchmarks.add(new Benchmark(BenchmarkNames.of(benchmark.asText(), params), metrics));
        }
        return benchmarks;
    }

    private static Metric metric(String label, JsonNode node) {
        double score = score(label, node.get("score"));
        double error = standardError(label, node.path("rawData"));
        if (CarbonLabels.ALL.contains(label)) {
            JsonNode unit = node.get("scoreUnit");
            if (unit == null || !unit.isTextual()) {
                throw new IllegalArgumentException("secondary metric \"" + label + "\" has no scoreUnit");
            }
            double factor;
            try {
                factor = ResultUnits.factorFor(label, unit.asText());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("secondary metric \"" + label + "\": " + e.getMessage(), e);
            }
            return new Metric(score * factor, error * factor);
        }
        return new Metric(score, error);
    }

    private static double standardError(String label, JsonNode rawData) {
        List<Double> values = new ArrayList<>();
        for (JsonNode fork : rawData) {
            for (JsonNode value : fork) {
                values.add(score(label, value));
            }
        }
        if (values.size() < 2) {
            return Double.NaN;
        }
        double mean = values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double squares =
                values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
        return Math.sqrt(squares / (values.size() - 1) / values.size());
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
