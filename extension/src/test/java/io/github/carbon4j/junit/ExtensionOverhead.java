package io.github.carbon4j.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Measures what the extension adds to each test: runs a suite of 2,000 trivial tests through the
 * JUnit launcher with and without {@link TrackCarbon}, in alternating rounds, and compares the
 * median time from a test's start event to its finish event. Not a test (timing goals are not
 * asserted in unit tests); run it by hand:
 *
 * <pre>
 * ./mvnw -B -q -pl extension -am test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt -DincludeScope=test
 * java -cp "extension/target/test-classes:extension/target/classes:$(cat extension/cp.txt)" \
 *     io.github.carbon4j.junit.ExtensionOverhead [rounds] [reports: true|false] [meters: detected|fixed] [scope]
 * </pre>
 * In one reactor run the class path names the core's {@code src/target/classes}, not a jar installed
 * earlier, which would be measured instead of the code at hand.
 *
 * The meters are the ones this machine detects (as in a real build), or fixed powers with {@code fixed}
 * (what the extension itself costs); the intensity is fixed so no notice is printed, and reports go
 * to a temporary directory.
 */
public final class ExtensionOverhead {

    static final int TESTS = 2_000;

    private ExtensionOverhead() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        String reports = args.length > 1 ? args[1] : "true";
        Path output = Files.createTempDirectory("carbon4j-overhead");
        Map<String, String> parameters = new HashMap<>(Map.of(
                "carbon4j.intensity", "100", "carbon4j.reports", reports, "carbon4j.output-dir", output.toString()));
        if (args.length > 2 && args[2].equals("fixed")) { // the extension's own cost, without reading real meters
            parameters.put("carbon4j.cpu.power", "50");
            parameters.put("carbon4j.ram.power", "5");
            parameters.put("carbon4j.scope", args.length > 3 ? args[3] : "process");
        }
        Launcher launcher = LauncherFactory.create();
        List<Long> plain = new ArrayList<>();
        List<Long> tracked = new ArrayList<>();
        List<Long> noop = new ArrayList<>();
        long[] allocated = new long[2]; // bytes the thread running the tests allocated: without, with
        for (int round = 0; round < rounds + 2; round++) {
            long before = allocatedBytes();
            List<Long> p = run(launcher, PlainTestCases.class, parameters);
            long between = allocatedBytes();
            List<Long> t = run(launcher, TrackedTestCases.class, parameters);
            long after = allocatedBytes();
            List<Long> n = run(launcher, NoopTestCases.class, parameters);
            if (round >= 2) { // two warm-up rounds
                plain.addAll(p);
                tracked.addAll(t);
                noop.addAll(n);
                allocated[0] += between - before;
                allocated[1] += after - between;
            }
            System.err.printf(
                    "round %d: median plain %.1f µs, tracked %.1f µs%n", round, median(p) / 1e3, median(t) / 1e3);
        }
        System.out.printf(
                "tests per suite %d, measured rounds %d, carbon4j.reports=%s, meters %s, scope %s%n",
                TESTS,
                rounds,
                reports,
                args.length > 2 ? args[2] : "detected",
                parameters.getOrDefault("carbon4j.scope", "process"));
        System.out.printf(
                "median per test: without %.1f µs, with %.1f µs, added %.1f µs%n",
                median(plain) / 1e3, median(tracked) / 1e3, (median(tracked) - median(plain)) / 1e3);
        System.out.printf(
                "median per test with a no-op extension of the same callbacks: %.1f µs%n", median(noop) / 1e3);
        System.out.printf(
                "allocated per test (the launcher's thread, events included): without %d B, with %d B, added %d B%n",
                allocated[0] / rounds / TESTS,
                allocated[1] / rounds / TESTS,
                (allocated[1] - allocated[0]) / rounds / TESTS);
        System.out.printf(
                "p90 per test:    without %.1f µs, with %.1f µs%n",
                percentile(plain, 0.9) / 1e3, percentile(tracked, 0.9) / 1e3);
        // A suite's time is the sum of its tests', so the mean is what a whole suite pays: the tail included.
        System.out.printf(
                "mean per test:   without %.1f µs, with %.1f µs, added %.1f µs%n",
                mean(plain) / 1e3, mean(tracked) / 1e3, (mean(tracked) - mean(plain)) / 1e3);
    }

    private static double mean(List<Long> values) {
        double sum = 0;
        for (long v : values) {
            sum += v;
        }
        return sum / values.size();
    }

    private static List<Long> run(Launcher launcher, Class<?> suite, Map<String, String> parameters) {
        Map<String, Long> started = new ConcurrentHashMap<>();
        List<Long> durations = Collections.synchronizedList(new ArrayList<>());
        TestExecutionListener listener = new TestExecutionListener() {
            @Override
            public void executionStarted(TestIdentifier id) {
                if (id.isTest()) {
                    started.put(id.getUniqueId(), System.nanoTime());
                }
            }

            @Override
            public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                if (id.isTest()) {
                    durations.add(System.nanoTime() - started.get(id.getUniqueId()));
                    if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                        throw new IllegalStateException(id.getDisplayName() + " " + result);
                    }
                }
            }
        };
        launcher.execute(
                LauncherDiscoveryRequestBuilder.request()
                        .selectors(selectClass(suite))
                        .configurationParameters(parameters)
                        .build(),
                listener);
        if (durations.size() != TESTS) {
            throw new IllegalStateException("expected " + TESTS + " tests, ran " + durations.size());
        }
        return durations;
    }

    /** What this thread has allocated so far, in bytes (HotSpot's thread MXBean). */
    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    private static double median(List<Long> values) {
        return percentile(values, 0.5);
    }

    private static double percentile(List<Long> values, double p) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get((int) Math.min(sorted.size() - 1, Math.round(p * (sorted.size() - 1))));
    }

    static class PlainTestCases {
        @RepeatedTest(TESTS)
        void trivial() {}
    }

    @ExtendWith(NoopExtension.class)
    static class NoopTestCases {
        @RepeatedTest(TESTS)
        void trivial() {}
    }

    /** What JUnit itself costs for an extension with these callbacks, doing nothing. */
    static final class NoopExtension implements BeforeTestExecutionCallback, AfterTestExecutionCallback {
        @Override
        public void beforeTestExecution(ExtensionContext context) {}

        @Override
        public void afterTestExecution(ExtensionContext context) {}
    }

    @TrackCarbon
    static class TrackedTestCases {
        @RepeatedTest(TESTS)
        void trivial() {}
    }
}
