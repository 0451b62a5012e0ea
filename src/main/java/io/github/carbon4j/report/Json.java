package io.github.carbon4j.report;

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
import java.util.Locale;

/** The JSON of run files and summaries, through one shared Jackson mapper. Thread-safe. */
final class Json {

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
        RunRecord.Location l = record.location();
        ObjectNode location = node.putObject("location");
        location.put("country", l.country());
        location.put("region", l.region());
        location.put("cloudProvider", l.cloudProvider());
        location.put("cloudRegion", l.cloudRegion());
        return node;
    }

    /**
     * Reads a run file back.
     *
     * @throws ReportFormatException naming the file when a field is missing or invalid
     */
    static RunRecord readRun(Path file, String text, Path directory) {
        try {
            JsonNode n = MAPPER.readTree(text);
            JsonNode methods = n.get("methods");
            RunInfo run = new RunInfo(text(n, "runId"), text(n, "experiment"), Instant.parse(text(n, "start")),
                    directory, Scope.parse(text(n, "scope")), n.get("pue").asDouble(),
                    CarbonIntensity.ofGramsPerKilowattHour(n.get("intensity").get("gramsPerKilowattHour").asDouble()),
                    text(n.get("intensity"), "source"),
                    readMethod(methods.get("cpu")), readMethod(methods.get("gpu")), readMethod(methods.get("ram")));
            JsonNode m = n.get("machine");
            MachineInfo machine = new MachineInfo(text(m, "os"), text(m, "cpuModel"), m.get("cpuCount").asInt(),
                    m.get("ramTotalBytes").asLong(), text(m, "hostname"), text(m, "javaVersion"), text(m, "user"));
            JsonNode l = n.get("location");
            return new RunRecord(run, machine, new RunRecord.Location(text(l, "country"), text(l, "region"),
                    text(l, "cloudProvider"), text(l, "cloudRegion")));
        } catch (JsonProcessingException | RuntimeException e) {
            throw new ReportFormatException(file, "not a carbon4j run file: " + e.getMessage());
        }
    }

    private static MeasurementMethod readMethod(JsonNode node) {
        return new MeasurementMethod(MeasurementMethod.Kind.valueOf(text(node, "kind").toUpperCase(Locale.ROOT)),
                text(node, "name"), text(node, "detail"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("missing text field \"" + field + "\"");
        }
        return value.asText();
    }
}
