package io.github.carbon4j.jmh;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What {@link BudgetCheckRunTests} runs in JMH: a loop whose length the fork's system property
 * {@code spin} sets, so the same benchmark (same name, same parameters) can be made slower between
 * a baseline run and a check.
 */
@State(Scope.Benchmark)
public class SpinTestCases {

    private int rounds;
    private long seed;

    @Setup
    public void setUp() {
        rounds = Integer.getInteger("spin", 100);
        seed = System.nanoTime();
    }

    @Benchmark
    public long spin() {
        long x = seed;
        for (int i = 0; i < rounds; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
        }
        return x;
    }
}
