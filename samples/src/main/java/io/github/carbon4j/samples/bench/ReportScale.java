package io.github.carbon4j.samples.bench;

import io.github.carbon4j.CarbonConfig;
import io.github.carbon4j.CarbonIntensity;
import io.github.carbon4j.CarbonLogger;
import io.github.carbon4j.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether the report command stays within a small heap however many steps it reads: writes
 * {@code dirs} output directories, each by a JVM that logs {@code steps} steps over 20 contexts with
 * reports on and is then halted as a killed JVM would be (so each directory holds a steps file to
 * stream, not a summary), then runs {@code ReportMain html} and {@code ReportMain summary} over all of
 * them in JVMs with {@code -Xmx128m}, and prints their exit status, wall time and the size of
 * {@code report.html}.
 * <pre>
 * java -cp samples/target/benchmarks.jar io.github.carbon4j.samples.bench.ReportScale SCRATCH [dirs] [steps]
 * </pre>
 * Defaults: 10 directories of 1,000,000 steps (about 4 GB of steps files in SCRATCH, which is kept).
 * The children are {@code ReportScale log DIR STEPS}.
 */
public final class ReportScale {

    private static final int CONTEXTS = 20;

    private ReportScale() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length == 3 && args[0].equals("log")) {
            log(Path.of(args[1]), Long.parseLong(args[2]));
            Runtime.getRuntime().halt(0); // killed: no close, no summary
        }
        Path scratch = Path.of(args[0]);
        int dirs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        long steps = args.length > 2 ? Long.parseLong(args[2]) : 1_000_000;
        List<String> directories = new ArrayList<>();
        for (int d = 0; d < dirs; d++) {
            Path dir = scratch.resolve("shard-" + d);
            directories.add(dir.toString());
            if (!Files.isDirectory(dir)) {
                run(List.of(), List.of("log", dir.toString(), Long.toString(steps)), "log " + dir);
            }
        }
        List<String> html = new ArrayList<>(
                List.of("html", "--out", scratch.resolve("report").toString()));
        html.addAll(directories);
        run(List.of("-Xmx128m"), html, "ReportMain html");
        List<String> summary = new ArrayList<>(List.of("summary"));
        summary.addAll(directories);
        run(List.of("-Xmx128m"), summary, "ReportMain summary");
        System.out.printf(Locale.ROOT, "report.html: %d bytes%n", Files.size(scratch.resolve("report/report.html")));
    }

    private static void log(Path dir, long steps) {
        CarbonConfig config = CarbonConfig.builder()
                .experiment("scale")
                .outputDirectory(dir)
                .reports(true)
                .carbonIntensity(CarbonIntensity.ofGramsPerKilowattHour(56))
                .build();
        CarbonLogger logger = CarbonLogger.start(config);
        List<Context> contexts = new ArrayList<>();
        for (int c = 0; c < CONTEXTS; c++) {
            contexts.add(Context.of("context-" + c));
        }
        for (long s = 0; s < steps; s++) {
            logger.logCarbonMetrics(contexts.get((int) (s % CONTEXTS)), s / CONTEXTS);
        }
    }

    private static void run(List<String> jvm, List<String> arguments, String what)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvm);
        command.addAll(List.of("-cp", System.getProperty("java.class.path")));
        command.add(
                arguments.get(0).equals("log") ? ReportScale.class.getName() : "io.github.carbon4j.report.ReportMain");
        command.addAll(arguments);
        long start = System.nanoTime();
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = child.waitFor();
        System.out.printf(
                Locale.ROOT,
                "%s: exit %d, %.1f s%n%s",
                what,
                exit,
                (System.nanoTime() - start) / 1e9,
                output.lines().limit(12).map(l -> "  " + l + "\n").reduce("", String::concat));
        if (exit != 0) {
            throw new IllegalStateException(what + " failed with exit status " + exit);
        }
    }
}
