package io.github.carbon4j.report;

import io.github.carbon4j.Component;
import io.github.carbon4j.internal.Totals;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The JSON of a {@link Summary}: a run's {@code summary-<run>.json} and the directory's
 * {@code summary.json} have the same shape, so the second is built from the first ones and read
 * back ({@link SummaryReader}) when the next run closes. Written with {@link JsonOut}. Pure functions.
 */
final class SummaryJson implements Json.Body {

    static final String FORMAT = "carbon4j-summary/2";
    static final String UNITS = "energy J (energyConsumedJoules includes PUE, components do not), emissions gCO2eq"
            + " (emissionsGrams operational, embodiedGrams the machine's embodied part, sciGrams both), rates gCO2eq/s,"
            + " time s, intensity gCO2eq/kWh";
    static final String TOTALS_LABEL = "the runs from start to end, read from the meters (measured: false where a run"
            + " had to be summed from its logged steps)";
    static final String STEPS_LABEL = "the sums of the logged steps: steps may overlap (overlappedSeconds) and"
            + " time between steps is in none";
    static final List<String> BAR_COLUMNS = List.of(
            "firstStep",
            "lastStep",
            "steps",
            "cpuEnergyJoulesWithPue",
            "gpuEnergyJoulesWithPue",
            "ramEnergyJoulesWithPue",
            "emissionsGrams",
            "seconds");

    /** How a run of {@code runs} and a context of {@code contexts} start and end as written here. */
    static final String RUN_START = "{" + System.lineSeparator() + "    \"runId\" : ";

    static final String CONTEXT_START = "{" + System.lineSeparator() + "    \"name\" : ";

    static final String ELEMENT_END = System.lineSeparator() + "  }";

    private final Summary summary;
    private final SummaryCopies copies;

    /** The summary's body: this class rather than a lambda, which a closing JVM would spin. */
    private SummaryJson(Summary summary, SummaryCopies copies) {
        this.summary = summary;
        this.copies = copies;
    }

    static Json.Body of(Summary summary) {
        return new SummaryJson(summary, SummaryCopies.NONE);
    }

    /**
     * The summary's body, its runs and contexts that {@code copies} holds written as the text they were read from
     * ({@link SummaryCopies#of}).
     */
    static Json.Body of(Summary summary, SummaryCopies copies) {
        return new SummaryJson(summary, copies);
    }

    @Override
    public void write(JsonOut g) throws IOException {
        g.writeStartObject();
        g.writeStringField("format", FORMAT);
        g.writeStringField("units", UNITS);
        strings(g, "experiments", summary.experiments());
        if (summary.start().isPresent()) {
            g.writeStringField("start", StepTimes.text(summary.start().get()));
        }
        if (summary.end().isPresent()) {
            g.writeStringField("end", StepTimes.text(summary.end().get()));
        }
        long incomplete = summary.incompleteCount();
        g.writeBooleanField("complete", incomplete == 0);
        if (incomplete > 0) {
            g.writeStringField(
                    "incomplete",
                    incomplete + " of " + summary.runCount()
                            + " runs have incomplete reports: see each run's \"incomplete\"");
        }
        g.writeNumberField("runCount", summary.runCount());
        totals(g, summary.totals());
        steps(g, summary.steps(), summary.totals().seconds());
        contexts(g, summary.contexts(), copies.contexts());
        top(g, summary.top());
        older(g, summary.older());
        g.writeArrayFieldStart("runs");
        for (RunEntry entry : summary.runs()) {
            String source = copies.runs().get(entry.runId());
            if (source != null) {
                g.writeRawValue(source);
            } else {
                run(g, entry);
            }
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void contexts(JsonOut g, List<ContextSummary> contexts, Map<ContextSummary, String> copies)
            throws IOException {
        g.writeArrayFieldStart("contexts");
        for (ContextSummary c : contexts) {
            String source = copies.get(c);
            if (source != null) {
                g.writeRawValue(source);
                continue;
            }
            g.writeStartObject();
            g.writeStringField("name", c.name());
            g.writeStringField("start", StepTimes.text(c.start()));
            g.writeStringField("end", StepTimes.text(c.end()));
            steps(g, c.totals(), 0);
            g.writeObjectFieldStart("bars");
            strings(g, "columns", BAR_COLUMNS);
            g.writeArrayFieldStart("rows");
            for (ContextSummary.Bar b : c.bars()) {
                g.writeStartArray();
                g.writeNumber(b.firstStep());
                g.writeNumber(b.lastStep());
                g.writeNumber(b.steps());
                for (double v :
                        new double[] {b.cpuJoules(), b.gpuJoules(), b.ramJoules(), b.emissionsGrams(), b.seconds()}) {
                    g.writeNumber(v);
                }
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void top(JsonOut g, List<TopStep> top) throws IOException {
        g.writeArrayFieldStart("topSteps");
        for (TopStep t : top) {
            g.writeStartObject();
            g.writeStringField("context", t.context());
            g.writeNumberField("step", t.step());
            g.writeStringField("runId", t.runId());
            g.writeNumberField("seconds", t.seconds());
            g.writeNumberField("energyConsumedJoules", t.energyJoules());
            g.writeNumberField("emissionsGrams", t.emissionsGrams());
            g.writeStringField("name", t.stableName());
            g.writeStringField("displayName", t.displayName());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void older(JsonOut g, OlderRuns older) throws IOException {
        if (older.count() == 0) {
            return;
        }
        g.writeObjectFieldStart("olderRuns");
        g.writeStringField("label", "the runs before the " + Summary.LISTED + " listed in \"runs\", as sums");
        g.writeNumberField("count", older.count());
        g.writeNumberField("incomplete", older.incomplete());
        strings(g, "experiments", older.experiments());
        g.writeStringField("start", StepTimes.text(older.start().orElseThrow()));
        g.writeStringField("end", StepTimes.text(older.end().orElseThrow()));
        totals(g, older.totals());
        steps(g, older.steps(), older.totals().seconds());
        g.writeEndObject();
    }

    private static void run(JsonOut g, RunEntry entry) throws IOException {
        g.writeStartObject();
        Json.runFields(g, entry.record());
        g.writeStringField("end", StepTimes.text(entry.end()));
        g.writeBooleanField("complete", entry.complete());
        if (!entry.complete()) {
            g.writeStringField("incomplete", entry.incompleteness());
        }
        g.writeNumberField("unwrittenSteps", entry.unwrittenSteps());
        g.writeBooleanField("killed", entry.killed());
        totals(g, entry.totals());
        steps(g, entry.steps(), entry.totals().seconds());
        g.writeEndObject();
    }

    private static void totals(JsonOut g, Totals t) throws IOException {
        g.writeObjectFieldStart("totals");
        g.writeStringField("label", TOTALS_LABEL);
        g.writeBooleanField("measured", t.measured());
        g.writeNumberField("seconds", t.seconds());
        g.writeNumberField("energyConsumedJoules", t.energyJoules());
        for (Component c : Component.values()) {
            g.writeNumberField(c.key() + "EnergyJoules", t.joules(c));
        }
        g.writeNumberField("emissionsGrams", t.emissionsGrams());
        g.writeNumberField("emissionsRateGramsPerSecond", t.emissionsRateGramsPerSecond());
        g.writeNumberField("embodiedGrams", t.embodiedGrams());
        g.writeNumberField("sciGrams", t.sciGrams());
        g.writeEndObject();
    }

    private static void steps(JsonOut g, Totals t, double runSeconds) throws IOException {
        g.writeObjectFieldStart("steps");
        if (runSeconds > 0) {
            g.writeStringField("label", STEPS_LABEL);
        }
        g.writeNumberField("count", t.steps());
        g.writeNumberField("loggedSeconds", t.seconds());
        if (runSeconds > 0) {
            g.writeNumberField("loggedShareOfRunTime", t.seconds() / runSeconds);
        }
        g.writeNumberField("overlappedSteps", t.overlappedSteps());
        g.writeNumberField("overlappedSeconds", t.overlappedSeconds());
        g.writeNumberField("energyConsumedJoules", t.energyJoules());
        for (Component c : Component.values()) {
            g.writeNumberField(c.key() + "EnergyJoules", t.joules(c));
        }
        g.writeNumberField("emissionsGrams", t.emissionsGrams());
        g.writeNumberField("meanEmissionsRateGramsPerSecond", t.emissionsRateGramsPerSecond());
        g.writeNumberField("embodiedGrams", t.embodiedGrams());
        g.writeNumberField("sciGrams", t.sciGrams());
        g.writeEndObject();
    }

    private static void strings(JsonOut g, String field, Iterable<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String value : values) {
            g.writeString(value);
        }
        g.writeEndArray();
    }
}
