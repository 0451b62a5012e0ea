package io.github.carbon4j.report;

import io.github.carbon4j.Component;
import io.github.carbon4j.internal.Totals;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Reads a summary as {@link SummaryJson} writes it, through {@link JsonText}'s tree, checking every figure
 * is one a run can have. Pure functions.
 */
final class SummaryReader {

    private SummaryReader() {}

    /**
     * A summary file's text as a tree, parsed once for {@link #isFirstFormat} and {@link #read}.
     *
     * @throws ReportFormatException naming the file where the text is not JSON
     */
    static JsonValue tree(Path file, String text) {
        try {
            return JsonText.parse(text);
        } catch (RuntimeException e) {
            throw new ReportFormatException(file, "not a carbon4j summary: " + e.getMessage());
        }
    }

    /** Whether the tree is a summary in carbon4j 0.1's format, which held no bars to merge. */
    static boolean isFirstFormat(JsonValue root) {
        return root != null && "carbon4j-summary/1".equals(root.path("format").asText());
    }

    /**
     * Reads a summary back from its text.
     *
     * @throws ReportFormatException naming the file and the field when it is malformed or holds a
     *     value no run can have (a negative or non-finite figure, a PUE below 1)
     */
    static Summary read(Path file, String text, Path directory) {
        return read(file, tree(file, text), directory);
    }

    /**
     * Reads a summary back from its tree.
     *
     * @throws ReportFormatException naming the file and the field when it is malformed or holds a
     *     value no run can have (a negative or non-finite figure, a PUE below 1)
     */
    static Summary read(Path file, JsonValue root, Path directory) {
        try {
            if (root == null || !SummaryJson.FORMAT.equals(root.path("format").asText())) {
                throw new IllegalArgumentException("format is not \"" + SummaryJson.FORMAT + "\"");
            }
            List<RunEntry> runs = list(root, "runs", directory);
            List<ContextSummary> contexts = list(root, "contexts", directory);
            List<TopStep> top = list(root, "topSteps", directory);
            OlderRuns older;
            try {
                older = older(root.get("olderRuns"));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("olderRuns: " + e.getMessage(), e);
            }
            return new Summary(runs, older, contexts, top);
        } catch (RuntimeException e) {
            throw new ReportFormatException(file, "not a carbon4j summary: " + e.getMessage());
        }
    }

    /**
     * The array's elements read one by one, as the field's elements are read; an error names the element
     * ({@code runs[3]: ...}). By the field's name, not a function per field: lambdas are classes a closing
     * JVM spins.
     */
    @SuppressWarnings("unchecked") // each field's elements are read as the caller's type
    private static <T> List<T> list(JsonValue root, String field, Path directory) {
        JsonValue nodes = array(root, field);
        List<T> result = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            try {
                JsonValue node = nodes.get(i);
                Object element = switch (field) {
                    case "runs" -> run(node, directory);
                    case "contexts" -> context(node);
                    case "topSteps" -> topStep(node);
                    default -> throw new AssertionError("no reader for " + field);
                };
                result.add((T) element);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(field + "[" + i + "]: " + e.getMessage(), e);
            }
        }
        return result;
    }

    private static RunEntry run(JsonValue r, Path directory) {
        return new RunEntry(
                JsonTree.readRun(r, directory),
                instant(r, "end"),
                readTotals(r.get("totals")),
                readSteps(r.get("steps")),
                (long) number(r, "unwrittenSteps"),
                bool(r, "killed"));
    }

    private static ContextSummary context(JsonValue c) {
        List<ContextSummary.Bar> bars = new ArrayList<>();
        for (JsonValue b : array(c.get("bars"), "rows")) {
            if (!b.isArray() || b.size() != SummaryJson.BAR_COLUMNS.size()) {
                throw new IllegalArgumentException("a bar needs " + SummaryJson.BAR_COLUMNS.size() + " numbers");
            }
            bars.add(new ContextSummary.Bar(
                    (long) number(b, 0),
                    (long) number(b, 1),
                    (long) number(b, 2),
                    number(b, 3),
                    number(b, 4),
                    number(b, 5),
                    number(b, 6),
                    number(b, 7)));
        }
        return new ContextSummary(
                JsonTree.text(c, "name"), readSteps(c.get("steps")), instant(c, "start"), instant(c, "end"), bars);
    }

    private static OlderRuns older(JsonValue o) {
        if (o == null) {
            return OlderRuns.NONE;
        }
        SortedSet<String> names = new TreeSet<>();
        for (JsonValue name : array(o, "experiments")) {
            names.add(name.asText());
        }
        return new OlderRuns(
                (long) number(o, "count"),
                (long) number(o, "incomplete"),
                names,
                Optional.of(instant(o, "start")),
                Optional.of(instant(o, "end")),
                readTotals(o.get("totals")),
                readSteps(o.get("steps")));
    }

    private static Totals readTotals(JsonValue t) {
        return new Totals(
                0,
                number(t, "seconds"),
                readJoules(t),
                number(t, "energyConsumedJoules"),
                number(t, "emissionsGrams"),
                optionalNumber(t, "embodiedGrams"),
                0,
                0,
                bool(t, "measured"));
    }

    private static Totals readSteps(JsonValue t) {
        return new Totals(
                (long) number(t, "count"),
                number(t, "loggedSeconds"),
                readJoules(t),
                number(t, "energyConsumedJoules"),
                number(t, "emissionsGrams"),
                optionalNumber(t, "embodiedGrams"),
                (long) number(t, "overlappedSteps"),
                number(t, "overlappedSeconds"),
                true);
    }

    private static double[] readJoules(JsonValue t) {
        double[] joules = new double[Component.values().length];
        for (Component c : Component.values()) {
            joules[c.ordinal()] = number(t, c.key() + "EnergyJoules");
        }
        return joules;
    }

    /** A figure that summaries written before embodied emissions were counted lack: zero there. */
    private static double optionalNumber(JsonValue node, String field) {
        return node == null || node.get(field) == null ? 0 : number(node, field);
    }

    private static JsonValue array(JsonValue node, String field) {
        JsonValue value = node == null ? null : node.get(field);
        if (value == null || !value.isArray()) {
            throw new IllegalArgumentException("missing array \"" + field + "\"");
        }
        return value;
    }

    private static Instant instant(JsonValue node, String field) {
        return Json.instant(JsonTree.text(node, field), field);
    }

    private static boolean bool(JsonValue node, String field) {
        JsonValue value = node == null ? null : node.get(field);
        if (value == null || !value.isBoolean()) {
            throw new IllegalArgumentException("\"" + field + "\" is not true or false");
        }
        return value.asBoolean();
    }

    private static double number(JsonValue node, String field) {
        return JsonTree.figure(node == null ? null : node.get(field), field);
    }

    private static double number(JsonValue array, int index) {
        return JsonTree.figure(array.get(index), SummaryJson.BAR_COLUMNS.get(index));
    }

    /** A top step; summaries written before steps had names have none: context and step name those. */
    private static TopStep topStep(JsonValue t) {
        String context = JsonTree.text(t, "context");
        long step = (long) number(t, "step");
        String name = t.hasNonNull("name") ? JsonTree.text(t, "name") : "";
        return new TopStep(
                context,
                step,
                JsonTree.text(t, "runId"),
                number(t, "seconds"),
                number(t, "energyConsumedJoules"),
                number(t, "emissionsGrams"),
                name.equals(StepRow.stableName(context, step)) ? "" : name,
                t.hasNonNull("displayName") ? JsonTree.text(t, "displayName") : "");
    }
}
