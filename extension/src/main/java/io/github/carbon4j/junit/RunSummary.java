package io.github.carbon4j.junit;

import io.github.carbon4j.CarbonMetrics;
import io.github.carbon4j.Component;
import io.github.carbon4j.Emissions;
import io.github.carbon4j.Energy;
import io.github.carbon4j.MeasurementMethod;
import io.github.carbon4j.internal.RunInfo;
import io.github.carbon4j.internal.Totals;
import io.github.carbon4j.report.StepSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Supplier;

/**
 * The totals and top emitters of a test run, printed once on standard output when the run ends
 * because build tools such as Surefire drop report entries. Thread-safe; keeps only the top
 * {@value #TOP} tests, so memory does not grow with the suite.
 */
final class RunSummary {

    static final int TOP = 10;
    static final int MAX_EXCEEDED = 200;
    private static final String PREFIX = "carbon4j: ";
    // Smallest first, so the head is the one to drop; the label breaks ties for a stable order.
    private static final Comparator<TestRecord> ORDER = new ByEmissions();

    private final PriorityQueue<TestRecord> top = new PriorityQueue<>(ORDER);
    private final Totals.Sum sum = new Totals.Sum();
    // Kept up to a bound, so a suite where every test fails its budget does not fill the memory or the summary.
    private final List<String> exceeded = new ArrayList<>();
    private int exceededCount;

    /** One test's record: a readable name and its metrics. */
    record TestRecord(String label, CarbonMetrics metrics) {}

    /** Counts the record; the label is asked for only when the record enters the top (labels cost). */
    synchronized void add(Supplier<String> label, CarbonMetrics metrics) {
        if (counted(metrics)) {
            keep(label.get(), metrics);
        }
    }

    /** Counts a test's record, labelled {@code context #step test} if it enters the top. */
    synchronized void addTest(String test, CarbonMetrics metrics) {
        if (counted(metrics)) {
            keep(metrics.context() + " #" + metrics.step() + " " + test, metrics);
        }
    }

    /** Adds the metrics to the totals; whether they enter the top. */
    private boolean counted(CarbonMetrics metrics) {
        sum.add(metrics);
        return top.size() < TOP
                || metrics.emissions().compareTo(top.peek().metrics().emissions()) >= 0;
    }

    private void keep(String label, CarbonMetrics metrics) {
        top.add(new TestRecord(label, metrics));
        if (top.size() > TOP) {
            top.poll();
        }
    }

    /** A test that failed its budget. */
    synchronized void exceeded(String test, String message) {
        if (exceeded.size() < MAX_EXCEEDED) {
            exceeded.add(test + ": " + message);
        }
        exceededCount++;
    }

    synchronized int tests() {
        return (int) sum.totals().steps();
    }

    /** The summary lines for the run, each prefixed with {@code carbon4j:}. */
    synchronized List<String> lines(RunInfo run, boolean reports, boolean written) {
        return lines(run, reports, written, "");
    }

    /** As above, with a line for the SCI of the tests and how embodied emissions were charged. */
    synchronized List<String> lines(RunInfo run, boolean reports, boolean written, String embodiedModel) {
        Totals t = sum.totals();
        long tests = t.steps();
        List<String> lines = new ArrayList<>();
        totals(lines, t, run, embodiedModel);
        List<TestRecord> ranked = new ArrayList<>(top);
        ranked.sort(ORDER.reversed());
        if (!ranked.isEmpty()) {
            lines.add("top " + ranked.size() + " by emissions:");
        }
        for (int i = 0; i < ranked.size(); i++) {
            TestRecord r = ranked.get(i);
            lines.add(ranked(i + 1, r));
        }
        for (Component component : Component.values()) {
            MeasurementMethod method = run.method(component);
            lines.add(method.describe(component) + (method.detail().isEmpty() ? "" : " (" + method.detail() + ")"));
        }
        if (t.overlappedSteps() > 0) {
            lines.add(t.overlappedSteps() + " of " + tests + " records overlapped other measured work in time"
                    + " (parallel tests or CarbonRecorder blocks): machine-level figures were shared");
        }
        if (!reports) {
            lines.add("reports off (carbon4j.reports=false)");
        } else if (written) {
            lines.add("reports in " + run.outputDirectory().toAbsolutePath());
        } else {
            lines.add("no reports: they could not be written to "
                    + run.outputDirectory().toAbsolutePath() + " (see the notice above)");
        }
        for (int i = 0; i < lines.size(); i++) {
            lines.set(i, PREFIX + lines.get(i));
        }
        return lines;
    }

    /**
     * The line of a top emitter, as {@code String.format("%3d. %-14s %-10s %s", ...)} would write it
     * without the formatter's locale data: rank, emissions, energy, label.
     */
    static String ranked(int rank, TestRecord r) {
        StringBuilder line = new StringBuilder(64);
        String number = Integer.toString(rank);
        pad(line, 3 - number.length()).append(number).append(". ");
        String emissions = r.metrics().emissions().toString();
        pad(line.append(emissions), 14 - emissions.length()).append(' ');
        String energy = r.metrics().energyConsumed().toString();
        pad(line.append(energy), 10 - energy.length()).append(' ');
        return line.append(r.label()).toString();
    }

    private static StringBuilder pad(StringBuilder line, int spaces) {
        for (int i = 0; i < spaces; i++) {
            line.append(' ');
        }
        return line;
    }

    /** The line of the totals, and of the SCI when embodied emissions are charged. */
    private static void totals(List<String> lines, Totals t, RunInfo run, String embodiedModel) {
        Emissions emissions = Emissions.ofGrams(t.emissionsGrams());
        Emissions embodied = Emissions.ofGrams(t.embodiedGrams());
        lines.add(t.steps() + (t.steps() == 1 ? " test" : " tests") + " tracked: " + Energy.ofJoules(t.energyJoules())
                + ", " + emissions + " in total at " + run.intensity() + " (" + run.intensitySource() + ")");
        if (!embodiedModel.isEmpty()) {
            lines.add("SCI of the tests: " + emissions.plus(embodied) + " = " + emissions + " operational + " + embodied
                    + " embodied (" + embodiedModel + ")");
        }
    }

    /** The summary as a Markdown section for {@code GITHUB_STEP_SUMMARY}. */
    synchronized String markdown(RunInfo run) {
        StringBuilder md = new StringBuilder("### carbon4j: tests\n\n");
        markdownTotals(md, sum.totals(), run);
        List<TestRecord> ranked = new ArrayList<>(top);
        ranked.sort(ORDER.reversed());
        md.append("\n| top emitters | emissions | energy |\n|---|---|---|\n");
        for (TestRecord r : ranked) {
            md.append("| `")
                    .append(StepSummary.cell(r.label()))
                    .append("` | ")
                    .append(r.metrics().emissions())
                    .append(" | ")
                    .append(r.metrics().energyConsumed())
                    .append(" |\n");
        }
        markdownExceeded(md);
        return md.toString();
    }

    /** The Markdown totals, the methods and the overlap line. */
    private static void markdownTotals(StringBuilder md, Totals t, RunInfo run) {
        long tests = t.steps();
        md.append("**")
                .append(tests)
                .append(tests == 1 ? " test" : " tests")
                .append(" tracked: ")
                .append(Energy.ofJoules(t.energyJoules()))
                .append(", ")
                .append(Emissions.ofGrams(t.emissionsGrams()))
                .append("** at ")
                .append(run.intensity())
                .append(" (")
                .append(StepSummary.cell(run.intensitySource()))
                .append(")\n\n");
        for (Component component : Component.values()) {
            MeasurementMethod method = run.method(component);
            md.append("- ").append(StepSummary.cell(method.describe(component))).append('\n');
        }
        if (t.overlappedSteps() > 0) {
            md.append("- ")
                    .append(t.overlappedSteps())
                    .append(" of ")
                    .append(tests)
                    .append(" records overlapped other measured work: machine-level figures were shared\n");
        }
    }

    /** Emissions, then the label backwards; a class, not a composed comparator: no lambdas to spin at start. */
    private static final class ByEmissions implements Comparator<TestRecord> {
        @Override
        public int compare(TestRecord a, TestRecord b) {
            int byEmissions = a.metrics().emissions().compareTo(b.metrics().emissions());
            return byEmissions != 0 ? byEmissions : b.label().compareTo(a.label());
        }
    }

    /** The Markdown list of the tests over budget, if any; called under the lock. */
    private void markdownExceeded(StringBuilder md) {
        if (exceededCount > 0) {
            md.append("\n**")
                    .append(exceededCount)
                    .append(exceededCount == 1 ? " test" : " tests")
                    .append(" over budget**\n\n");
            exceeded.forEach(e -> md.append("- ").append(StepSummary.cell(e)).append('\n'));
            if (exceededCount > exceeded.size()) {
                md.append("- and ").append(exceededCount - exceeded.size()).append(" more\n");
            }
        }
    }
}
