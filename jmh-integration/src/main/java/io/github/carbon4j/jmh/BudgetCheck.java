package io.github.carbon4j.jmh;

import io.github.carbon4j.Emissions;
import io.github.carbon4j.Energy;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleFunction;

/**
 * Checks carbon budgets on a JMH JSON result file (written with {@code -prof carbon -rf json}), for
 * a build step:
 * <pre>
 * java -cp benchmarks.jar io.github.carbon4j.jmh.BudgetCheck jmh-result.json \
 *     --max-energy-per-op "2 mJ" --max-co2e-per-op "1 µg" --max-sci-per-op "2 µg"
 * </pre>
 * ({@code --max-sci-per-op} bounds {@link CarbonLabels#SCI_PER_OP}: operational plus embodied emissions.)
 * Prints one line per benchmark with its figures and limits, then exits with 0 when every benchmark
 * is within budget, 1 when any is over budget or was not measured (no or NaN {@code carbon.*}
 * results), 2 when the file is missing or malformed, or the arguments are wrong.
 *
 * @since 0.1
 */
public final class BudgetCheck {

    static final int OK = 0;
    static final int OVER_BUDGET = 1;
    static final int BAD_INPUT = 2;

    private static final String USAGE = "usage: BudgetCheck <results.json> [--max-energy-per-op <energy, e.g. \"2 mJ\">]"
            + " [--max-co2e-per-op <emissions, e.g. \"1 µg\">] [--max-sci-per-op <emissions, e.g. \"2 µg\">]";

    private BudgetCheck() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Does what {@link #main} does, returning the exit status instead of exiting. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Path file = null;
        Optional<Energy> maxEnergy = Optional.empty();
        Optional<Emissions> maxCo2e = Optional.empty();
        Optional<Emissions> maxSci = Optional.empty();
        try {
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("--max-energy-per-op") || arg.equals("--max-co2e-per-op")
                        || arg.equals("--max-sci-per-op")) {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException(arg + " needs a value");
                    }
                    String value = args[++i];
                    if (arg.equals("--max-energy-per-op")) {
                        maxEnergy = Optional.of(Energy.parse(value));
                    } else if (arg.equals("--max-sci-per-op")) {
                        maxSci = Optional.of(Emissions.parse(value));
                    } else {
                        maxCo2e = Optional.of(Emissions.parse(value));
                    }
                } else if (arg.startsWith("--") || file != null) {
                    throw new IllegalArgumentException("unexpected argument \"" + arg + "\"");
                } else {
                    file = Path.of(arg);
                }
            }
            if (file == null || (maxEnergy.isEmpty() && maxCo2e.isEmpty() && maxSci.isEmpty())) {
                throw new IllegalArgumentException(file == null ? "no result file given" : "no limit given");
            }
        } catch (IllegalArgumentException e) {
            err.println("BudgetCheck: " + e.getMessage());
            err.println(USAGE);
            return BAD_INPUT;
        }
        List<JmhJsonResults.Benchmark> benchmarks;
        try {
            benchmarks = JmhJsonResults.read(file);
        } catch (JmhJsonResults.UnreadableResultsException e) {
            err.println("BudgetCheck: " + e.getMessage());
            return BAD_INPUT;
        }
        if (benchmarks.stream().noneMatch(b -> b.scores().keySet().stream().anyMatch(CarbonLabels.ALL::contains))) {
            err.println("BudgetCheck: " + file + " has no " + CarbonLabels.ENERGY_PER_OP
                    + " results: run JMH with -prof carbon -rf json");
            return BAD_INPUT;
        }
        for (JmhJsonResults.Benchmark benchmark : benchmarks) {
            for (String label : CarbonLabels.ALL) {
                Double score = benchmark.scores().get(label);
                if (score != null && score < 0) {
                    // Energy and emissions are never negative: the file was edited or is not from -prof carbon.
                    err.println("BudgetCheck: " + file + ": " + benchmark.name() + " has a negative " + label
                            + " score (" + score + "), which carbon4j never writes");
                    return BAD_INPUT;
                }
            }
        }
        int failed = 0;
        for (JmhJsonResults.Benchmark benchmark : benchmarks) {
            List<Verdict> verdicts = new ArrayList<>();
            maxEnergy.ifPresent(max -> verdicts.add(verdict(benchmark, CarbonLabels.ENERGY_PER_OP, "energy",
                    max.joules(), max.toString(), j -> Energy.ofJoules(j).toString())));
            maxCo2e.ifPresent(max -> verdicts.add(verdict(benchmark, CarbonLabels.CO2E_PER_OP, "co2e",
                    max.grams(), max.toString(), g -> Emissions.ofGrams(g).toString())));
            maxSci.ifPresent(max -> verdicts.add(verdict(benchmark, CarbonLabels.SCI_PER_OP, "sci",
                    max.grams(), max.toString(), g -> Emissions.ofGrams(g).toString())));
            String status = verdicts.stream().allMatch(Verdict::within) ? "OK  " : "OVER";
            if (!status.startsWith("OK")) {
                failed++;
            }
            out.println(status + "  " + benchmark.name() + "  "
                    + String.join("  ", verdicts.stream().map(Verdict::text).toList()));
        }
        out.println("carbon budget: " + (benchmarks.size() - failed) + " of " + benchmarks.size()
                + " benchmarks within budget (" + file + ")");
        return failed == 0 ? OK : OVER_BUDGET;
    }

    private record Verdict(boolean within, String text) {}

    private static Verdict verdict(JmhJsonResults.Benchmark benchmark, String label, String what, double limit,
            String limitText, DoubleFunction<String> format) {
        Double score = benchmark.scores().get(label);
        if (score == null || !Double.isFinite(score)) {
            return new Verdict(false, what + " not measured (" + label + (score == null ? " missing" : " is " + score)
                    + "), limit " + limitText + "/op");
        }
        boolean within = score <= limit;
        return new Verdict(within, what + " " + format.apply(score) + "/op " + (within ? "<=" : ">") + " limit "
                + limitText + "/op");
    }
}
