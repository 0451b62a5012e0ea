package io.github.carbon4j.samples.bench;

import io.github.carbon4j.CarbonConfig;
import io.github.carbon4j.CarbonLogger;
import io.github.carbon4j.ConfigSource;
import io.github.carbon4j.Context;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What carbon4j adds to the start of a JVM: times whole JVMs, each started afresh, that start a logger
 * with reports on, log one step and close it, against the same JVMs that do the same work without
 * carbon4j. Rounds alternate which goes first (ABBA), so that a drifting machine load hits both alike.
 * <pre>
 * java -cp samples/target/benchmarks.jar io.github.carbon4j.samples.bench.ColdStart [rounds] [-- jvm-options]
 * </pre>
 * The JVM options (e.g. {@code -Dcarbon4j.country=FRA}) go to both kinds of JVM. Prints each round,
 * then the medians with their spread and the median of the paired differences, in milliseconds.
 * The children themselves are {@code ColdStart logger DIR} and {@code ColdStart baseline DIR}.
 */
public final class ColdStart {

    private static final String LOGGER = "logger";
    private static final String BASELINE = "baseline";

    private ColdStart() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length == 2 && args[0].equals(LOGGER)) {
            logOneStep(Path.of(args[1]));
        } else if (args.length == 2 && args[0].equals(BASELINE)) {
            work(Path.of(args[1]));
        } else {
            int split = Arrays.asList(args).indexOf("--");
            int rounds = args.length > 0 && split != 0 ? Integer.parseInt(args[0]) : 20;
            List<String> jvmOptions = split < 0 ? List.of() : List.of(args).subList(split + 1, args.length);
            measure(rounds, jvmOptions);
        }
    }

    /** The child with carbon4j: the configuration of the environment, reports into {@code dir}. */
    private static void logOneStep(Path dir) throws IOException {
        CarbonConfig config = CarbonConfig.builder().experiment("cold-start").from(ConfigSource.standard())
                .outputDirectory(dir).build();
        try (CarbonLogger logger = CarbonLogger.start(config)) {
            work(dir);
            logger.logCarbonMetrics(Context.TRAINING, 0);
        }
    }

    /** The step's work, which both children do, so that the difference is carbon4j's alone. */
    private static void work(Path dir) throws IOException {
        Files.createDirectories(dir);
        long sum = 0;
        for (int i = 0; i < 1_000; i++) {
            sum += Integer.toString(i).hashCode();
        }
        if (sum == 42) {
            System.out.println(sum);
        }
    }

    private static void measure(int rounds, List<String> jvmOptions) throws IOException, InterruptedException {
        Path scratch = Files.createTempDirectory("carbon4j-cold-start");
        try {
            double[] without = new double[rounds];
            double[] with = new double[rounds];
            // One of each first, untimed: the first JVM of a series pays for the page cache.
            time(BASELINE, scratch, jvmOptions);
            time(LOGGER, scratch, jvmOptions);
            System.out.printf(Locale.ROOT, "%-8s %14s %14s %10s%n", "round", "without ms", "with ms", "added ms");
            for (int round = 0; round < rounds; round++) {
                boolean loggerFirst = round % 4 == 1 || round % 4 == 2;
                if (loggerFirst) {
                    with[round] = time(LOGGER, scratch, jvmOptions);
                    without[round] = time(BASELINE, scratch, jvmOptions);
                } else {
                    without[round] = time(BASELINE, scratch, jvmOptions);
                    with[round] = time(LOGGER, scratch, jvmOptions);
                }
                System.out.printf(Locale.ROOT, "%-8d %14.1f %14.1f %+10.1f%n", round + 1, without[round], with[round],
                        with[round] - without[round]);
            }
            double[] added = new double[rounds];
            Arrays.setAll(added, i -> with[i] - without[i]);
            System.out.printf(Locale.ROOT, "%-8s %14.1f %14.1f %+10.1f%n", "median", median(without), median(with),
                    median(added));
            System.out.printf(Locale.ROOT, "%-8s %14s %14s %10s%n", "range", range(without), range(with), range(added));
        } finally {
            try (Stream<Path> files = Files.walk(scratch)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    /** Runs one child JVM to its end; its wall time in ms, from starting the process to its exit. */
    private static double time(String role, Path scratch, List<String> jvmOptions)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ColdStart.class.getName(), role,
                scratch.resolve(role).toString()));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        long start = System.nanoTime();
        int exit = builder.start().waitFor();
        double millis = (System.nanoTime() - start) / 1e6;
        if (exit != 0) {
            throw new IllegalStateException(role + " JVM exited with " + exit + ": " + command);
        }
        return millis;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String range(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "%.0f…%.0f", sorted[0], sorted[sorted.length - 1]);
    }
}
