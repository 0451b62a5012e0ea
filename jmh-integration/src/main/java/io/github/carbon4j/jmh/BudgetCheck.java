package io.github.carbon4j.jmh;

import io.github.carbon4j.Emissions;
import io.github.carbon4j.Energy;
import io.github.carbon4j.report.StepSummary;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleFunction;

/**
 * Checks carbon budgets on a JMH JSON result file (written with {@code -prof carbon -rf json}), for
 * a build step:
 * <pre>
 * java -cp benchmarks.jar io.github.carbon4j.jmh.BudgetCheck jmh-result.json \
 *     --max-energy-per-op "2 mJ" --max-co2e-per-op "1 µg" --max-sci-per-op "2 µg" \
 *     --baseline baseline.json --max-regression 10%
 * </pre>
 * ({@code --max-sci-per-op} bounds {@link CarbonLabels#SCI_PER_OP}: operational plus embodied emissions.)
 * The absolute limits bound each benchmark's energy and emissions per operation. With a baseline
 * (the result file of an earlier run of the same benchmarks), a benchmark fails when its energy or
 * emissions per operation grew by more than {@code --max-regression} (default 10%) and by more than
 * the noise JMH's iterations show in both runs, twice the standard error of the difference ({@link Regression}); a benchmark the baseline lacks
 * is new and passes. Units are read from each file's {@code scoreUnit}.
 *
 * <p>Prints one line per benchmark with its figures, limits and verdict, then exits with 0 when every
 * benchmark is within budget, 1 when any is over budget, regressed or was not measured (no or NaN
 * {@code carbon.*} results), 2 when a file is missing or malformed, or the arguments are wrong. When
 * {@code GITHUB_STEP_SUMMARY} names a file, the same table is appended to it in Markdown.
 *
 * @since 0.1
 */
public final class BudgetCheck {

    static final int OK = 0;
    static final int OVER_BUDGET = 1;
    static final int BAD_INPUT = 2;

    private static final String USAGE = "usage: BudgetCheck <results.json> [--max-energy-per-op <energy, e.g. \"2 mJ\">]"
            + " [--max-co2e-per-op <emissions, e.g. \"1 µg\">] [--max-sci-per-op <emissions, e.g. \"2 µg\">]"
            + " [--baseline <results.json> [--max-regression <10%>]]";
    private static final DoubleFunction<String> JOULES = j -> Energy.ofJoules(j).toString();
    private static final DoubleFunction<String> GRAMS = g -> Emissions.ofGrams(g).toString();

    private BudgetCheck() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, System.getenv()));
    }

    /** Does what {@link #main} does, returning the exit status instead of exiting. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, Map.of());
    }

    /** As {@link #run(String[], PrintStream, PrintStream)}, with the environment that may name a step summary. */
    static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> environment) {
        Arguments a;
        try {
            a = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("BudgetCheck: " + e.getMessage());
            err.println(USAGE);
            return BAD_INPUT;
        }
        List<JmhJsonResults.Benchmark> benchmarks;
        Map<String, JmhJsonResults.Benchmark> baseline = new LinkedHashMap<>();
        try {
            benchmarks = read(a.file());
            if (a.baseline().isPresent()) {
                read(a.baseline().get()).forEach(b -> baseline.put(b.name(), b));
            }
        } catch (JmhJsonResults.UnreadableResultsException e) {
            err.println("BudgetCheck: " + e.getMessage());
            return BAD_INPUT;
        }
        int failed = 0;
        List<String[]> rows = new ArrayList<>();
        for (JmhJsonResults.Benchmark benchmark : benchmarks) {
            List<Verdict> verdicts = new ArrayList<>();
            a.maxEnergy().ifPresent(max -> verdicts.add(verdict(benchmark, CarbonLabels.ENERGY_PER_OP, "energy",
                    max.joules(), max.toString(), JOULES)));
            a.maxCo2e().ifPresent(max -> verdicts.add(verdict(benchmark, CarbonLabels.CO2E_PER_OP, "co2e",
                    max.grams(), max.toString(), GRAMS)));
            a.maxSci().ifPresent(max -> verdicts.add(verdict(benchmark, CarbonLabels.SCI_PER_OP, "sci",
                    max.grams(), max.toString(), GRAMS)));
            boolean over = verdicts.stream().anyMatch(v -> !v.within());
            boolean regressed = false;
            if (a.baseline().isPresent()) {
                JmhJsonResults.Benchmark before = baseline.get(benchmark.name());
                if (before == null) {
                    verdicts.add(new Verdict(true, "new: not in the baseline"));
                } else {
                    for (Verdict v : List.of(regression(before, benchmark, CarbonLabels.ENERGY_PER_OP, "energy",
                            a.share(), JOULES), regression(before, benchmark, CarbonLabels.CO2E_PER_OP, "co2e",
                            a.share(), GRAMS))) {
                        verdicts.add(v);
                        regressed |= !v.within();
                    }
                }
            }
            String status = over ? "OVER" : regressed ? "REGRESSED" : "OK";
            if (over || regressed) {
                failed++;
            }
            String text = String.join("  ", verdicts.stream().map(Verdict::text).toList());
            rows.add(new String[] {status, benchmark.name(), text});
            out.println(String.format("%-4s  %s  %s", status, benchmark.name(), text));
        }
        String total = "carbon budget: " + (benchmarks.size() - failed) + " of " + benchmarks.size()
                + " benchmarks within budget (" + a.file() + a.baseline().map(b -> ", baseline " + b).orElse("") + ")";
        out.println(total);
        try {
            StepSummary.append(environment, markdown(rows, total));
        } catch (IOException | IllegalArgumentException e) {
            err.println("BudgetCheck: cannot append to " + StepSummary.VARIABLE + ": " + e.getMessage());
        }
        return failed == 0 ? OK : OVER_BUDGET;
    }

    private static List<JmhJsonResults.Benchmark> read(Path file) throws JmhJsonResults.UnreadableResultsException {
        List<JmhJsonResults.Benchmark> benchmarks = JmhJsonResults.read(file);
        if (benchmarks.stream().noneMatch(b -> b.metrics().keySet().stream().anyMatch(CarbonLabels.ALL::contains))) {
            throw new JmhJsonResults.UnreadableResultsException(file + " has no " + CarbonLabels.ENERGY_PER_OP
                    + " results: run JMH with -prof carbon -rf json", null);
        }
        for (JmhJsonResults.Benchmark benchmark : benchmarks) {
            for (String label : CarbonLabels.ALL) {
                JmhJsonResults.Metric metric = benchmark.metrics().get(label);
                if (metric != null && metric.score() < 0) {
                    // Energy and emissions are never negative: the file was edited or is not from -prof carbon.
                    throw new JmhJsonResults.UnreadableResultsException(file + ": " + benchmark.name()
                            + " has a negative " + label + " score (" + metric.score() + "), which carbon4j never writes",
                            null);
                }
            }
        }
        return benchmarks;
    }

    private static String markdown(List<String[]> rows, String total) {
        StringBuilder md = new StringBuilder("### carbon4j: JMH carbon budget\n\n| verdict | benchmark | figures |\n|---|---|---|\n");
        for (String[] row : rows) {
            md.append("| ").append(row[0]).append(" | `").append(StepSummary.cell(row[1])).append("` | ")
                    .append(StepSummary.cell(row[2])).append(" |\n");
        }
        return md.append('\n').append(StepSummary.cell(total)).append('\n').toString();
    }

    private record Verdict(boolean within, String text) {}

    private static Verdict verdict(JmhJsonResults.Benchmark benchmark, String label, String what, double limit,
            String limitText, DoubleFunction<String> format) {
        JmhJsonResults.Metric metric = benchmark.metrics().get(label);
        double score = metric == null ? Double.NaN : metric.score();
        if (!Double.isFinite(score)) {
            return new Verdict(false, what + " not measured (" + label + (metric == null ? " missing" : " is " + score)
                    + "), limit " + limitText + "/op");
        }
        boolean within = score <= limit;
        return new Verdict(within, what + " " + format.apply(score) + "/op " + (within ? "<=" : ">") + " limit "
                + limitText + "/op");
    }

    private static Verdict regression(JmhJsonResults.Benchmark before, JmhJsonResults.Benchmark now, String label,
            String what, double share, DoubleFunction<String> format) {
        JmhJsonResults.Metric b = before.metrics().getOrDefault(label, new JmhJsonResults.Metric(Double.NaN, Double.NaN));
        JmhJsonResults.Metric n = now.metrics().getOrDefault(label, new JmhJsonResults.Metric(Double.NaN, Double.NaN));
        Regression r = new Regression(what, b.score(), b.standardError(), n.score(), n.standardError(), share);
        return new Verdict(!r.regressed(), r.text(format));
    }

    /** The command line, checked. */
    private record Arguments(Path file, Optional<Energy> maxEnergy, Optional<Emissions> maxCo2e,
            Optional<Emissions> maxSci, Optional<Path> baseline, double share) {

        static Arguments parse(String[] args) {
            Path file = null;
            Optional<Energy> maxEnergy = Optional.empty();
            Optional<Emissions> maxCo2e = Optional.empty();
            Optional<Emissions> maxSci = Optional.empty();
            Optional<Path> baseline = Optional.empty();
            Optional<Double> share = Optional.empty();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (List.of("--max-energy-per-op", "--max-co2e-per-op", "--max-sci-per-op", "--baseline", "--max-regression")
                        .contains(arg)) {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException(arg + " needs a value");
                    }
                    String value = args[++i];
                    switch (arg) {
                        case "--max-energy-per-op" -> maxEnergy = Optional.of(Energy.parse(value));
                        case "--max-co2e-per-op" -> maxCo2e = Optional.of(Emissions.parse(value));
                        case "--max-sci-per-op" -> maxSci = Optional.of(Emissions.parse(value));
                        case "--baseline" -> baseline = Optional.of(path(value));
                        default -> share = Optional.of(share(value));
                    }
                } else if (arg.startsWith("--") || file != null) {
                    throw new IllegalArgumentException("unexpected argument \"" + arg + "\"");
                } else {
                    file = path(arg);
                }
            }
            if (file == null) {
                throw new IllegalArgumentException("no result file given");
            }
            if (share.isPresent() && baseline.isEmpty()) {
                throw new IllegalArgumentException("--max-regression needs --baseline");
            }
            if (maxEnergy.isEmpty() && maxCo2e.isEmpty() && maxSci.isEmpty() && baseline.isEmpty()) {
                throw new IllegalArgumentException("no limit and no baseline given");
            }
            return new Arguments(file, maxEnergy, maxCo2e, maxSci, baseline, share.orElse(0.10));
        }

        private static Path path(String value) {
            try {
                return Path.of(value);
            } catch (java.nio.file.InvalidPathException e) {
                throw new IllegalArgumentException("not a path: \"" + value + "\"");
            }
        }

        /** {@code "10%"} or {@code "10"}: a growth in percent, at least 0. */
        static double share(String value) {
            String number = value.strip().endsWith("%") ? value.strip().substring(0, value.strip().length() - 1)
                    : value.strip();
            double percent;
            try {
                percent = Double.parseDouble(number.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--max-regression is not a percentage: \"" + value + "\"");
            }
            if (!Double.isFinite(percent) || percent < 0) {
                throw new IllegalArgumentException("--max-regression must be a percentage >= 0, got \"" + value + "\"");
            }
            return percent / 100;
        }
    }
}
