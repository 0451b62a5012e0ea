package io.github.carbon4j.report;

import io.github.carbon4j.Emissions;
import io.github.carbon4j.EmissionsRate;
import io.github.carbon4j.Energy;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The report command line, for CI jobs that gather the output directories of several shards:
 * <pre>
 * java -cp carbon4j-core.jar:jackson-*.jar io.github.carbon4j.report.ReportMain html [--out DIR] DIR [DIR...]
 * java -cp ... io.github.carbon4j.report.ReportMain summary DIR [DIR...]
 * </pre>
 * {@code html} rebuilds {@code report.html} and {@code summary.json} from the steps files of the
 * directories, into {@code --out} (default: the first directory); {@code summary} prints the totals.
 * Exit status 0 on success, 2 for a usage error, a missing directory or a malformed file (the
 * message names the file and line).
 *
 * @since 0.1
 */
public final class ReportMain {

    static final int OK = 0;
    static final int FAILED = 2;
    private static final String USAGE = "usage: ReportMain html [--out DIR] DIR [DIR...]\n"
            + "       ReportMain summary DIR [DIR...]";

    private ReportMain() {}

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != OK) {
            System.exit(status);
        }
    }

    /** Runs a command; returns the exit status instead of exiting, so tests can call it. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 2 || !(args[0].equals("html") || args[0].equals("summary"))) {
            err.println(USAGE);
            return FAILED;
        }
        try {
            List<Path> directories = new ArrayList<>();
            Path target = null;
            for (int i = 1; i < args.length; i++) {
                if (args[0].equals("html") && args[i].equals("--out")) {
                    if (++i == args.length) {
                        err.println("--out needs a directory\n" + USAGE);
                        return FAILED;
                    }
                    target = Path.of(args[i]);
                } else {
                    directories.add(Path.of(args[i]));
                }
            }
            if (directories.isEmpty()) {
                err.println(USAGE);
                return FAILED;
            }
            ReportData data = ReportDirectory.read(directories);
            if (args[0].equals("html")) {
                Path into = target != null ? target : directories.get(0);
                DirectoryReport.write(data, into);
                out.println("wrote " + into.resolve(ReportNames.HTML) + " and " + into.resolve(ReportNames.SUMMARY)
                        + " (" + data.runs().size() + " runs, " + data.rows().size() + " steps)");
            } else {
                out.print(summary(data));
            }
            return OK;
        } catch (ReportFormatException | InvalidPathException e) {
            err.println("carbon4j report: " + e.getMessage());
            return FAILED;
        } catch (IOException | UncheckedIOException e) {
            err.println("carbon4j report: " + (e.getCause() != null ? e.getMessage() + ": " + e.getCause() : e));
            return FAILED;
        }
    }

    static String summary(ReportData data) {
        Totals t = data.totals();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(java.util.Locale.ROOT, "%d runs, %d steps, %s logged%n", data.runs().size(), t.steps(),
                Units.format(t.loggedSeconds(), Units.TIME)));
        sb.append("energy ").append(Energy.ofJoules(t.energyJoules()))
                .append(" (cpu ").append(Energy.ofJoules(t.cpuJoules()))
                .append(", gpu ").append(Energy.ofJoules(t.gpuJoules()))
                .append(", ram ").append(Energy.ofJoules(t.ramJoules())).append(")")
                .append(HtmlReport.estimated(data) ? ", estimated" : "").append(System.lineSeparator());
        double runSeconds = data.runSeconds();
        sb.append("emissions ").append(Emissions.ofGrams(t.emissionsGrams())).append(", mean rate ")
                .append(EmissionsRate.ofGramsPerSecond(t.meanRateGramsPerSecond()))
                .append(", cumulative rate (total emissions / total run time) ")
                .append(EmissionsRate.ofGramsPerSecond(runSeconds > 0 ? t.emissionsGrams() / runSeconds : 0))
                .append(System.lineSeparator());
        for (Map.Entry<String, List<StepRow>> e : data.contexts().entrySet()) {
            Totals c = Totals.of(e.getValue());
            sb.append(String.format(java.util.Locale.ROOT, "  %-50s %6d steps %12s %14s%n", e.getKey(), c.steps(),
                    Energy.ofJoules(c.energyJoules()), Emissions.ofGrams(c.emissionsGrams()).toString()));
        }
        return sb.toString();
    }
}
