package io.github.carbon4j.samples.jmh;

import io.github.carbon4j.jmh.CarbonProfiler;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * What {@code -prof carbon} costs a benchmark: runs the same benchmark without and with the
 * profiler in one command, one fork each per round, alternating which goes first (ABBA) so that a
 * drifting machine load hits both alike, and prints the scores side by side with their medians.
 * <pre>
 * java -cp samples/target/benchmarks.jar io.github.carbon4j.samples.jmh.ProfilerOverhead [rounds] [include-regex]
 * </pre>
 * The default is {@code JoinBench.join} at size 10, the shortest operation here, where any cost the
 * profiler adds inside the measured window would show most.
 */
public final class ProfilerOverhead {

    private ProfilerOverhead() {}

    public static void main(String[] args) throws RunnerException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        String include = args.length > 1 ? args[1] : JoinBench.class.getName() + ".join";
        double[] without = new double[rounds];
        double[] with = new double[rounds];
        String unit = "";
        for (int round = 0; round < rounds; round++) {
            boolean profiledFirst = round % 4 == 1 || round % 4 == 2;
            RunResult a = run(include, profiledFirst);
            RunResult b = run(include, !profiledFirst);
            with[round] = (profiledFirst ? a : b).getPrimaryResult().getScore();
            without[round] = (profiledFirst ? b : a).getPrimaryResult().getScore();
            unit = a.getPrimaryResult().getScoreUnit();
        }
        System.out.println();
        System.out.println(include + " (size=10), one fork per cell, " + unit);
        System.out.printf(Locale.ROOT, "%-8s %22s %22s %10s%n", "round", "without -prof carbon", "with -prof carbon", "change");
        for (int round = 0; round < rounds; round++) {
            System.out.printf(Locale.ROOT, "%-8d %22.3f %22.3f %+9.2f%%%n", round + 1, without[round], with[round],
                    change(without[round], with[round]));
        }
        double medianWithout = median(without);
        double medianWith = median(with);
        System.out.printf(Locale.ROOT, "%-8s %22.3f %22.3f %+9.2f%%%n", "median", medianWithout, medianWith,
                change(medianWithout, medianWith));
    }

    private static RunResult run(String include, boolean profiled) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(include)
                .param("size", "10")
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
        return new Runner(options.build()).runSingle();
    }

    private static double change(double base, double value) {
        return (value - base) / base * 100;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
