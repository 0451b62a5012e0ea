package io.github.carbon4j.report;

import io.github.carbon4j.Component;
import io.github.carbon4j.MeasurementMethod;
import io.github.carbon4j.internal.RunInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Locale;

/**
 * Writing the JSON of run files, summaries and PROV documents through {@link JsonOut}, which writes what
 * jackson-core's generator with its default pretty printer does without loading jackson-core's classes
 * (about 70, which the run file would cost a starting logger at its first step). Reading goes through
 * carbon4j's own strict reader into a small tree ({@link JsonText}, {@link JsonTree}), for the report
 * command and merging summaries: databind's tree cost a closing JVM about 300 classes, jackson-core's
 * parser about 65. Thread-safe.
 */
final class Json {

    /** 9999-12-31T23:59:59.999999999Z, not parsed: parsing loads java.time's formatter into every closing JVM. */
    static final Instant LAST_INSTANT = Instant.ofEpochSecond(253_402_300_799L, 999_999_999);

    /** Writes one JSON value (an object, usually) with the writer. */
    interface Body {
        void write(JsonOut g) throws IOException;
    }

    private Json() {}

    /** The value as indented JSON text with a final line break, as Jackson's default pretty printer writes it. */
    static String write(Body body) {
        StringBuilder out = new StringBuilder(4096);
        try {
            body.write(new JsonOut(out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }

    /** The run file: everything but the steps, written with the run's first step. */
    static Body run(RunRecord record) {
        return new RunBody(record);
    }

    /** The run file's body: a class rather than a lambda, which a starting JVM would spin. */
    private record RunBody(RunRecord record) implements Body {
        @Override
        public void write(JsonOut g) throws IOException {
            g.writeStartObject();
            runFields(g, record);
            g.writeEndObject();
        }
    }

    /** The run's fields, into an object the caller opened (a run file, or a run of a summary). */
    static void runFields(JsonOut g, RunRecord record) throws IOException {
        RunInfo run = record.run();
        g.writeStringField("runId", run.runId());
        g.writeStringField("experiment", run.experiment());
        g.writeStringField("start", StepTimes.text(run.start()));
        g.writeStringField("scope", run.scope().key());
        g.writeNumberField("pue", run.pue());
        g.writeObjectFieldStart("intensity");
        g.writeNumberField("gramsPerKilowattHour", run.intensity().gramsPerKilowattHour());
        g.writeStringField("source", run.intensitySource());
        g.writeEndObject();
        g.writeObjectFieldStart("methods");
        for (Component c : Component.values()) {
            g.writeFieldName(c.key());
            method(g, record.method(c));
        }
        g.writeEndObject();
        machine(g, record.machine());
        RunRecord.Location l = record.location();
        g.writeObjectFieldStart("location");
        g.writeStringField("country", l.country());
        g.writeStringField("region", l.region());
        g.writeStringField("cloudProvider", l.cloudProvider());
        g.writeStringField("cloudRegion", l.cloudRegion());
        g.writeEndObject();
        if (record.embodied().isPresent()) {
            var e = record.embodied().get();
            g.writeObjectFieldStart("embodied");
            g.writeNumberField("totalGrams", e.total().grams());
            g.writeNumberField("lifetimeYears", e.lifetimeYears());
            g.writeNumberField("share", e.share());
            g.writeStringField("source", e.source());
            g.writeEndObject();
        }
    }

    private static void machine(JsonOut g, MachineInfo m) throws IOException {
        g.writeObjectFieldStart("machine");
        g.writeStringField("os", m.os());
        g.writeStringField("cpuModel", m.cpuModel());
        g.writeNumberField("cpuCount", m.cpuCount());
        g.writeNumberField("ramTotalBytes", m.ramTotalBytes());
        g.writeStringField("hostname", m.hostname());
        g.writeStringField("javaVersion", m.javaVersion());
        g.writeStringField("user", m.user());
        g.writeArrayFieldStart("gpuModels");
        for (String gpu : m.gpuModels()) {
            g.writeString(gpu);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    static void method(JsonOut g, MeasurementMethod method) throws IOException {
        g.writeStartObject();
        g.writeStringField("kind", method.kind().name().toLowerCase(Locale.ROOT));
        g.writeStringField("name", method.name());
        g.writeStringField("detail", method.detail());
        g.writeBooleanField(
                "estimate",
                method.kind() == MeasurementMethod.Kind.ESTIMATED
                        || method.kind() == MeasurementMethod.Kind.CONFIGURED);
        g.writeEndObject();
    }

    /** An instant a logger can have written: years 1970 to 9999. */
    static Instant instant(String text, String field) {
        Instant instant;
        try {
            instant = StepTimesParser.instant(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + field + "\" is not a timestamp: \"" + text + "\"");
        }
        if (instant.isBefore(Instant.EPOCH) || instant.isAfter(LAST_INSTANT)) {
            throw new IllegalArgumentException("\"" + field + "\" is out of range (1970 to 9999): " + text);
        }
        return instant;
    }
}
