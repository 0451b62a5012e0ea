package io.github.carbon4j.jmh;

import io.github.carbon4j.CarbonConfig;
import io.github.carbon4j.CarbonLogger;
import io.github.carbon4j.Context;
import java.io.File;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.ExternalProfiler;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.profile.ProfilerException;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;
import org.openjdk.jmh.runner.IterationType;

/**
 * JMH profiler for energy and CO2 equivalent: {@code -prof carbon} (through the {@code carbon}
 * alias class) or {@code -prof io.github.carbon4j.jmh.CarbonProfiler}, with options
 * {@code -prof 'carbon:country=FRA;scope=process'} ({@code carbon:help} lists them).
 *
 * <p>It runs in the benchmark JVM: each iteration is one step of a carbon logger, in the context
 * named after the benchmark and its parameters ({@code org.acme.JoinBench.join(size=100)}; warmup
 * iterations go to {@code org.acme.JoinBench.join(size=100) [warmup]}), numbered from 1 as JMH
 * numbers them. Each iteration returns the secondary results named in {@link CarbonLabels}. The
 * logger opens on the first iteration and closes after the last, so each fork is a run of its own in
 * the shared output directory. While JMH measures, the fork only reads the meters at iteration
 * boundaries: the logger is {@linkplain CarbonLogger#startQuiet quiet} (no sampler thread, the
 * reports written after the last iteration, when their classes are first loaded). When it cannot
 * measure, it says so once (a notice: one line on standard error, or to the {@code io.github.carbon4j}
 * {@link System.Logger} where logging is routed or {@code notices=logger}) and reports NaN.
 *
 * <p>In the host JVM it only adds JVM options to the forks: on Java 24 and newer,
 * {@code --enable-native-access=ALL-UNNAMED}, so that JNA (OSHI's hardware queries, NVIDIA GPUs)
 * neither warns nor, in later releases, fails (not when the benchmark's JVM arguments already set
 * native access).
 * That part needs forks; with {@code -f 0} JMH uses only the per-iteration part.
 *
 * <p>Constructors are cheap: JMH calls them several times in several JVMs. The no-argument one never
 * throws; the option one throws {@link ProfilerException} naming an unknown option or bad value.
 * An instance serves one benchmark in one JVM, as JMH uses it; it is not thread-safe.
 *
 * @since 0.1
 */
public final class CarbonProfiler implements InternalProfiler, ExternalProfiler {

    static final String WARMUP_SUFFIX = " [warmup]";

    private final ForkSession session;
    private final List<String> forkProperties;
    private long warmupSteps;
    private long measurementSteps;
    // Named once: building the name is string work, which the fork should not do again between iterations.
    private Context measured;
    private Context warmup;

    /** A profiler configured by system properties, the environment and {@code carbon4j.properties}. */
    public CarbonProfiler() {
        // Discovery instantiates this constructor in every JVM; anything that can fail waits for the first iteration.
        this.session = new ForkSession(() -> CarbonLogger.startQuiet(ProfilerOptions.parse("")));
        this.forkProperties = List.of();
    }

    /**
     * A profiler configured by the option line ({@code key=value;...}), then as the no-argument one.
     *
     * @param options the option line JMH passes after {@code -prof carbon:}; empty for none
     * @throws ProfilerException for {@code help} (with the help text), an unknown option or a bad value
     */
    public CarbonProfiler(String options) throws ProfilerException {
        CarbonConfig config = ProfilerOptions.parse(options);
        this.session = new ForkSession(() -> CarbonLogger.startQuiet(config));
        this.forkProperties = ProfilerOptions.forkProperties(options);
    }

    /** A profiler whose logger comes from the function, for tests that bring their own meters. */
    CarbonProfiler(CarbonConfig config, Function<CarbonConfig, CarbonLogger> start) {
        this.session = new ForkSession(() -> start.apply(config));
        this.forkProperties = List.of();
    }

    @Override
    public String getDescription() {
        return "carbon4j: energy (J) and CO2eq (g) per iteration and per operation; options: carbon:help";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        session.begin(benchmarkParams.getBenchmark());
    }

    @Override
    @SuppressWarnings("rawtypes") // JMH's interface declares the raw type
    public Collection<? extends Result> afterIteration(
            BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
        boolean isWarmup = iterationParams.getType() == IterationType.WARMUP;
        long step = isWarmup ? ++warmupSteps : ++measurementSteps;
        if (measured == null) {
            measured = context(benchmarkParams, false);
            warmup = Context.of(measured.name() + WARMUP_SUFFIX);
        }
        Collection<ScalarResult> results = session.end(
                isWarmup ? warmup : measured, step, result.getMetadata().getAllOps());
        if (isLast(benchmarkParams, isWarmup, step)) {
            session.close();
        }
        return results;
    }

    @Override
    public Collection<String> addJVMInvokeOptions(BenchmarkParams params) {
        return List.of();
    }

    @Override
    public Collection<String> addJVMOptions(BenchmarkParams params) {
        List<String> options = new ArrayList<>(ForkJvmOptions.of(params.getJdkVersion(), params.getJvmArgs()));
        options.addAll(forkProperties);
        return options;
    }

    @Override
    public void beforeTrial(BenchmarkParams benchmarkParams) {
        // Measuring happens in the fork, per iteration.
    }

    @Override
    @SuppressWarnings("rawtypes") // JMH's interface declares the raw type
    public Collection<? extends Result> afterTrial(
            BenchmarkResult benchmarkResult, long pid, File stdOut, File stdErr) {
        return List.of();
    }

    @Override
    public boolean allowPrintOut() {
        return true;
    }

    @Override
    public boolean allowPrintErr() {
        return true;
    }

    /** The context of a benchmark: its name and parameters, e.g. {@code org.acme.JoinBench.join(size=100)}. */
    static Context context(BenchmarkParams params, boolean warmup) {
        String name = BenchmarkNames.of(params);
        return Context.of(warmup ? name + WARMUP_SUFFIX : name);
    }

    private static boolean isLast(BenchmarkParams params, boolean warmup, long step) {
        int measurements = params.getMeasurement().getCount();
        return warmup ? measurements == 0 && step >= params.getWarmup().getCount() : step >= measurements;
    }
}
