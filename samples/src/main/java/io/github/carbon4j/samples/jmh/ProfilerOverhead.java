package io.github.carbon4j.samples.jmh;

import io.github.carbon4j.jmh.CarbonProfiler;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * What {@code -prof carbon} costs a benchmark: runs the same benchmark without and with the
 * profiler, one after the other in one command, and prints both scores side by side.
 * <pre>
 * java -cp samples/target/benchmarks.jar io.github.carbon4j.samples.jmh.ProfilerOverhead [include-regex] [forks]
 * </pre>
 * The default is {@code JoinBench.join} at size 10, the shortest operation here, where a fixed
 * per-iteration cost would show most.
 */
public final class ProfilerOverhead {

    private ProfilerOverhead() {}

    public static void main(String[] args) throws RunnerException {
        String include = args.length > 0 ? args[0] : JoinBench.class.getName() + ".join";
        int forks = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        RunResult without = new Runner(options(include, forks).build()).runSingle();
        RunResult with = new Runner(options(include, forks).addProfiler(CarbonProfiler.class).build()).runSingle();
        Result<?> base = without.getPrimaryResult();
        Result<?> profiled = with.getPrimaryResult();
        double change = (profiled.getScore() - base.getScore()) / base.getScore() * 100;
        System.out.println();
        System.out.printf(Locale.ROOT, "%-32s %14s %14s%n", include, "score", "error (99.9%)");
        System.out.printf(Locale.ROOT, "%-32s %14.4f %14.4f %s%n", "without -prof carbon", base.getScore(),
                base.getScoreError(), base.getScoreUnit());
        System.out.printf(Locale.ROOT, "%-32s %14.4f %14.4f %s%n", "with -prof carbon", profiled.getScore(),
                profiled.getScoreError(), profiled.getScoreUnit());
        System.out.printf(Locale.ROOT, "change: %+.2f %% (energy per op with the profiler: %s J/op)%n", change,
                with.getSecondaryResults().get("carbon.energy.norm").getScore());
    }

    private static ChainedOptionsBuilder options(String include, int forks) {
        return new OptionsBuilder()
                .include(include)
                .param("size", "10")
                .forks(forks)
                .warmupIterations(3)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(1))
                .timeUnit(TimeUnit.NANOSECONDS)
                .verbosity(VerboseMode.SILENT);
    }
}
