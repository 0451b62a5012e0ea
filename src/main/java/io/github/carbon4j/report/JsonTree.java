package io.github.carbon4j.report;

import io.github.carbon4j.CarbonIntensity;
import io.github.carbon4j.Component;
import io.github.carbon4j.EmbodiedModel;
import io.github.carbon4j.Emissions;
import io.github.carbon4j.MeasurementMethod;
import io.github.carbon4j.Scope;
import io.github.carbon4j.internal.RunInfo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reading run files and summaries back through {@link JsonText}'s tree, checking every figure is one a
 * run can have. Loaded only where JSON is read: the report command, and a run closing into a directory
 * that already has a summary. Thread-safe.
 */
final class JsonTree {

    private JsonTree() {}

    /**
     * Reads a run file back.
     *
     * @throws ReportFormatException naming the file when a field is missing or invalid
     */
    static RunRecord readRun(Path file, String text, Path directory) {
        try {
            return readRun(JsonText.parse(text), directory);
        } catch (RuntimeException e) {
            throw new ReportFormatException(file, "not a carbon4j run file: " + e.getMessage());
        }
    }

    /**
     * Reads a run as {@link Json#run} writes it, checking every figure is one a run can have.
     *
     * @throws IllegalArgumentException naming the field that is missing or invalid
     */
    static RunRecord readRun(JsonValue n, Path directory) {
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        JsonValue methods = n.get("methods");
        double pue = figure(n.get("pue"), "pue");
        if (pue < 1) {
            throw new IllegalArgumentException("\"pue\" must be at least 1, got " + pue);
        }
        RunInfo run = new RunInfo(
                text(n, "runId"),
                text(n, "experiment"),
                Json.instant(text(n, "start"), "start"),
                directory,
                Scope.parse(text(n, "scope")),
                pue,
                CarbonIntensity.ofGramsPerKilowattHour(
                        figure(n.path("intensity").get("gramsPerKilowattHour"), "intensity.gramsPerKilowattHour")),
                text(n.get("intensity"), "source"),
                readMethods(methods));
        MachineInfo machine = readMachine(n.get("machine"));
        JsonValue l = n.get("location");
        Optional<EmbodiedModel> embodied = readEmbodied(n.get("embodied"));
        return new RunRecord(
                run,
                machine,
                new RunRecord.Location(
                        text(l, "country"), text(l, "region"), text(l, "cloudProvider"), text(l, "cloudRegion")),
                embodied);
    }

    /** The machine a run was on, as the run file names it. */
    private static MachineInfo readMachine(JsonValue m) {
        return new MachineInfo(
                text(m, "os"),
                text(m, "cpuModel"),
                (int) Math.min(Integer.MAX_VALUE, figure(m == null ? null : m.get("cpuCount"), "machine.cpuCount")),
                (long) figure(m == null ? null : m.get("ramTotalBytes"), "machine.ramTotalBytes"),
                text(m, "hostname"),
                text(m, "javaVersion"),
                text(m, "user"),
                gpuModels(m));
    }

    /** The embodied-emissions model of a run; absent when the run file has none. */
    private static Optional<EmbodiedModel> readEmbodied(JsonValue e) {
        return e == null
                ? Optional.empty()
                : Optional.of(new EmbodiedModel(
                        Emissions.ofGrams(figure(e.get("totalGrams"), "embodied.totalGrams")),
                        figure(e.get("lifetimeYears"), "embodied.lifetimeYears"),
                        figure(e.get("share"), "embodied.share"),
                        text(e, "source")));
    }

    /** The GPU models of a machine; absent in run files written before carbon4j named them. */
    private static List<String> gpuModels(JsonValue machine) {
        JsonValue gpus = machine.get("gpuModels");
        if (gpus == null) {
            return List.of();
        }
        if (!gpus.isArray()) {
            throw new IllegalArgumentException("\"machine.gpuModels\" is not an array");
        }
        List<String> models = new ArrayList<>();
        for (JsonValue gpu : gpus) {
            if (!gpu.isTextual()) {
                throw new IllegalArgumentException("\"machine.gpuModels\" holds a value that is not text");
            }
            models.add(gpu.asText());
        }
        return models;
    }

    /** A JSON number that a figure can be: finite and at least 0. */
    static double figure(JsonValue value, String field) {
        if (value == null || !value.isNumber()) {
            throw new IllegalArgumentException("\"" + field + "\" is not a number");
        }
        double d = value.asDouble();
        if (!Double.isFinite(d) || d < 0) {
            throw new IllegalArgumentException("\"" + field + "\" must be a finite number >= 0, got " + value);
        }
        return d;
    }

    private static Map<Component, MeasurementMethod> readMethods(JsonValue methods) {
        Map<Component, MeasurementMethod> read = new EnumMap<>(Component.class);
        for (Component c : Component.values()) {
            read.put(c, readMethod(methods == null ? null : methods.get(c.key())));
        }
        return read;
    }

    private static MeasurementMethod readMethod(JsonValue node) {
        String kind = text(node, "kind");
        try {
            return new MeasurementMethod(
                    MeasurementMethod.Kind.valueOf(kind.toUpperCase(Locale.ROOT)),
                    text(node, "name"),
                    text(node, "detail"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "method kind \"" + kind + "\" is not one of measured, estimated," + " configured, none");
        }
    }

    static String text(JsonValue node, String field) {
        JsonValue value = node == null ? null : node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("missing text field \"" + field + "\"");
        }
        return value.asText();
    }
}
