package io.github.carbon4j.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The summary of a set of runs: totals overall, per context and per run, with each run's machine,
 * methods and intensity, and the cumulative view labelled as such. Pure function of the data.
 */
final class SummaryJson {

    static final String FORMAT = "carbon4j-summary/1";
    static final String CUMULATIVE_LABEL = "cumulative: total emissions / total run time (start to last step,"
            + " summed over runs); the per-step emissions rate is in the steps files";

    private SummaryJson() {}

    static ObjectNode of(ReportData data) {
        ObjectNode root = Json.object();
        root.put("format", FORMAT);
        root.put("units", "energy J (energyConsumed includes PUE, components do not), emissions gCO2eq,"
                + " rates gCO2eq/s, time s, intensity gCO2eq/kWh");
        ArrayNode experiments = root.putArray("experiments");
        new TreeSet<>(data.runs().values().stream().map(r -> r.run().experiment()).toList()).forEach(experiments::add);
        if (!data.runs().isEmpty()) {
            root.put("start", data.runs().values().iterator().next().run().start().toString());
            root.put("end", data.runs().keySet().stream().map(data::end).max(java.time.Instant::compareTo)
                    .orElseThrow().toString());
        }
        Totals totals = data.totals();
        root.set("totals", totals(totals));
        root.set("cumulative", cumulative(totals.emissionsGrams(), data.runSeconds()));
        ArrayNode contexts = root.putArray("contexts");
        for (Map.Entry<String, List<StepRow>> e : data.contexts().entrySet()) {
            ObjectNode context = contexts.addObject();
            context.put("name", e.getKey());
            context.set("totals", totals(Totals.of(e.getValue())));
        }
        ArrayNode runs = root.putArray("runs");
        for (RunRecord record : data.runs().values()) {
            String id = record.run().runId();
            ObjectNode run = Json.run(record);
            run.put("end", data.end(id).toString());
            Totals runTotals = Totals.of(data.rowsOf(id));
            run.set("totals", totals(runTotals));
            run.set("cumulative", cumulative(runTotals.emissionsGrams(), data.runTime(id).toNanos() / 1e9));
            runs.add(run);
        }
        return root;
    }

    private static ObjectNode totals(Totals t) {
        ObjectNode node = Json.object();
        node.put("steps", t.steps());
        node.put("loggedSeconds", t.loggedSeconds());
        node.put("energyConsumedJoules", t.energyJoules());
        node.put("cpuEnergyJoules", t.cpuJoules());
        node.put("gpuEnergyJoules", t.gpuJoules());
        node.put("ramEnergyJoules", t.ramJoules());
        node.put("emissionsGrams", t.emissionsGrams());
        node.put("meanEmissionsRateGramsPerSecond", t.meanRateGramsPerSecond());
        node.put("overlappedSteps", t.overlappedSteps());
        return node;
    }

    private static ObjectNode cumulative(double grams, double seconds) {
        ObjectNode node = Json.object();
        node.put("label", CUMULATIVE_LABEL);
        node.put("emissionsGrams", grams);
        node.put("seconds", seconds);
        node.put("emissionsRateGramsPerSecond", seconds > 0 ? grams / seconds : 0);
        return node;
    }
}
