package io.github.carbon4j.samples.bench;

import io.github.carbon4j.CarbonConfig;
import io.github.carbon4j.CarbonIntensity;
import io.github.carbon4j.CarbonLogger;
import io.github.carbon4j.Context;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills a report directory as a test suite's runs leave it, for measuring what a closing JVM pays to merge its run
 * into such a directory: {@code runs} runs one after the other, each logging {@code steps} steps into each of
 * {@code contexts} contexts (a suite's test classes and their tests; commons-text's suite is about 100 classes of
 * 19 tests). Then time a JVM closing into a copy of it, e.g. against an empty directory:
 * <pre>
 * java -cp samples/target/benchmarks.jar io.github.carbon4j.samples.bench.SuiteDirectory /tmp/suite 8 100 19
 * tools/start-ab.py --template /tmp/suite 10 "$CP_A" "$CP_B" -Dcarbon4j.country=FRA
 * </pre>
 * where {@code start-ab.py} closes {@code ColdStart}'s logger child from each class path into a fresh copy of the
 * directory in every round.
 */
public final class SuiteDirectory {

    private SuiteDirectory() {}

    /**
     * Logs the runs into the directory.
     *
     * @param args the directory, then the number of runs, contexts and steps per context (default 8, 100, 19)
     */
    public static void main(String[] args) {
        Path directory = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int contexts = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        int steps = args.length > 3 ? Integer.parseInt(args[3]) : 19;
        List<Context> classes = new ArrayList<>();
        for (int c = 0; c < contexts; c++) {
            classes.add(Context.of("org.example.suite.Class" + c + "Test"));
        }
        CarbonConfig config = CarbonConfig.builder()
                .experiment("suite")
                .outputDirectory(directory)
                .carbonIntensity(CarbonIntensity.ofGramsPerKilowattHour(56))
                .build();
        for (int run = 0; run < runs; run++) {
            try (CarbonLogger logger = CarbonLogger.start(config)) {
                for (Context c : classes) {
                    for (int s = 0; s < steps; s++) {
                        logger.logCarbonMetrics(c, s);
                    }
                }
            }
        }
        System.out.printf("%d runs of %d contexts of %d steps in %s%n", runs, contexts, steps, directory);
    }
}
