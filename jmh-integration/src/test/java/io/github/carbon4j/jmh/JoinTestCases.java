package io.github.carbon4j.jmh;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** What {@link CarbonProfilerRunTests} runs in JMH: joining strings, sized by a parameter that the context carries. */
@State(Scope.Benchmark)
public class JoinTestCases {

    @Param("32")
    public int size;

    private List<String> words;

    @Setup
    public void setUp() {
        words = IntStream.range(0, size).mapToObj(i -> "w" + i).collect(Collectors.toList());
    }

    @Benchmark
    public String join() {
        return String.join(",", words);
    }
}
