package io.github.carbon4j.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The JSON of a {@link Summary}: a run's {@code summary-<run>.json} and the directory's
 * {@code summary.json} have the same shape, so the second is built from the first ones and read
 * back when the next run closes. Pure functions.
 */
final class SummaryJson {

    static final String FORMAT = "carbon4j-summary/2";
    static final String UNITS = "energy J (energyConsumedJoules includes PUE, components do not), emissions gCO2eq"
            + " (emissionsGrams operational, embodiedGrams the machine's embodied part, sciGrams both), rates gCO2eq/s,"
            + " time s, intensity gCO2eq/kWh";
    static final String TOTALS_LABEL = "the runs from start to end, read from the meters (measured: false where a run"
            + " had to be summed from its logged steps)";
    static final String STEPS_LABEL = "the sums of the logged steps: steps may overlap (overlappedSeconds) and"
            + " time between steps is in none";
    static final List<String> BAR_COLUMNS = List.of("firstStep", "lastStep", "steps", "cpuEnergyJoulesWithPue",
            "gpuEnergyJoulesWithPue", "ramEnergyJoulesWithPue", "emissionsGrams", "seconds");

    private SummaryJson() {}

    static ObjectNode of(Summary summary) {
        ObjectNode root = Json.object();
        root.put("format", FORMAT);
        root.put("units", UNITS);
        ArrayNode experiments = root.putArray("experiments");
        summary.experiments().forEach(experiments::add);
        summary.start().ifPresent(s -> root.put("start", s.toString()));
        summary.end().ifPresent(e -> root.put("end", e.toString()));
        long incomplete = summary.incompleteCount();
        root.put("complete", incomplete == 0);
        if (incomplete > 0) {
            root.put("incomplete", incomplete + " of " + summary.runCount()
                    + " runs have incomplete reports: see each run's \"incomplete\"");
        }
        root.put("runCount", summary.runCount());
        root.set("totals", totals(summary.totals()));
        root.set("steps", steps(summary.steps(), summary.totals().seconds()));
        ArrayNode contexts = root.putArray("contexts");
        for (ContextSummary c : summary.contexts()) {
            ObjectNode context = contexts.addObject();
            context.put("name", c.name());
            context.put("start", c.start().toString());
            context.put("end", c.end().toString());
            context.set("steps", steps(c.totals(), 0));
            ObjectNode bars = context.putObject("bars");
            ArrayNode columns = bars.putArray("columns");
            BAR_COLUMNS.forEach(columns::add);
            ArrayNode rows = bars.putArray("rows");
            for (ContextSummary.Bar b : c.bars()) {
                rows.addArray().add(b.firstStep()).add(b.lastStep()).add(b.steps()).add(b.cpuJoules())
                        .add(b.gpuJoules()).add(b.ramJoules()).add(b.emissionsGrams()).add(b.seconds());
            }
        }
        ArrayNode top = root.putArray("topSteps");
        for (TopStep t : summary.top()) {
            top.addObject().put("context", t.context()).put("step", t.step()).put("runId", t.runId())
                    .put("seconds", t.seconds()).put("energyConsumedJoules", t.energyJoules())
                    .put("emissionsGrams", t.emissionsGrams()).put("name", t.stableName())
                    .put("displayName", t.displayName());
        }
        OlderRuns older = summary.older();
        if (older.count() > 0) {
            ObjectNode node = root.putObject("olderRuns");
            node.put("label", "the runs before the " + Summary.LISTED + " listed in \"runs\", as sums");
            node.put("count", older.count());
            node.put("incomplete", older.incomplete());
            ArrayNode names = node.putArray("experiments");
            older.experiments().forEach(names::add);
            node.put("start", older.start().orElseThrow().toString());
            node.put("end", older.end().orElseThrow().toString());
            node.set("totals", totals(older.totals()));
            node.set("steps", steps(older.steps(), older.totals().seconds()));
        }
        ArrayNode runs = root.putArray("runs");
        for (RunEntry entry : summary.runs()) {
            ObjectNode run = Json.run(entry.record());
            run.put("end", entry.end().toString());
            run.put("complete", entry.complete());
            if (!entry.complete()) {
                run.put("incomplete", entry.incompleteness());
            }
            run.put("unwrittenSteps", entry.unwrittenSteps());
            run.put("killed", entry.killed());
            run.set("totals", totals(entry.totals()));
            run.set("steps", steps(entry.steps(), entry.totals().seconds()));
            runs.add(run);
        }
        return root;
    }

    private static ObjectNode totals(RunTotals t) {
        ObjectNode node = Json.object();
        node.put("label", TOTALS_LABEL);
        node.put("measured", t.measured());
        node.put("seconds", t.seconds());
        node.put("energyConsumedJoules", t.energyJoules());
        node.put("cpuEnergyJoules", t.cpuJoules());
        node.put("gpuEnergyJoules", t.gpuJoules());
        node.put("ramEnergyJoules", t.ramJoules());
        node.put("emissionsGrams", t.emissionsGrams());
        node.put("emissionsRateGramsPerSecond", t.emissionsRateGramsPerSecond());
        node.put("embodiedGrams", t.embodiedGrams());
        node.put("sciGrams", t.sciGrams());
        return node;
    }

    private static ObjectNode steps(Totals t, double runSeconds) {
        ObjectNode node = Json.object();
        if (runSeconds > 0) {
            node.put("label", STEPS_LABEL);
        }
        node.put("count", t.steps());
        node.put("loggedSeconds", t.loggedSeconds());
        if (runSeconds > 0) {
            node.put("loggedShareOfRunTime", t.loggedSeconds() / runSeconds);
        }
        node.put("overlappedSteps", t.overlappedSteps());
        node.put("overlappedSeconds", t.overlappedSeconds());
        node.put("energyConsumedJoules", t.energyJoules());
        node.put("cpuEnergyJoules", t.cpuJoules());
        node.put("gpuEnergyJoules", t.gpuJoules());
        node.put("ramEnergyJoules", t.ramJoules());
        node.put("emissionsGrams", t.emissionsGrams());
        node.put("meanEmissionsRateGramsPerSecond", t.meanRateGramsPerSecond());
        node.put("embodiedGrams", t.embodiedGrams());
        node.put("sciGrams", t.sciGrams());
        return node;
    }

    /** Whether the text is a summary in carbon4j 0.1's format, which held no bars to merge. */
    static boolean isFirstFormat(String text) {
        try {
            return "carbon4j-summary/1".equals(Json.MAPPER.readTree(text).path("format").asText());
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    /**
     * Reads a summary back.
     *
     * @throws ReportFormatException naming the file and the field when it is malformed or holds a
     *     value no run can have (a negative or non-finite figure, a PUE below 1)
     */
    static Summary read(Path file, String text, Path directory) {
        String where = "";
        try {
            JsonNode root = Json.MAPPER.readTree(text);
            if (root == null || !FORMAT.equals(root.path("format").asText())) {
                throw new IllegalArgumentException("format is not \"" + FORMAT + "\"");
            }
            List<RunEntry> runs = new ArrayList<>();
            JsonNode runNodes = array(root, "runs");
            for (int i = 0; i < runNodes.size(); i++) {
                where = "runs[" + i + "]: ";
                JsonNode r = runNodes.get(i);
                RunRecord record = Json.readRun(r, directory);
                runs.add(new RunEntry(record, instant(r, "end"), readTotals(r.get("totals")),
                        readSteps(r.get("steps")), (long) number(r, "unwrittenSteps"), bool(r, "killed")));
            }
            List<ContextSummary> contexts = new ArrayList<>();
            JsonNode contextNodes = array(root, "contexts");
            for (int i = 0; i < contextNodes.size(); i++) {
                where = "contexts[" + i + "]: ";
                JsonNode c = contextNodes.get(i);
                List<ContextSummary.Bar> bars = new ArrayList<>();
                for (JsonNode b : array(c.get("bars"), "rows")) {
                    if (!b.isArray() || b.size() != BAR_COLUMNS.size()) {
                        throw new IllegalArgumentException("a bar needs " + BAR_COLUMNS.size() + " numbers");
                    }
                    bars.add(new ContextSummary.Bar((long) number(b, 0), (long) number(b, 1), (long) number(b, 2),
                            number(b, 3), number(b, 4), number(b, 5), number(b, 6), number(b, 7)));
                }
                contexts.add(new ContextSummary(Json.text(c, "name"), readSteps(c.get("steps")), instant(c, "start"),
                        instant(c, "end"), bars));
            }
            List<TopStep> top = new ArrayList<>();
            JsonNode topNodes = array(root, "topSteps");
            for (int i = 0; i < topNodes.size(); i++) {
                where = "topSteps[" + i + "]: ";
                JsonNode t = topNodes.get(i);
                top.add(topStep(t));
            }
            where = "olderRuns: ";
            OlderRuns older = OlderRuns.NONE;
            JsonNode o = root.get("olderRuns");
            if (o != null) {
                java.util.SortedSet<String> names = new TreeSet<>();
                for (JsonNode name : array(o, "experiments")) {
                    names.add(name.asText());
                }
                older = new OlderRuns((long) number(o, "count"), (long) number(o, "incomplete"), names,
                        java.util.Optional.of(instant(o, "start")), java.util.Optional.of(instant(o, "end")),
                        readTotals(o.get("totals")), readSteps(o.get("steps")));
            }
            return new Summary(runs, older, contexts, top);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new ReportFormatException(file, "not a carbon4j summary: " + where + e.getMessage());
        }
    }

    private static RunTotals readTotals(JsonNode t) {
        return new RunTotals(number(t, "seconds"), number(t, "cpuEnergyJoules"), number(t, "gpuEnergyJoules"),
                number(t, "ramEnergyJoules"), number(t, "energyConsumedJoules"), number(t, "emissionsGrams"),
                bool(t, "measured"), optionalNumber(t, "embodiedGrams"));
    }

    private static Totals readSteps(JsonNode t) {
        return new Totals((long) number(t, "count"), number(t, "loggedSeconds"), number(t, "cpuEnergyJoules"),
                number(t, "gpuEnergyJoules"), number(t, "ramEnergyJoules"), number(t, "energyConsumedJoules"),
                number(t, "emissionsGrams"), (long) number(t, "overlappedSteps"), number(t, "overlappedSeconds"),
                optionalNumber(t, "embodiedGrams"));
    }

    /** A figure that summaries written before embodied emissions were counted lack: zero there. */
    private static double optionalNumber(JsonNode node, String field) {
        return node == null || node.get(field) == null ? 0 : number(node, field);
    }

    private static JsonNode array(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || !value.isArray()) {
            throw new IllegalArgumentException("missing array \"" + field + "\"");
        }
        return value;
    }

    private static Instant instant(JsonNode node, String field) {
        return Json.instant(Json.text(node, field), field);
    }

    private static boolean bool(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || !value.isBoolean()) {
            throw new IllegalArgumentException("\"" + field + "\" is not true or false");
        }
        return value.asBoolean();
    }

    private static double number(JsonNode node, String field) {
        return Json.figure(node == null ? null : node.get(field), field);
    }

    private static double number(JsonNode array, int index) {
        return Json.figure(array.get(index), BAR_COLUMNS.get(index));
    }

    /** A top step; summaries written before steps had names have none: context and step name those. */
    private static TopStep topStep(JsonNode t) {
        String context = Json.text(t, "context");
        long step = (long) number(t, "step");
        String name = t.hasNonNull("name") ? Json.text(t, "name") : "";
        return new TopStep(context, step, Json.text(t, "runId"), number(t, "seconds"),
                number(t, "energyConsumedJoules"), number(t, "emissionsGrams"),
                name.equals(StepRow.stableName(context, step)) ? "" : name,
                t.hasNonNull("displayName") ? Json.text(t, "displayName") : "");
    }
}
