package io.github.carbon4j.report;

import io.github.carbon4j.Component;
import io.github.carbon4j.Emissions;
import io.github.carbon4j.EmissionsRate;
import io.github.carbon4j.Energy;
import io.github.carbon4j.internal.Notices;
import io.github.carbon4j.internal.Totals;
import io.github.carbon4j.internal.Units;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.TimeZone;

/**
 * The report command line, for CI jobs that gather the output directories of several shards:
 * <pre>
 * java -cp carbon4j-core.jar io.github.carbon4j.report.ReportMain html [--out DIR] [--baseline DIR] DIR [DIR...]
 * java -cp ... io.github.carbon4j.report.ReportMain summary DIR [DIR...]
 * java -cp ... io.github.carbon4j.report.ReportMain finish DIR
 * java -cp ... io.github.carbon4j.report.ReportMain check DIR [DIR...] [--baseline DIR] [--max-regression 10%]
 *     [--max-energy "50 J"] [--max-emissions "5 mg"] [--max-sci "20 mg"]
 * </pre>
 * {@code html} rebuilds {@code report.html} and {@code summary.json} from the run summaries of the
 * directories (and the steps files of runs that never closed), into {@code --out} (default: the
 * first directory); {@code summary} prints the totals; {@code finish} completes the reports of runs
 * that were killed before they closed, marked as such; {@code check} compares the runs' totals,
 * contexts and steps with a baseline directory and bounds each run's total ({@link CheckCommand}),
 * exiting 1 when any is over or regressed. A run found twice (a directory given twice,
 * or a copy) counts once. Exit status 0 on success, 2 for a usage error, a missing directory, or a
 * malformed or invalid file (the message names the file and line), never a stack trace.
 *
 * @since 0.1
 */
public final class ReportMain {

    static final int OK = 0;
    static final int FINDINGS = 1;
    static final int FAILED = 2;
    static final String USAGE = "usage: ReportMain html [--out DIR] [--baseline DIR] DIR [DIR...]\n"
            + "       ReportMain summary DIR [DIR...]\n"
            + "       ReportMain finish DIR\n"
            + "       ReportMain check DIR [DIR...] [--baseline DIR] [--max-regression 10%] [--max-energy \"50 J\"]"
            + " [--max-emissions \"5 mg\"] [--max-sci \"20 mg\"]";

    private ReportMain() {}

    /**
     * Runs the command the arguments name and exits the JVM with its status, described above, unless it is 0.
     *
     * @param args the command, then its directories and options
     */
    public static void main(String[] args) {
        int status = run(args, System.out, System.err, System.getenv());
        if (status != OK) {
            System.exit(status);
        }
    }

    /** Runs a command; returns the exit status instead of exiting, so tests can call it. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, java.util.Map.of());
    }

    /** As {@link #run(String[], PrintStream, PrintStream)}, with the environment that may name a step summary. */
    static int run(String[] args, PrintStream out, PrintStream err, java.util.Map<String, String> environment) {
        if (args.length < 2 || !List.of("html", "summary", "finish", "check").contains(args[0])) {
            err.println(USAGE);
            return FAILED;
        }
        try {
            if (args[0].equals("check")) {
                return CheckCommand.run(java.util.Arrays.asList(args).subList(1, args.length), out, err, environment);
            }
            ReportArguments parsed = ReportArguments.parse(args);
            if (parsed.directories().isEmpty()
                    || (args[0].equals("finish") && parsed.directories().size() != 1)) {
                err.println(USAGE);
                return FAILED;
            }
            // A command line's own notices (torn rows skipped): nothing else runs in its JVM.
            command(args[0], parsed, out, new Notices());
            return OK;
        } catch (ReportArguments.UsageException e) {
            err.println(e.getMessage() + "\n" + USAGE);
            return FAILED;
        } catch (ReportFormatException e) {
            err.println(Terminal.safe("carbon4j report: " + e.getMessage()));
            return FAILED;
        } catch (IOException | UncheckedIOException e) {
            err.println(Terminal.safe(
                    "carbon4j report: " + (e.getCause() != null ? e.getMessage() + ": " + e.getCause() : e)));
            return FAILED;
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            err.println(Terminal.safe("carbon4j report: failed: " + e));
            return FAILED;
        }
    }

    private static void command(String command, ReportArguments arguments, PrintStream out, Notices notices)
            throws IOException {
        List<Path> directories = arguments.directories();
        if (command.equals("finish")) {
            out.println(Terminal.safe(finish(directories.get(0), TimeZone.getDefault(), notices)));
            return;
        }
        Summary summary = ReportDirectory.read(directories, notices);
        if (!command.equals("html")) {
            out.print(summary(summary));
            return;
        }
        Path into = arguments.out().orElse(directories.get(0));
        Html section = arguments.baseline().isEmpty()
                ? new Html(0)
                : RegressionTable.html(
                        CarbonCheck.check(
                                RunFigures.read(directories, notices),
                                Optional.of(RunFigures.read(
                                        List.of(arguments.baseline().get()), notices)),
                                new CarbonCheck.Limits(Optional.empty(), Optional.empty(), Optional.empty(), 0.10)),
                        arguments.baseline().get().toString());
        DirectoryReport.write(summary, into, section);
        out.println(Terminal.safe(
                "wrote " + into.resolve(ReportNames.HTML) + " and " + into.resolve(ReportNames.SUMMARY) + " ("
                        + summary.runCount() + " runs, " + summary.steps().steps() + " steps)"));
    }

    static Path path(String argument) {
        try {
            return Path.of(argument);
        } catch (InvalidPathException e) {
            throw new ReportFormatException(Path.of(""), "not a path: \"" + argument + "\" (" + e.getReason() + ")");
        }
    }

    /**
     * Completes the reports of every run in the directory that has a steps file but no run summary:
     * summary, yProv4ML files and emissions.csv row from its logged steps, marked as killed; then
     * the directory's summary and page.
     */
    static String finish(Path directory, TimeZone zone, Notices notices) throws IOException {
        if (!java.nio.file.Files.isDirectory(directory)) {
            throw new ReportFormatException(directory, "not a directory");
        }
        int finished = 0;
        for (ReportDirectory.Unclosed unclosed : ReportDirectory.unclosed(directory)) {
            Summary own = ReportDirectory.fromSteps(directory, unclosed, notices);
            if (own.runs().isEmpty()) {
                continue;
            }
            FileReporter.writeRun(own, unclosed.stepsFile(), zone, notices);
            finished++;
        }
        SharedFiles.withLock(directory, () -> {
            DirectoryReport.write(ReportDirectory.read(List.of(directory), notices), directory);
            return null;
        });
        return "finished " + finished + (finished == 1 ? " run" : " runs") + " that never closed in " + directory;
    }

    static String summary(Summary summary) {
        Totals t = summary.totals();
        Totals steps = summary.steps();
        String nl = System.lineSeparator();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(
                Locale.ROOT,
                "%d runs, %s run time, %d steps, %s logged%s%n",
                summary.runCount(),
                Units.format(t.seconds(), Units.TIME),
                steps.steps(),
                Units.format(steps.seconds(), Units.TIME),
                steps.overlappedSeconds() > 0
                        ? " (" + Units.format(steps.overlappedSeconds(), Units.TIME) + " overlapped)"
                        : ""));
        sb.append("energy ")
                .append(Energy.ofJoules(t.energyJoules()))
                .append(" (")
                .append(byComponent(t))
                .append(")")
                .append(HtmlReport.estimated(summary) ? ", estimated" : "")
                .append(t.measured() ? "" : ", partly summed from steps")
                .append(nl);
        emissions(sb, t, nl);
        details(sb, summary, nl);
        return Terminal.safe(sb.toString());
    }

    /** The emissions line and the SCI line of the summary. */
    private static void emissions(StringBuilder sb, Totals t, String nl) {
        sb.append("emissions ")
                .append(Emissions.ofGrams(t.emissionsGrams()))
                .append(", rate ")
                .append(EmissionsRate.ofGramsPerSecond(t.emissionsRateGramsPerSecond()))
                .append(" over the run time")
                .append(nl);
        sb.append("SCI ")
                .append(Emissions.ofGrams(t.sciGrams()))
                .append(" = ")
                .append(Emissions.ofGrams(t.emissionsGrams()))
                .append(" operational + ")
                .append(Emissions.ofGrams(t.embodiedGrams()))
                .append(" embodied")
                .append(nl);
    }

    /** A line per incomplete run, then one per context. */
    private static void details(StringBuilder sb, Summary summary, String nl) {
        for (RunEntry r : summary.incomplete()) {
            sb.append("incomplete: run ")
                    .append(r.runId())
                    .append(": ")
                    .append(r.incompleteness())
                    .append(nl);
        }
        for (ContextSummary c : summary.contexts()) {
            sb.append(String.format(
                    Locale.ROOT,
                    "  %-50s %6d steps %12s %14s%n",
                    c.name(),
                    c.totals().steps(),
                    Energy.ofJoules(c.totals().energyJoules()),
                    Emissions.ofGrams(c.totals().emissionsGrams())));
        }
    }

    /** E.g. {@code cpu 12 J, gpu 0 J, ram 1 J}. */
    private static String byComponent(Totals t) {
        StringJoiner parts = new StringJoiner(", ");
        for (Component c : Component.values()) {
            parts.add(c.key() + " " + Energy.ofJoules(t.joules(c)));
        }
        return parts.toString();
    }
}
