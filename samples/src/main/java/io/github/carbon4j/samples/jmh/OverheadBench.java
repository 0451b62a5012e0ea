package io.github.carbon4j.samples.jmh;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Two operations of about 100 ns for {@link ProfilerOverhead}, one allocating and one not, where
 * anything {@code -prof carbon} changed in the fork (threads, heap, class loading, compiled code)
 * would show most.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class OverheadBench {

    private final String[] words = {
        "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"
    };
    private long seed = 42;

    /** Joins ten short words with a StringBuilder: a few allocations per operation. */
    @Benchmark
    public String build() {
        StringBuilder sb = new StringBuilder();
        for (String word : words) {
            sb.append(word).append(' ');
        }
        return sb.toString();
    }

    /** A chain of dependent multiply-adds over a field: no allocation. */
    @Benchmark
    public long mix() {
        long x = seed;
        for (int i = 0; i < 64; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
        }
        return x;
    }
}
