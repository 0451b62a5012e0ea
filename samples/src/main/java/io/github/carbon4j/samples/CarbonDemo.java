package io.github.carbon4j.samples;

import io.github.carbon4j.CarbonConfig;
import io.github.carbon4j.CarbonLogger;
import io.github.carbon4j.CarbonMetrics;
import io.github.carbon4j.Component;
import io.github.carbon4j.ConfigSource;
import io.github.carbon4j.Context;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The first thing to run: logs a few steps of real work (sorting and summing arrays as a stand-in
 * for training and validation epochs) and prints what each step cost.
 *
 * <p>Configure it like any carbon4j program, e.g. {@code -Dcarbon4j.country=FRA} or
 * {@code CARBON4J_SCOPE=machine}.
 */
public final class CarbonDemo {

    private CarbonDemo() {}

    public static void main(String[] args) {
        CarbonConfig config = CarbonConfig.builder()
                .experiment("demo")
                .from(ConfigSource.standard())
                .build();
        // tag::logger[]
        try (CarbonLogger logger = CarbonLogger.start(config)) {
            printHeader();
            for (int epoch = 0; epoch < 3; epoch++) {
                train(2_000_000);
                print(logger.logCarbonMetrics(Context.TRAINING, epoch)); // the interval since start or the last call
                validate(4_000_000);
                print(logger.logCarbonMetrics(Context.VALIDATION)); // step: the next of that context, from 0
            }
            CarbonLogger.Span span = logger.begin(); // an interval of its own
            train(4_000_000);
            CarbonMetrics sort = span.end(Context.of("sort"), 0);
            print(sort);
            System.out.println();
            System.out.println("how: " + sort.explain());
            System.out.println("reports: " + config.outputDirectory().toAbsolutePath());
        }
        // end::logger[]
    }

    private static void printHeader() {
        System.out.printf(
                "%-10s %4s %8s %9s %9s %9s %10s %12s %14s%n",
                "context", "step", "time s", "cpu W", "gpu W", "ram W", "energy J", "gCO2eq", "gCO2eq/s");
    }

    private static void print(CarbonMetrics m) {
        System.out.printf(
                "%-10s %4d %8.3f %9.2f %9.2f %9.2f %10.3f %12.3e %14.3e%n",
                m.context().name(),
                m.step(),
                m.duration().toNanos() / 1e9,
                m.power(Component.CPU).watts(),
                m.power(Component.GPU).watts(),
                m.power(Component.RAM).watts(),
                m.energyConsumed().joules(),
                m.emissions().grams(),
                m.emissionsRate().gramsPerSecond());
    }

    /** CPU-heavy work: sort random numbers. */
    private static double train(int size) {
        double[] values = new SplittableRandom(42).doubles(size).toArray();
        Arrays.sort(values);
        return values[size / 2];
    }

    /** Memory-bound work: sum a large array several times. */
    private static double validate(int size) {
        double[] values = new SplittableRandom(7).doubles(size).toArray();
        double sum = 0;
        for (int pass = 0; pass < 20; pass++) {
            for (double v : values) {
                sum += v;
            }
        }
        return sum;
    }
}
