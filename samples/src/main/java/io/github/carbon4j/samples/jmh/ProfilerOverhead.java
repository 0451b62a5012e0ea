package io.github.carbon4j.samples.jmh;

import io.github.carbon4j.jmh.CarbonProfiler;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * What {@code -prof carbon} costs a benchmark: runs {@link OverheadBench}'s two operations of about
 * 100 ns (one allocating, one not) without and with the profiler, one fork each per round,
 * alternating which goes first (ABBA) so that a drifting machine load hits both alike, and prints
 * each round's scores and the median change per benchmark.
 * <pre>
 * java -cp samples/target/benchmarks.jar io.github.carbon4j.samples.jmh.ProfilerOverhead [rounds] [gc]
 * </pre>
 * {@code rounds} defaults to 6; {@code gc} adds JMH's GC profiler to both sides and prints the
 * allocation per operation, which must not move with the profiler.
 */
public final class ProfilerOverhead {

    static final List<String> BENCHMARKS = List.of("build", "mix");
    // Per operation, so it does not follow the score as the number of collections does.
    static final List<String> GC_LABELS = List.of("gc.alloc.rate.norm");

    private ProfilerOverhead() {}

    public static void main(String[] args) throws RunnerException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        boolean gc = args.length > 1 && args[1].equals("gc");
        // benchmark -> figure -> [without, with] per round
        Map<String, Map<String, double[][]>> figures = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            boolean profiledFirst = round % 4 == 1 || round % 4 == 2;
            Collection<RunResult> first = run(profiledFirst, gc);
            Collection<RunResult> second = run(!profiledFirst, gc);
            record(figures, profiledFirst ? second : first, 0, round, rounds);
            record(figures, profiledFirst ? first : second, 1, round, rounds);
        }
        figures.forEach(
                (benchmark, byFigure) -> byFigure.forEach((figure, values) -> print(benchmark, figure, values)));
    }

    private static Collection<RunResult> run(boolean profiled, boolean gc) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(OverheadBench.class.getName() + "\\.(" + String.join("|", BENCHMARKS) + ")$")
                .forks(1)
                .warmupIterations(3)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(1))
                .timeUnit(TimeUnit.NANOSECONDS)
                .verbosity(VerboseMode.SILENT);
        if (profiled) {
            options.addProfiler(CarbonProfiler.class);
        }
        if (gc) {
            options.addProfiler(GCProfiler.class);
        }
        return new Runner(options.build()).run();
    }

    private static void record(
            Map<String, Map<String, double[][]>> figures,
            Collection<RunResult> results,
            int side,
            int round,
            int rounds) {
        for (RunResult result : results) {
            String label = result.getParams().getBenchmark();
            String benchmark = label.substring(label.lastIndexOf('.') + 1);
            Map<String, double[][]> byFigure = figures.computeIfAbsent(benchmark, k -> new LinkedHashMap<>());
            Result<?> primary = result.getPrimaryResult();
            byFigure.computeIfAbsent("score (" + primary.getScoreUnit() + ")", k -> new double[2][rounds])[side][
                            round] =
                    primary.getScore();
            for (String gcLabel : GC_LABELS) {
                Result<?> secondary = result.getSecondaryResults().get(gcLabel);
                if (secondary != null) {
                    byFigure.computeIfAbsent(
                                            gcLabel + " (" + secondary.getScoreUnit() + ")",
                                            k -> new double[2][rounds])[side][round] =
                            secondary.getScore();
                }
            }
        }
    }

    private static void print(String benchmark, String figure, double[][] values) {
        System.out.println();
        System.out.println("OverheadBench." + benchmark + ", " + figure + ", one fork per cell");
        System.out.printf(
                Locale.ROOT, "%-8s %22s %22s %10s%n", "round", "without -prof carbon", "with -prof carbon", "change");
        for (int round = 0; round < values[0].length; round++) {
            System.out.printf(
                    Locale.ROOT,
                    "%-8d %22.3f %22.3f %+9.2f%%%n",
                    round + 1,
                    values[0][round],
                    values[1][round],
                    change(values[0][round], values[1][round]));
        }
        double without = median(values[0]);
        double with = median(values[1]);
        System.out.printf(Locale.ROOT, "%-8s %22.3f %22.3f %+9.2f%%%n", "median", without, with, change(without, with));
    }

    private static double change(double base, double value) {
        return base == 0 ? (value == 0 ? 0 : Double.POSITIVE_INFINITY) : (value - base) / base * 100;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
