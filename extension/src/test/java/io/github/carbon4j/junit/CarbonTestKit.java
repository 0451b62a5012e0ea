package io.github.carbon4j.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * Runs fixture classes on the real Jupiter engine with fixed powers, so figures have known lower
 * bounds: 1000 W of CPU, 0 W of RAM, machine scope (the process share would depend on CPU use),
 * 1000 g/kWh, no report files. A test sleeping 10 ms costs at
 * least 10 J and 2.78 mgCO2eq.
 */
final class CarbonTestKit {

    static final Map<String, String> FIXED = Map.of(
            "carbon4j.cpu.power", "1000",
            "carbon4j.ram.power", "0",
            "carbon4j.intensity", "1000",
            "carbon4j.reports", "false",
            "carbon4j.scope", "machine");

    static final Map<String, String> PARALLEL = Map.of(
            "junit.jupiter.execution.parallel.enabled", "true",
            "junit.jupiter.execution.parallel.mode.default", "concurrent",
            "junit.jupiter.execution.parallel.mode.classes.default", "concurrent",
            "junit.jupiter.execution.parallel.config.strategy", "fixed",
            "junit.jupiter.execution.parallel.config.fixed.parallelism", "4");

    private CarbonTestKit() {}

    static EngineExecutionResults run(Class<?> testClass) {
        return run(Map.of(), testClass);
    }

    /** Runs the classes in one launcher session, with the fixed powers overridden or extended by {@code parameters}. */
    static EngineExecutionResults run(Map<String, String> parameters, Class<?>... testClasses) {
        Map<String, String> all = new HashMap<>(FIXED);
        all.putAll(parameters);
        EngineTestKit.Builder builder = EngineTestKit.engine("junit-jupiter").configurationParameters(all);
        for (Class<?> testClass : testClasses) {
            builder.selectors(selectClass(testClass));
        }
        return builder.execute();
    }

    static Map<String, String> parallel(Map<String, String> more) {
        Map<String, String> all = new HashMap<>(PARALLEL);
        all.putAll(more);
        return all;
    }

    /** The carbon report entries of the run, one map per entry, in publication order. */
    static List<Map<String, String>> entries(EngineExecutionResults results) {
        return results.allEvents().reportingEntryPublished().stream()
                .map(e -> e.getRequiredPayload(ReportEntry.class).getKeyValuePairs())
                .filter(m -> m.containsKey(CarbonReportEntries.CONTEXT))
                .collect(Collectors.toList());
    }

    /** The report entry of each test, by the test's display name (the dynamic or invocation name). */
    static Map<String, Map<String, String>> entriesByTest(EngineExecutionResults results) {
        return results.allEvents().reportingEntryPublished().stream()
                .collect(Collectors.toMap(
                        CarbonTestKit::displayName,
                        e -> e.getRequiredPayload(ReportEntry.class).getKeyValuePairs()));
    }

    private static String displayName(Event event) {
        return event.getTestDescriptor().getDisplayName();
    }

    static double grams(Map<String, String> entry) {
        return Double.parseDouble(entry.get(CarbonReportEntries.EMISSIONS));
    }

    static double joules(Map<String, String> entry) {
        return Double.parseDouble(entry.get(CarbonReportEntries.ENERGY));
    }

    /** What the action printed on standard output (tests in this module run one at a time). */
    static String stdout(Runnable action) {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setOut(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
