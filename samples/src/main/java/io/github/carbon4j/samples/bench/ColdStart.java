package io.github.carbon4j.samples.bench;

import io.github.carbon4j.CarbonConfig;
import io.github.carbon4j.CarbonLogger;
import io.github.carbon4j.ConfigSource;
import io.github.carbon4j.Context;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
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
 * with reports on (into an empty directory), log one step and close it, against the same JVMs that do the
 * same work without carbon4j. Rounds alternate which goes first (ABBA), so that a drifting machine load
 * hits both alike.
 * <pre>
 * java -cp samples/target/benchmarks.jar io.github.carbon4j.samples.bench.ColdStart [rounds] [-- jvm-options]
 * </pre>
 * The JVM options (e.g. {@code -Dcarbon4j.country=FRA}) go to both kinds of JVM. Prints each round,
 * then the medians with their spread and the median of the paired differences, in milliseconds: the
 * wall time from starting the process to its exit, and the CPU time the JVM reports having used up to
 * the end of {@code main} (steadier than wall time on a busy machine). The children themselves are
 * {@code ColdStart logger DIR} and {@code ColdStart baseline DIR}.
 */
public final class ColdStart {

    private static final String LOGGER = "logger";
    private static final String BASELINE = "baseline";
    private static final String CPU_PREFIX = "cold-start cpu ns: ";

    private ColdStart() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length == 2 && args[0].equals(LOGGER)) {
            logOneStep(Path.of(args[1]));
            printCpuTime();
        } else if (args.length == 2 && args[0].equals(BASELINE)) {
            work(Path.of(args[1]));
            printCpuTime();
        } else {
            int split = Arrays.asList(args).indexOf("--");
            int rounds = args.length > 0 && split != 0 ? Integer.parseInt(args[0]) : 20;
            List<String> jvmOptions = split < 0 ? List.of() : List.of(args).subList(split + 1, args.length);
            measure(rounds, jvmOptions);
        }
    }

    /** The child with carbon4j: the configuration of the environment, reports into {@code dir}. */
    private static void logOneStep(Path dir) throws IOException {
        CarbonConfig config = CarbonConfig.builder()
                .experiment("cold-start")
                .from(ConfigSource.standard())
                .outputDirectory(dir)
                .build();
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

    /**
     * The JVM's CPU time so far, for the parent to read from the last line of standard output. On Linux from
     * {@code /proc/self/stat} (user and system time, 10 ms ticks): asking the JVM's MXBean would load the
     * management classes into both kinds of JVM, which hides what carbon4j's own use of them costs.
     */
    private static void printCpuTime() throws IOException {
        Path stat = Path.of("/proc/self/stat");
        if (Files.isReadable(stat)) {
            String text = Files.readString(stat);
            // Fields after the command's closing parenthesis: state is field 3, utime 14 and stime 15.
            String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            System.out.println(CPU_PREFIX + ticks * 10_000_000L);
        } else if (ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            System.out.println(CPU_PREFIX + os.getProcessCpuTime());
        }
    }

    private static void measure(int rounds, List<String> jvmOptions) throws IOException, InterruptedException {
        Path scratch = Files.createTempDirectory("carbon4j-cold-start");
        try {
            double[][] without = new double[2][rounds];
            double[][] with = new double[2][rounds];
            // One of each first, untimed: the first JVM of a series pays for the page cache.
            time(BASELINE, scratch, jvmOptions);
            time(LOGGER, scratch, jvmOptions);
            System.out.printf(
                    Locale.ROOT,
                    "%-8s %12s %12s %10s %12s %12s %10s%n",
                    "round",
                    "without ms",
                    "with ms",
                    "added ms",
                    "cpu ms",
                    "cpu+c4j ms",
                    "added ms");
            for (int round = 0; round < rounds; round++) {
                round(round, scratch, jvmOptions, without, with);
            }
            printSummary(rounds, without, with);
        } finally {
            delete(scratch);
        }
    }

    /** Deletes a directory with everything in it, if it is there. */
    private static void delete(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    /** Times one round, ABBA order, into {@code without} and {@code with} (wall, then CPU ms) and prints it. */
    private static void round(int round, Path scratch, List<String> jvmOptions, double[][] without, double[][] with)
            throws IOException, InterruptedException {
        boolean loggerFirst = round % 4 == 1 || round % 4 == 2;
        double[] a = time(loggerFirst ? LOGGER : BASELINE, scratch, jvmOptions);
        double[] b = time(loggerFirst ? BASELINE : LOGGER, scratch, jvmOptions);
        double[] plain = loggerFirst ? b : a;
        double[] logged = loggerFirst ? a : b;
        for (int kind = 0; kind < 2; kind++) {
            without[kind][round] = plain[kind];
            with[kind][round] = logged[kind];
        }
        System.out.printf(
                Locale.ROOT,
                "%-8d %12.1f %12.1f %+10.1f %12.1f %12.1f %+10.1f%n",
                round + 1,
                plain[0],
                logged[0],
                logged[0] - plain[0],
                plain[1],
                logged[1],
                logged[1] - plain[1]);
    }

    /**
     * The medians, of the rounds and of their paired differences, the ranges, and the interval that holds the
     * median of the paired differences with at least 95 % ({@link #medianInterval}).
     */
    private static void printSummary(int rounds, double[][] without, double[][] with) {
        Object[] medians = new Object[7];
        Object[] ranges = new Object[7];
        Object[] intervals = {"95 %", "", "", "", "", "", ""};
        medians[0] = "median";
        ranges[0] = "range";
        for (int kind = 0; kind < 2; kind++) {
            double[] added = new double[rounds];
            double[] w = with[kind];
            double[] wo = without[kind];
            Arrays.setAll(added, i -> w[i] - wo[i]);
            medians[3 * kind + 1] = String.format(Locale.ROOT, "%.1f", median(wo));
            medians[3 * kind + 2] = String.format(Locale.ROOT, "%.1f", median(w));
            medians[3 * kind + 3] = String.format(Locale.ROOT, "%+.1f", median(added));
            ranges[3 * kind + 1] = range(wo);
            ranges[3 * kind + 2] = range(w);
            ranges[3 * kind + 3] = range(added);
            double[] interval = medianInterval(added);
            intervals[3 * kind + 3] =
                    interval.length == 0 ? "-" : String.format(Locale.ROOT, "%.0f…%.0f", interval[0], interval[1]);
        }
        System.out.printf(Locale.ROOT, "%-8s %12s %12s %10s %12s %12s %10s%n", medians);
        System.out.printf(Locale.ROOT, "%-8s %12s %12s %10s %12s %12s %10s%n", ranges);
        System.out.printf(Locale.ROOT, "%-8s %12s %12s %10s %12s %12s %10s%n", intervals);
    }

    /**
     * The sign test's interval for the median of independent values: the k-th smallest and the k-th largest value,
     * for the largest k whose interval holds the median with at least 95 % whatever the values' distribution (the
     * number of values below the median is binomial, n and 1/2). A goal is settled by a series when the interval
     * of its paired differences lies on one side of it.
     *
     * @return the interval's two ends, or none for fewer than 6 values, which no such interval covers at 95 %
     */
    static double[] medianInterval(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        int k = 0;
        double below = 0; // P(B <= k - 1) for B binomial(n, 1/2)
        double term = Math.pow(0.5, n); // P(B = k)
        while (k < n && 2 * (below + term) <= 0.05) {
            below += term;
            k++;
            term = term * (n - k + 1) / k;
        }
        return k == 0 ? new double[0] : new double[] {sorted[k - 1], sorted[n - k]};
    }

    /**
     * Runs one child JVM to its end: its wall time in ms, from starting the process to its exit, and its CPU ms.
     * Each child writes into an empty directory: a directory that kept the runs of the rounds before would make
     * every close merge its run into more of them, and the figure grow with the number of rounds.
     */
    private static double[] time(String role, Path scratch, List<String> jvmOptions)
            throws IOException, InterruptedException {
        delete(scratch.resolve(role));
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                ColdStart.class.getName(),
                role,
                scratch.resolve(role).toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        long start = System.nanoTime();
        Process child = builder.start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = child.waitFor();
        double millis = (System.nanoTime() - start) / 1e6;
        int cpu = output.lastIndexOf(CPU_PREFIX);
        if (exit != 0 || cpu < 0) {
            throw new IllegalStateException(role + " JVM exited with " + exit + ": " + command + "\n" + output);
        }
        System.out.print(output.substring(0, cpu));
        return new double[] {
            millis, Long.parseLong(output.substring(cpu + CPU_PREFIX.length()).strip()) / 1e6
        };
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
