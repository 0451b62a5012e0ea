package io.github.carbon4j.report;

import io.github.carbon4j.internal.RunInfo;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;

/**
 * The W3C PROV-JSON document of one run, in yProv4ML's newest shape: an agent (the OS user), the
 * run activity, per context an activity and its {@code carbon4j//<context>} source activity, one
 * {@code provml:Metric} entity per metric file (id {@code carbon4j//<metric>//<context>}, the context
 * percent-encoded where PROV-N needs it; {@code yprov:context} keeps it as is;
 * {@code dcterms:identifier} the file's path), linked by wasAssociatedWith, wasInformedBy and
 * wasGeneratedBy with blank ids {@code _:id1, _:id2, ...} in creation order. Pure function.
 */
final class ProvDocument {

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

    private final ObjectNode root = Json.object();
    private int relations;

    private ProvDocument() {}

    static ObjectNode of(Summary summary, List<MetricFile> files) {
        return new ProvDocument().build(summary, files);
    }

    private ObjectNode build(Summary summary, List<MetricFile> files) {
        RunEntry entry = summary.runs().get(0);
        RunRecord record = entry.record();
        RunInfo run = record.run();
        String runName = ProvFiles.name(run);
        ObjectNode prefix = root.putObject("prefix");
        prefix.put("yprov", "https://github.com/HPCI-Lab/yProv4ML#");
        prefix.put("provml", "https://github.com/HPCI-Lab/yProv4ML/prov-ml#");
        prefix.put("dcterms", "http://purl.org/dc/terms/");
        prefix.put("carbon4j", "https://github.com/carbon4j/carbon4j#");
        prefix.put("default", "urn:carbon4j:run:" + runName + "/");
        String agent = record.machine().user().isEmpty() ? "user" : FileNames.safe(record.machine().user());
        root.putObject("agent").putObject(agent).put("prov:type", "prov:Person");
        ObjectNode activities = root.putObject("activity");
        ObjectNode runActivity = activities.putObject(runName);
        runActivity.put("prov:startTime", run.start().toString());
        runActivity.put("prov:endTime", entry.end().toString());
        runActivity.put("yprov:experiment_name", run.experiment());
        runActivity.put("yprov:run_id", run.runId());
        runActivity.set("yprov:global_rank", typedInt(0));
        runActivity.put("yprov:experiment_dir", ProvFiles.runDirectory(run).toString().replace('\\', '/'));
        runActivity.put("yprov:operating_system", record.machine().os());
        runActivity.put("yprov:processor", record.machine().cpuModel());
        runActivity.put("yprov:java_version", record.machine().javaVersion());
        runActivity.put("carbon4j:scope", run.scope().key());
        runActivity.set("carbon4j:pue", typedDouble(run.pue()));
        runActivity.set("carbon4j:intensity_g_per_kwh", typedDouble(run.intensity().gramsPerKilowattHour()));
        runActivity.put("carbon4j:intensity_source", run.intensitySource());
        for (io.github.carbon4j.Component c : io.github.carbon4j.Component.values()) {
            runActivity.put("carbon4j:" + c.key() + "_method", run.method(c).describe(c));
        }
        runActivity.set("carbon4j:emissions_g", typedDouble(entry.totals().emissionsGrams()));
        runActivity.set("carbon4j:embodied_emissions_g", typedDouble(entry.totals().embodiedGrams()));
        runActivity.set("carbon4j:sci_g", typedDouble(entry.totals().sciGrams()));
        if (!entry.complete()) {
            runActivity.put("carbon4j:incomplete", entry.incompleteness());
        }
        ObjectNode associated = root.putObject("wasAssociatedWith");
        relation(associated).put("prov:activity", runName).put("prov:agent", agent);
        ObjectNode informed = root.putObject("wasInformedBy");
        ObjectNode entities = root.putObject("entity");
        ObjectNode generated = root.putObject("wasGeneratedBy");
        for (ContextSummary context : summary.contexts()) {
            String name = context.name();
            String contextId = localName(name);
            String sourceActivity = ReportNames.SOURCE + "//" + contextId;
            Instant start = context.start();
            Instant end = context.end();
            for (String id : List.of(contextId, sourceActivity)) {
                activities.putObject(id).put("prov:startTime", start.toString()).put("prov:endTime", end.toString());
            }
            relation(informed).put("prov:informed", contextId).put("prov:informant", runName);
            relation(informed).put("prov:informed", sourceActivity).put("prov:informant", contextId);
            for (MetricFile file : files) {
                if (!file.context().equals(name)) {
                    continue;
                }
                String id = ReportNames.SOURCE + "//" + file.metric() + "//" + contextId;
                ObjectNode entity = entities.putObject(id);
                entity.put("prov:type", "provml:Metric");
                entity.put("prov:label", id);
                entity.put("yprov:context", name);
                entity.put("yprov:source", ReportNames.SOURCE);
                entity.put("yprov:unit", file.unit());
                entity.put("dcterms:identifier", file.path());
                entity.set("yprov:file_size", typedInt(file.size()));
                entity.put("prov:role", "output");
                relation(generated).put("prov:entity", id).put("prov:activity", sourceActivity)
                        .put("prov:time", end.toString());
            }
        }
        return root;
    }

    /**
     * A context name as the local part of a qualified name: characters PROV-N does not allow there
     * are percent-encoded (UTF-8), so {@code Training} stays {@code Training} and no two contexts meet.
     */
    static String localName(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (byte b : text.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            boolean keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '-' || c == '_' || c == '/';
            sb.append(keep ? String.valueOf(c) : String.format(java.util.Locale.ROOT, "%%%02X", (int) c));
        }
        return sb.toString();
    }

    private ObjectNode relation(ObjectNode group) {
        return group.putObject("_:id" + ++relations);
    }

    /** PROV-JSON typed literals carry their lexical form as a string. */
    private static ObjectNode typedInt(long value) {
        ObjectNode node = Json.object();
        node.put("$", Long.toString(value));
        node.put("type", "xsd:int");
        return node;
    }

    private static ObjectNode typedDouble(double value) {
        ObjectNode node = Json.object();
        node.put("$", Double.toString(value));
        node.put("type", "xsd:double");
        return node;
    }
}
