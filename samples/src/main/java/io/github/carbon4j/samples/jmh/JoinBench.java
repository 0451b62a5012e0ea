package io.github.carbon4j.samples.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Two ways to join words, one linear and one quadratic in the number of words, so that energy per
 * operation shows the difference a budget should catch:
 * {@code java -jar samples/target/benchmarks.jar JoinBench -prof carbon}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class JoinBench {

    @Param({"10", "1000"})
    public int size;

    private List<String> words;

    @Setup
    public void setUp() {
        words = IntStream.range(0, size).mapToObj(i -> "word" + i).collect(Collectors.toList());
    }

    /** One pass with a StringJoiner underneath. */
    @Benchmark
    public String join() {
        return String.join(",", words);
    }

    /** Copies the whole string so far for every word. */
    @Benchmark
    public String concatenate() {
        String joined = "";
        for (String word : words) {
            joined = joined.isEmpty() ? word : joined + "," + word;
        }
        return joined;
    }
}
