package io.github.carbon4j.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * What {@link ForkLoadingTests} runs in JMH: a short StringBuilder operation, and at the end of the last measurement
 * iteration (its teardown runs before the profilers' {@code afterIteration}) a mark in the fork's
 * class-loading log, by loading {@link LastIterationEnded}, and the names of the threads then alive,
 * into the file the fork's system property {@code probe.threads} names.
 */
@State(Scope.Benchmark)
public class ForkProbeTestCases {

    private final String[] words = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"};
    private int measured;

    /** Appends words and commas: what C2 compiles for it depends on how StringBuilder was used before. */
    @Benchmark
    public String append() {
        StringBuilder sb = new StringBuilder();
        for (String word : words) {
            sb.append(word).append(',');
        }
        return sb.toString();
    }

    @TearDown(Level.Iteration)
    public void afterIteration(IterationParams params) throws IOException, ClassNotFoundException {
        if (params.getType() == IterationType.MEASUREMENT && ++measured == params.getCount()) {
            // By name, so that nothing loads it before this line runs.
            Class.forName(ForkProbeTestCases.class.getName() + "$LastIterationEnded");
            Files.writeString(
                    Path.of(System.getProperty("probe.threads")),
                    Thread.getAllStackTraces().keySet().stream()
                            .map(Thread::getName)
                            .sorted()
                            .collect(Collectors.joining("\n")));
        }
    }

    /** Loaded only when the last measurement iteration ends: its line in the log splits before from after. */
    static final class LastIterationEnded {
        private LastIterationEnded() {}
    }
}
