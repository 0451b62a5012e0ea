package io.github.carbon4j.report;

import io.github.carbon4j.internal.RunInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.carbon4j.CarbonIntensity;
import io.github.carbon4j.Component;
import io.github.carbon4j.MeasurementMethod;
import io.github.carbon4j.Scope;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** The JSON of run files and summaries, through one shared Jackson mapper. Thread-safe. */
final class Json {

    static final Instant LAST_INSTANT = Instant.parse("9999-12-31T23:59:59.999999999Z");
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {}

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode method(MeasurementMethod method) {
        ObjectNode node = object();
        node.put("kind", method.kind().name().toLowerCase(Locale.ROOT));
        node.put("name", method.name());
        node.put("detail", method.detail());
        node.put("estimate", method.kind() == MeasurementMethod.Kind.ESTIMATED
                || method.kind() == MeasurementMethod.Kind.CONFIGURED);
        return node;
    }

    /** The run file: everything but the steps, written when the run starts. */
    static ObjectNode run(RunRecord record) {
        RunInfo run = record.run();
        ObjectNode node = object();
        node.put("runId", run.runId());
        node.put("experiment", run.experiment());
        node.put("start", run.start().toString());
        node.put("scope", run.scope().key());
        node.put("pue", run.pue());
        ObjectNode intensity = node.putObject("intensity");
        intensity.put("gramsPerKilowattHour", run.intensity().gramsPerKilowattHour());
        intensity.put("source", run.intensitySource());
        ObjectNode methods = node.putObject("methods");
        for (Component c : Component.values()) {
            methods.set(c.key(), method(record.method(c)));
        }
        MachineInfo m = record.machine();
        ObjectNode machine = node.putObject("machine");
        machine.put("os", m.os());
        machine.put("cpuModel", m.cpuModel());
        machine.put("cpuCount", m.cpuCount());
        machine.put("ramTotalBytes", m.ramTotalBytes());
        machine.put("hostname", m.hostname());
        machine.put("javaVersion", m.javaVersion());
        machine.put("user", m.user());
        com.fasterxml.jackson.databind.node.ArrayNode gpus = machine.putArray("gpuModels");
        m.gpuModels().forEach(gpus::add);
        RunRecord.Location l = record.location();
        ObjectNode location = node.putObject("location");
        location.put("country", l.country());
        location.put("region", l.region());
        location.put("cloudProvider", l.cloudProvider());
        location.put("cloudRegion", l.cloudRegion());
        record.embodied().ifPresent(e -> {
            ObjectNode embodied = node.putObject("embodied");
            embodied.put("totalGrams", e.total().grams());
            embodied.put("lifetimeYears", e.lifetimeYears());
            embodied.put("share", e.share());
            embodied.put("source", e.source());
        });
        return node;
    }

    /**
     * Reads a run file back.
     *
     * @throws ReportFormatException naming the file when a field is missing or invalid
     */
    static RunRecord readRun(Path file, String text, Path directory) {
        try {
            return readRun(MAPPER.readTree(text), directory);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new ReportFormatException(file, "not a carbon4j run file: " + e.getMessage());
        }
    }

    /**
     * Reads a run as {@link #run} writes it, checking every figure is one a run can have.
     *
     * @throws IllegalArgumentException naming the field that is missing or invalid
     */
    static RunRecord readRun(JsonNode n, Path directory) {
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        JsonNode methods = n.get("methods");
        double pue = figure(n.get("pue"), "pue");
        if (pue < 1) {
            throw new IllegalArgumentException("\"pue\" must be at least 1, got " + pue);
        }
        RunInfo run = new RunInfo(text(n, "runId"), text(n, "experiment"), instant(text(n, "start"), "start"),
                directory, Scope.parse(text(n, "scope")), pue,
                CarbonIntensity.ofGramsPerKilowattHour(figure(n.path("intensity").get("gramsPerKilowattHour"),
                        "intensity.gramsPerKilowattHour")),
                text(n.get("intensity"), "source"),
                readMethods(methods));
        JsonNode m = n.get("machine");
        MachineInfo machine = new MachineInfo(text(m, "os"), text(m, "cpuModel"),
                (int) Math.min(Integer.MAX_VALUE, figure(m == null ? null : m.get("cpuCount"), "machine.cpuCount")),
                (long) figure(m == null ? null : m.get("ramTotalBytes"), "machine.ramTotalBytes"), text(m, "hostname"),
                text(m, "javaVersion"), text(m, "user"), gpuModels(m));
        JsonNode l = n.get("location");
        JsonNode e = n.get("embodied");
        java.util.Optional<io.github.carbon4j.EmbodiedModel> embodied = e == null ? java.util.Optional.empty()
                : java.util.Optional.of(new io.github.carbon4j.EmbodiedModel(
                        io.github.carbon4j.Emissions.ofGrams(figure(e.get("totalGrams"), "embodied.totalGrams")),
                        figure(e.get("lifetimeYears"), "embodied.lifetimeYears"), figure(e.get("share"), "embodied.share"),
                        text(e, "source")));
        return new RunRecord(run, machine, new RunRecord.Location(text(l, "country"), text(l, "region"),
                text(l, "cloudProvider"), text(l, "cloudRegion")), embodied);
    }

    /** The GPU models of a machine; absent in run files written before carbon4j named them. */
    private static java.util.List<String> gpuModels(JsonNode machine) {
        JsonNode gpus = machine.get("gpuModels");
        if (gpus == null) {
            return java.util.List.of();
        }
        if (!gpus.isArray()) {
            throw new IllegalArgumentException("\"machine.gpuModels\" is not an array");
        }
        java.util.List<String> models = new java.util.ArrayList<>();
        for (JsonNode gpu : gpus) {
            if (!gpu.isTextual()) {
                throw new IllegalArgumentException("\"machine.gpuModels\" holds a value that is not text");
            }
            models.add(gpu.asText());
        }
        return models;
    }

    /** A JSON number that a figure can be: finite and at least 0. */
    static double figure(JsonNode value, String field) {
        if (value == null || !value.isNumber()) {
            throw new IllegalArgumentException("\"" + field + "\" is not a number");
        }
        double d = value.asDouble();
        if (!Double.isFinite(d) || d < 0) {
            throw new IllegalArgumentException("\"" + field + "\" must be a finite number >= 0, got " + value);
        }
        return d;
    }

    /** An instant a logger can have written: years 1970 to 9999. */
    static Instant instant(String text, String field) {
        Instant instant;
        try {
            instant = Instant.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + field + "\" is not a timestamp: \"" + text + "\"");
        }
        if (instant.isBefore(Instant.EPOCH) || instant.isAfter(LAST_INSTANT)) {
            throw new IllegalArgumentException("\"" + field + "\" is out of range (1970 to 9999): " + text);
        }
        return instant;
    }

    private static Map<Component, MeasurementMethod> readMethods(JsonNode methods) {
        Map<Component, MeasurementMethod> read = new EnumMap<>(Component.class);
        for (Component c : Component.values()) {
            read.put(c, readMethod(methods == null ? null : methods.get(c.key())));
        }
        return read;
    }

    private static MeasurementMethod readMethod(JsonNode node) {
        String kind = text(node, "kind");
        try {
            return new MeasurementMethod(MeasurementMethod.Kind.valueOf(kind.toUpperCase(Locale.ROOT)),
                    text(node, "name"), text(node, "detail"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("method kind \"" + kind + "\" is not one of measured, estimated,"
                    + " configured, none");
        }
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("missing text field \"" + field + "\"");
        }
        return value.asText();
    }
}
