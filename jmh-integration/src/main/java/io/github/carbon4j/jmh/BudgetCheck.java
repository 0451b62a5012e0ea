package io.github.carbon4j.jmh;

import io.github.carbon4j.Emissions;
import io.github.carbon4j.Energy;
import io.github.carbon4j.Limit;
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
 *     --max-energy-per-op "2 mJ" --max-emissions-per-op "1 µg" --max-sci-per-op "2 µg" \
 *     --baseline baseline.json --max-regression 10%
 * </pre>
 * ({@code --max-sci-per-op} bounds {@link CarbonLabels#SCI_PER_OP}: operational plus embodied emissions.)
 * The absolute limits bound each benchmark's energy and emissions per operation. With a baseline
 * (the result file of an earlier run of the same benchmarks), a benchmark fails when its energy or
 * emissions per operation grew by more than {@code --max-regression} (default 10%) and by more than
 * the noise JMH's iterations show in both runs, twice the standard error of the difference ({@link Regression}); a benchmark the baseline lacks
 * is new and passes. Units are read from each file's {@code scoreUnit}, and files written before 0.3
 * (labels {@code carbon.co2e*}) are read alike. {@code --max-co2e-per-op}, the flag's name before
 * 0.3, still works and says it is deprecated.
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

    private static final String USAGE =
            "usage: BudgetCheck <results.json> [--max-energy-per-op <energy, e.g. \"2 mJ\">]"
                    + " [--max-emissions-per-op <emissions, e.g. \"1 µg\">] [--max-sci-per-op <emissions, e.g. \"2 µg\">]"
                    + " [--baseline <results.json> [--max-regression <10%>]]";
    private static final DoubleFunction<String> JOULES = j -> Energy.ofJoules(j).toString();
    private static final DoubleFunction<String> GRAMS =
            g -> Emissions.ofGrams(g).toString();

    private BudgetCheck() {}

    /**
     * Checks the result file named in the arguments and exits the JVM with the status described above.
     *
     * @param args the result file, then the options shown in the class description
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, System.getenv()));
    }

    /** Does what {@link #main} does, returning the exit status instead of exiting. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, Map.of());
    }

    /** As {@link #run(String[], PrintStream, PrintStream)}, with the environment that may name a step summary. */
    static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> environment) {
        BudgetCheckArguments a;
        try {
            a = BudgetCheckArguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("BudgetCheck: " + e.getMessage());
            err.println(USAGE);
            return BAD_INPUT;
        }
        a.warnings().forEach(w -> err.println("BudgetCheck: " + w));
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
            String[] row = check(benchmark, a, Optional.ofNullable(baseline.get(benchmark.name())));
            if (!row[0].equals("OK")) {
                failed++;
            }
            rows.add(row);
            out.println(String.format("%-4s  %s  %s", row[0], row[1], row[2]));
        }
        String total = "carbon budget: " + (benchmarks.size() - failed) + " of " + benchmarks.size()
                + " benchmarks within budget (" + a.file()
                + a.baseline().map(b -> ", baseline " + b).orElse("") + ")";
        out.println(total);
        appendSummary(environment, markdown(rows, total), err);
        return failed == 0 ? OK : OVER_BUDGET;
    }

    /** Appends the Markdown table to the step summary, if the environment names one; a failure is only told. */
    private static void appendSummary(Map<String, String> environment, String markdown, PrintStream err) {
        try {
            StepSummary.append(environment, markdown);
        } catch (IOException | IllegalArgumentException e) {
            err.println("BudgetCheck: cannot append to " + StepSummary.VARIABLE + ": " + e.getMessage());
        }
    }

    /** One benchmark's row: verdict ({@code OK}, {@code OVER}, {@code REGRESSED}), name and figures. */
    private static String[] check(
            JmhJsonResults.Benchmark benchmark, BudgetCheckArguments a, Optional<JmhJsonResults.Benchmark> before) {
        List<Verdict> verdicts = new ArrayList<>();
        a.maxEnergy()
                .ifPresent(max -> verdicts.add(verdict(benchmark, CarbonLabels.ENERGY_PER_OP, max, Energy::ofJoules)));
        a.maxEmissions()
                .ifPresent(max ->
                        verdicts.add(verdict(benchmark, CarbonLabels.EMISSIONS_PER_OP, max, Emissions::ofGrams)));
        a.maxSci().ifPresent(max -> verdicts.add(verdict(benchmark, CarbonLabels.SCI_PER_OP, max, Emissions::ofGrams)));
        boolean over = verdicts.stream().anyMatch(v -> !v.within());
        boolean regressed = false;
        if (a.baseline().isPresent() && before.isEmpty()) {
            verdicts.add(new Verdict(true, "new: not in the baseline"));
        } else if (before.isPresent()) {
            for (Verdict v : List.of(
                    regression(before.get(), benchmark, CarbonLabels.ENERGY_PER_OP, "energy", a.share(), JOULES),
                    regression(
                            before.get(), benchmark, CarbonLabels.EMISSIONS_PER_OP, "emissions", a.share(), GRAMS))) {
                verdicts.add(v);
                regressed |= !v.within();
            }
        }
        String status = over ? "OVER" : regressed ? "REGRESSED" : "OK";
        return new String[] {
            status,
            benchmark.name(),
            String.join("  ", verdicts.stream().map(Verdict::text).toList())
        };
    }

    private static List<JmhJsonResults.Benchmark> read(Path file) throws JmhJsonResults.UnreadableResultsException {
        List<JmhJsonResults.Benchmark> benchmarks = JmhJsonResults.read(file);
        if (benchmarks.stream().noneMatch(b -> b.metrics().keySet().stream().anyMatch(CarbonLabels.ALL::contains))) {
            throw new JmhJsonResults.UnreadableResultsException(
                    file + " has no " + CarbonLabels.ENERGY_PER_OP + " results: run JMH with -prof carbon -rf json",
                    null);
        }
        for (JmhJsonResults.Benchmark benchmark : benchmarks) {
            for (String label : CarbonLabels.ALL) {
                JmhJsonResults.Metric metric = benchmark.metrics().get(label);
                if (metric != null && metric.score() < 0) {
                    // Energy and emissions are never negative: the file was edited or is not from -prof carbon.
                    throw new JmhJsonResults.UnreadableResultsException(
                            file + ": " + benchmark.name() + " has a negative " + label + " score (" + metric.score()
                                    + "), which carbon4j never writes",
                            null);
                }
            }
        }
        return benchmarks;
    }

    private static String markdown(List<String[]> rows, String total) {
        StringBuilder md = new StringBuilder(
                "### carbon4j: JMH carbon budget\n\n| verdict | benchmark | figures |\n|---|---|---|\n");
        for (String[] row : rows) {
            md.append("| ")
                    .append(row[0])
                    .append(" | `")
                    .append(StepSummary.cell(row[1]))
                    .append("` | ")
                    .append(StepSummary.cell(row[2]))
                    .append(" |\n");
        }
        return md.append('\n').append(StepSummary.cell(total)).append('\n').toString();
    }

    private record Verdict(boolean within, String text) {}

    private static <Q extends Comparable<Q>> Verdict verdict(
            JmhJsonResults.Benchmark benchmark, String label, Limit<Q> limit, DoubleFunction<Q> quantity) {
        JmhJsonResults.Metric metric = benchmark.metrics().get(label);
        double score = metric == null ? Double.NaN : metric.score();
        if (!Double.isFinite(score)) {
            return new Verdict(
                    false,
                    limit.figure() + " not measured (" + label + (metric == null ? " missing" : " is " + score)
                            + "), limit " + limit.limit() + "/op");
        }
        Q figure = quantity.apply(score);
        return new Verdict(limit.admits(figure), limit.verdict(figure, "/op"));
    }

    private static Verdict regression(
            JmhJsonResults.Benchmark before,
            JmhJsonResults.Benchmark now,
            String label,
            String what,
            double share,
            DoubleFunction<String> format) {
        JmhJsonResults.Metric b =
                before.metrics().getOrDefault(label, new JmhJsonResults.Metric(Double.NaN, Double.NaN));
        JmhJsonResults.Metric n = now.metrics().getOrDefault(label, new JmhJsonResults.Metric(Double.NaN, Double.NaN));
        Regression r = new Regression(what, b.score(), b.standardError(), n.score(), n.standardError(), share);
        return new Verdict(!r.regressed(), r.text(format));
    }
}
