package io.github.carbon4j.report;

import io.github.carbon4j.Emissions;
import io.github.carbon4j.Energy;
import io.github.carbon4j.internal.Notices;
import io.github.carbon4j.internal.Totals;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code ReportMain check}: reads the directories and the baseline, prints one line per finding and
 * a last line saying what was compared, appends the same as Markdown to {@code GITHUB_STEP_SUMMARY}
 * when the environment names it, and returns 0 (no finding), 1 (a budget exceeded or a regression)
 * or 2 (bad arguments; missing or malformed directories come out as {@link ReportFormatException}).
 */
final class CheckCommand {

    private static final int TOP = 10;

    private CheckCommand() {}

    static int run(List<String> args, PrintStream out, PrintStream err, Map<String, String> environment)
            throws IOException {
        CheckArguments arguments;
        try {
            arguments = CheckArguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(Terminal.safe("carbon4j report: " + e.getMessage()));
            err.println(ReportMain.USAGE);
            return ReportMain.FAILED;
        }
        RunFigures now = runs(arguments.directories());
        Optional<RunFigures> baseline = arguments.baseline().isPresent()
                ? Optional.of(runs(List.of(arguments.baseline().get())))
                : Optional.empty();
        CarbonCheck.Result result = CarbonCheck.check(now, baseline, arguments.limits());
        for (CarbonCheck.Finding finding : result.findings()) {
            out.println(Terminal.safe(finding.line()));
        }
        String last = last(result, baseline.isPresent());
        out.println(Terminal.safe(last));
        try {
            StepSummary.append(environment, markdown(now, result, last));
        } catch (IOException | IllegalArgumentException e) {
            err.println(
                    Terminal.safe("carbon4j report: cannot append to " + StepSummary.VARIABLE + ": " + e.getMessage()));
        }
        return result.findings().isEmpty() ? ReportMain.OK : ReportMain.FINDINGS;
    }

    /** The last line: how many findings, runs and, with a baseline, names compared. */
    private static String last(CarbonCheck.Result result, boolean baseline) {
        return String.format(
                Locale.ROOT,
                "carbon check: %d %s; %d %s checked%s",
                result.findings().size(),
                result.findings().size() == 1 ? "finding" : "findings",
                result.runs(),
                result.runs() == 1 ? "run" : "runs",
                baseline
                        ? ", " + result.compared() + " names compared with " + result.baselineRuns() + " baseline "
                                + (result.baselineRuns() == 1 ? "run" : "runs")
                        : "");
    }

    private static RunFigures runs(List<Path> directories) {
        // A command line's own notices: nothing else runs in its JVM.
        RunFigures figures = RunFigures.read(directories, new Notices());
        if (figures.runs().isEmpty()) {
            throw new ReportFormatException(
                    directories.get(0),
                    "no carbon4j runs (no " + ReportNames.STEPS_PREFIX + "*" + ReportNames.STEPS_SUFFIX + " files)");
        }
        return figures;
    }

    private static String markdown(RunFigures now, CarbonCheck.Result result, String last) {
        StringBuilder md = new StringBuilder("### carbon4j: carbon check\n\n");
        double joules = 0;
        double grams = 0;
        List<Map.Entry<RunFigures.Name, Totals>> steps = new ArrayList<>();
        for (Map<RunFigures.Name, Totals> run : now.runs().values()) {
            joules += run.get(RunFigures.TOTAL).energyJoules();
            grams += run.get(RunFigures.TOTAL).emissionsGrams();
            run.entrySet().stream()
                    .filter(e -> e.getKey().kind() == RunFigures.Kind.STEP)
                    .forEach(steps::add);
        }
        md.append("**")
                .append(Energy.ofJoules(joules))
                .append(", ")
                .append(Emissions.ofGrams(grams))
                .append("** logged in ")
                .append(result.runs())
                .append(result.runs() == 1 ? " run" : " runs")
                .append("\n\n");
        now.intensities()
                .forEach(i ->
                        md.append("- intensity ").append(StepSummary.cell(i)).append('\n'));
        now.methods()
                .forEach(m ->
                        md.append("- measured by ").append(StepSummary.cell(m)).append('\n'));
        topEmitters(md, steps);
        findings(md, result.findings());
        return md.append('\n').append(StepSummary.cell(last)).append('\n').toString();
    }

    /** The table of the steps that emitted most, most first. */
    private static void topEmitters(StringBuilder md, List<Map.Entry<RunFigures.Name, Totals>> steps) {
        md.append("\n| top emitters | energy | emissions |\n|---|---|---|\n");
        steps.stream()
                .sorted(Comparator.comparingDouble(
                        (Map.Entry<RunFigures.Name, Totals> e) -> -e.getValue().emissionsGrams()))
                .limit(TOP)
                .forEach(e -> md.append("| `")
                        .append(StepSummary.cell(e.getKey().name()))
                        .append("` | ")
                        .append(Energy.ofJoules(e.getValue().energyJoules()))
                        .append(" | ")
                        .append(Emissions.ofGrams(e.getValue().emissionsGrams()))
                        .append(" |\n"));
    }

    /** The table of findings, when there are any. */
    private static void findings(StringBuilder md, List<CarbonCheck.Finding> findings) {
        if (!findings.isEmpty()) {
            md.append("\n| verdict | what | finding |\n|---|---|---|\n");
            for (CarbonCheck.Finding f : findings) {
                md.append("| ")
                        .append(f.verdict())
                        .append(" | `")
                        .append(StepSummary.cell(f.name().toString()))
                        .append("` | ")
                        .append(StepSummary.cell(f.text()))
                        .append(" |\n");
            }
        }
    }
}
