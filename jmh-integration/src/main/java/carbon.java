import io.github.carbon4j.jmh.CarbonProfiler;
import java.io.File;
import java.util.Collection;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.ExternalProfiler;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.profile.ProfilerException;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;

/**
 * The short name of {@link CarbonProfiler}, so that {@code -prof carbon} works: JMH 1.37 matches
 * profilers found on the class path only by their full name, and otherwise loads the name given as a
 * class. Being in the unnamed package, it makes this jar usable on the class path only; on the module
 * path use {@code -prof io.github.carbon4j.jmh.CarbonProfiler}. Behaves exactly as {@link CarbonProfiler}.
 *
 * @since 0.1
 */
public final class carbon implements InternalProfiler, ExternalProfiler {

    private final CarbonProfiler profiler;

    /** As {@link CarbonProfiler#CarbonProfiler()}; never throws. */
    public carbon() {
        profiler = new CarbonProfiler();
    }

    /**
     * As {@link CarbonProfiler#CarbonProfiler(String)}.
     *
     * @param options the option line JMH passes after {@code -prof carbon:}, {@code key=value;...}
     * @throws ProfilerException for {@code help} (with the help text), an unknown option or a bad value
     */
    public carbon(String options) throws ProfilerException {
        profiler = new CarbonProfiler(options);
    }

    @Override
    public String getDescription() {
        return profiler.getDescription();
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        profiler.beforeIteration(benchmarkParams, iterationParams);
    }

    @Override
    @SuppressWarnings("rawtypes") // JMH's interface declares the raw type
    public Collection<? extends Result> afterIteration(
            BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
        return profiler.afterIteration(benchmarkParams, iterationParams, result);
    }

    @Override
    public Collection<String> addJVMInvokeOptions(BenchmarkParams params) {
        return profiler.addJVMInvokeOptions(params);
    }

    @Override
    public Collection<String> addJVMOptions(BenchmarkParams params) {
        return profiler.addJVMOptions(params);
    }

    @Override
    public void beforeTrial(BenchmarkParams benchmarkParams) {
        profiler.beforeTrial(benchmarkParams);
    }

    @Override
    @SuppressWarnings("rawtypes") // JMH's interface declares the raw type
    public Collection<? extends Result> afterTrial(
            BenchmarkResult benchmarkResult, long pid, File stdOut, File stdErr) {
        return profiler.afterTrial(benchmarkResult, pid, stdOut, stdErr);
    }

    @Override
    public boolean allowPrintOut() {
        return profiler.allowPrintOut();
    }

    @Override
    public boolean allowPrintErr() {
        return profiler.allowPrintErr();
    }
}
