package io.github.carbon4j.report;

import io.github.carbon4j.Component;
import io.github.carbon4j.internal.RunInfo;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The W3C PROV-JSON document of one run, in yProv4ML's newest shape: an agent (the OS user), the
 * run activity, per context an activity and its {@code carbon4j//<context>} source activity, one
 * {@code provml:Metric} entity per metric file (id {@code carbon4j//<metric>//<context>}, the context
 * percent-encoded where PROV-N needs it; {@code yprov:context} keeps it as is;
 * {@code dcterms:identifier} the file's path), linked by wasAssociatedWith, wasInformedBy and
 * wasGeneratedBy with blank ids {@code _:id1, _:id2, ...} in creation order. Pure function.
 */
final class ProvDocument implements Json.Body {

    /**
     * A written metric file.
     *
     * @param metric the metric name
     * @param context the context name
     * @param unit the unit of its values
     * @param path the file's path as written, with forward slashes
     * @param size its size in bytes
     */
    record MetricFile(String metric, String context, String unit, String path, long size) {}

    private final Summary summary;
    private final List<MetricFile> files;

    /** The document's body: this class rather than a lambda, which a closing JVM would spin. */
    private ProvDocument(Summary summary, List<MetricFile> files) {
        this.summary = summary;
        this.files = files;
    }

    static Json.Body of(Summary summary, List<MetricFile> files) {
        return new ProvDocument(summary, files);
    }

    @Override
    public void write(JsonOut g) throws IOException {
        build(g, summary, files);
    }

    private static void build(JsonOut g, Summary summary, List<MetricFile> files) throws IOException {
        RunEntry entry = summary.runs().get(0);
        RunRecord record = entry.record();
        String runName = ProvFiles.name(record.run());
        String agent = record.machine().user().isEmpty()
                ? "user"
                : FileNames.safe(record.machine().user());
        g.writeStartObject();
        g.writeObjectFieldStart("prefix");
        g.writeStringField("yprov", "https://github.com/HPCI-Lab/yProv4ML#");
        g.writeStringField("provml", "https://github.com/HPCI-Lab/yProv4ML/prov-ml#");
        g.writeStringField("dcterms", "http://purl.org/dc/terms/");
        g.writeStringField("carbon4j", "https://github.com/carbon4j/carbon4j#");
        g.writeStringField("default", "urn:carbon4j:run:" + runName + "/");
        g.writeEndObject();
        g.writeObjectFieldStart("agent");
        g.writeObjectFieldStart(agent);
        g.writeStringField("prov:type", "prov:Person");
        g.writeEndObject();
        g.writeEndObject();
        g.writeObjectFieldStart("activity");
        runActivity(g, entry, runName);
        for (ContextSummary context : summary.contexts()) {
            for (String id : List.of(localName(context.name()), sourceActivity(context))) {
                g.writeObjectFieldStart(id);
                g.writeStringField("prov:startTime", StepTimes.text(context.start()));
                g.writeStringField("prov:endTime", StepTimes.text(context.end()));
                g.writeEndObject();
            }
        }
        g.writeEndObject();
        g.writeObjectFieldStart("wasAssociatedWith");
        relation(g, 1, "prov:activity", runName, "prov:agent", agent);
        g.writeEndObject();
        relations(g, summary.contexts(), files, runName);
        g.writeEndObject();
    }

    private static void runActivity(JsonOut g, RunEntry entry, String runName) throws IOException {
        RunRecord record = entry.record();
        RunInfo run = record.run();
        g.writeObjectFieldStart(runName);
        g.writeStringField("prov:startTime", StepTimes.text(run.start()));
        g.writeStringField("prov:endTime", StepTimes.text(entry.end()));
        g.writeStringField("yprov:experiment_name", run.experiment());
        g.writeStringField("yprov:run_id", run.runId());
        typed(g, "yprov:global_rank", "0", "xsd:int");
        g.writeStringField(
                "yprov:experiment_dir", ProvFiles.runDirectory(run).toString().replace('\\', '/'));
        g.writeStringField("yprov:operating_system", record.machine().os());
        g.writeStringField("yprov:processor", record.machine().cpuModel());
        g.writeStringField("yprov:java_version", record.machine().javaVersion());
        g.writeStringField("carbon4j:scope", run.scope().key());
        typed(g, "carbon4j:pue", DoubleWriter.text(run.pue()), "xsd:double");
        typed(
                g,
                "carbon4j:intensity_g_per_kwh",
                DoubleWriter.text(run.intensity().gramsPerKilowattHour()),
                "xsd:double");
        g.writeStringField("carbon4j:intensity_source", run.intensitySource());
        for (Component c : Component.values()) {
            g.writeStringField(
                    "carbon4j:" + c.key() + "_method", record.method(c).describe(c));
        }
        typed(g, "carbon4j:emissions_g", DoubleWriter.text(entry.totals().emissionsGrams()), "xsd:double");
        typed(
                g,
                "carbon4j:embodied_emissions_g",
                DoubleWriter.text(entry.totals().embodiedGrams()),
                "xsd:double");
        typed(g, "carbon4j:sci_g", DoubleWriter.text(entry.totals().sciGrams()), "xsd:double");
        if (!entry.complete()) {
            g.writeStringField("carbon4j:incomplete", entry.incompleteness());
        }
        g.writeEndObject();
    }

    /**
     * wasInformedBy, entity and wasGeneratedBy. Blank ids number the relations in the order a walk
     * through the contexts creates them: per context its two wasInformedBy, then a wasGeneratedBy per
     * metric file, after the one wasAssociatedWith ({@code _:id1}).
     */
    private static void relations(JsonOut g, List<ContextSummary> contexts, List<MetricFile> files, String runName)
            throws IOException {
        g.writeObjectFieldStart("wasInformedBy");
        int id = 2;
        for (ContextSummary context : contexts) {
            relation(g, id++, "prov:informed", localName(context.name()), "prov:informant", runName);
            relation(g, id++, "prov:informed", sourceActivity(context), "prov:informant", localName(context.name()));
            id += filesOf(files, context).size();
        }
        g.writeEndObject();
        g.writeObjectFieldStart("entity");
        for (ContextSummary context : contexts) {
            for (MetricFile file : filesOf(files, context)) {
                entity(g, file, entityId(file, context));
            }
        }
        g.writeEndObject();
        g.writeObjectFieldStart("wasGeneratedBy");
        id = 2;
        for (ContextSummary context : contexts) {
            id += 2;
            for (MetricFile file : filesOf(files, context)) {
                relation(
                        g,
                        id++,
                        "prov:entity",
                        entityId(file, context),
                        "prov:activity",
                        sourceActivity(context),
                        "prov:time",
                        StepTimes.text(context.end()));
            }
        }
        g.writeEndObject();
    }

    /**
     * A context name as the local part of a qualified name: characters PROV-N does not allow there
     * are percent-encoded (UTF-8), so {@code Training} stays {@code Training} and no two contexts meet.
     */
    static String localName(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (byte b : text.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            boolean keep = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '.'
                    || c == '-'
                    || c == '_'
                    || c == '/';
            sb.append(keep ? String.valueOf(c) : String.format(java.util.Locale.ROOT, "%%%02X", (int) c));
        }
        return sb.toString();
    }

    private static String sourceActivity(ContextSummary context) {
        return ReportNames.SOURCE + "//" + localName(context.name());
    }

    private static String entityId(MetricFile file, ContextSummary context) {
        return ReportNames.SOURCE + "//" + file.metric() + "//" + localName(context.name());
    }

    private static List<MetricFile> filesOf(List<MetricFile> files, ContextSummary context) {
        List<MetricFile> own = new ArrayList<>();
        for (MetricFile f : files) {
            if (f.context().equals(context.name())) {
                own.add(f);
            }
        }
        return own;
    }

    private static void entity(JsonOut g, MetricFile file, String id) throws IOException {
        g.writeObjectFieldStart(id);
        g.writeStringField("prov:type", "provml:Metric");
        g.writeStringField("prov:label", id);
        g.writeStringField("yprov:context", file.context());
        g.writeStringField("yprov:source", ReportNames.SOURCE);
        g.writeStringField("yprov:unit", file.unit());
        g.writeStringField("dcterms:identifier", file.path());
        typed(g, "yprov:file_size", Long.toString(file.size()), "xsd:int");
        g.writeStringField("prov:role", "output");
        g.writeEndObject();
    }

    /** A relation {@code _:id<n>} with its fields as name, value pairs. */
    private static void relation(JsonOut g, int id, String... fields) throws IOException {
        g.writeObjectFieldStart("_:id" + id);
        for (int i = 0; i < fields.length; i += 2) {
            g.writeStringField(fields[i], fields[i + 1]);
        }
        g.writeEndObject();
    }

    /** PROV-JSON typed literals carry their lexical form as a string. */
    private static void typed(JsonOut g, String field, String lexical, String type) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("$", lexical);
        g.writeStringField("type", type);
        g.writeEndObject();
    }
}
