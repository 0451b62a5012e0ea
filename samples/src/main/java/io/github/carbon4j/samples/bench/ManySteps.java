package io.github.carbon4j.samples.bench;

import io.github.carbon4j.CarbonConfig;
import io.github.carbon4j.CarbonIntensity;
import io.github.carbon4j.CarbonLogger;
import io.github.carbon4j.Context;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Whether a logger's memory stays flat however many steps it logs: logs {@code steps} steps over 20
 * contexts with reports on and the machine's detected meters, then closes, and prints the time to log,
 * the time {@code close()} took (summaries, emissions.csv, yProv4ML files, the page) in wall-clock and in the
 * process's CPU time (all its threads: close writes the metric files on several), the heap in use after
 * a collection once the steps are logged (what the logger keeps; the same for any number of steps), and the
 * size of the reports. Run it with a small heap to check the bound:
 * <pre>
 * java -Xmx64m -cp samples/target/benchmarks.jar io.github.carbon4j.samples.bench.ManySteps SCRATCH [steps]
 * </pre>
 * Default: 1,000,000 steps (about 600 MB of steps file and 400 MB of yProv4ML files in SCRATCH, which are
 * kept: delete SCRATCH afterwards).
 */
public final class ManySteps {

    private static final int CONTEXTS = 20;

    private ManySteps() {}

    /**
     * Logs the steps and closes; exits with status 1 when the run fails.
     *
     * @param args the scratch directory, then the number of steps
     * @throws IOException when the scratch directory cannot be listed
     */
    public static void main(String[] args) throws IOException {
        Path scratch = Path.of(args[0]);
        long steps = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        CarbonConfig config = CarbonConfig.builder()
                .experiment("many-steps")
                .outputDirectory(scratch)
                .carbonIntensity(CarbonIntensity.ofGramsPerKilowattHour(56))
                .build();
        List<Context> contexts = new ArrayList<>();
        for (int c = 0; c < CONTEXTS; c++) {
            contexts.add(Context.of("context-" + c));
        }
        long started = System.nanoTime();
        CarbonLogger logger = CarbonLogger.start(config);
        for (long s = 0; s < steps; s++) {
            logger.logCarbonMetrics(contexts.get((int) (s % CONTEXTS)), s / CONTEXTS);
        }
        long logged = System.nanoTime();
        long kept = heapAfterCollection();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long closingCpu = os.getProcessCpuTime();
        long closing = System.nanoTime();
        logger.close();
        long closed = System.nanoTime();
        long closeCpu = os.getProcessCpuTime() - closingCpu;
        System.out.printf(
                Locale.ROOT,
                "%d steps: logged in %.2f s (%.2f µs a step), close() %.2f s (%.2f s CPU), max heap %d MB,"
                        + " heap kept after logging %.1f MB,"
                        + " reports %.1f MB%n",
                steps,
                (logged - started) / 1e9,
                (logged - started) / 1e3 / steps,
                (closed - closing) / 1e9,
                closeCpu / 1e9,
                Runtime.getRuntime().maxMemory() >> 20,
                kept / 1048576.0,
                size(scratch) / 1048576.0);
    }

    /** The heap in use after a full collection: what the program keeps reachable. */
    private static long heapAfterCollection() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long size(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(f -> f.toFile().length())
                    .sum();
        }
    }
}
