package io.github.carbon4j.jmh;

import io.github.carbon4j.CarbonLogger;
import io.github.carbon4j.CarbonMetrics;
import io.github.carbon4j.Context;
import io.github.carbon4j.internal.Notices;
import io.github.carbon4j.otel.OtelNames;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.ScalarResult;

/**
 * One benchmark's measurement in one JVM: opens a quiet carbon logger on the first iteration,
 * measures each iteration as a span, and closes the logger when the benchmark is done (or the JVM
 * exits), so every fork is a run of its own in the reports. Between iterations it only reads the
 * meters: the reports and the line saying how it measured come after the last. Used by one JMH thread; {@link #close()} may also
 * come from the shutdown hook.
 */
final class ForkSession {

    /** Opens the logger; may fail for any reason a sensor or a report directory can. */
    @FunctionalInterface
    interface Opener {
        CarbonLogger open() throws Exception;
    }

    private final Opener opener;
    private final Notices notices = new Notices();
    private boolean opened;
    private CarbonMetrics first;
    private Map<String, String> attributes = Map.of();
    private volatile CarbonLogger logger;
    private CarbonLogger.Span span;
    private String benchmark = "";
    private Thread shutdownHook;

    ForkSession(Opener opener) {
        this.opener = opener;
    }

    /** Starts measuring an iteration; on the first call, opens the logger. */
    void begin(String benchmark) {
        if (!benchmark.equals(this.benchmark)) {
            this.benchmark = benchmark;
            attributes = Map.of(OtelNames.BENCHMARK, benchmark);
        }
        if (!opened) {
            opened = true;
            open(benchmark);
        }
        CarbonLogger current = logger;
        if (current != null) {
            try {
                span = current.begin();
            } catch (RuntimeException e) {
                unavailable(benchmark, e);
            }
        }
    }

    /** Ends the iteration begun last and records it as the step of the context. */
    List<ScalarResult> end(Context context, long step, long operations) {
        CarbonLogger.Span current = span;
        span = null;
        if (current == null) {
            return IterationResults.unavailable();
        }
        try {
            CarbonMetrics metrics = current.end(context, step, attributes);
            if (first == null) {
                first = metrics; // described when the fork is done: no string work between iterations
            }
            return IterationResults.of(metrics, operations);
        } catch (RuntimeException e) {
            unavailable(context.name(), e);
            return IterationResults.unavailable();
        }
    }

    /** Completes the reports of this run. Idempotent. */
    synchronized void close() {
        CarbonLogger current = logger;
        logger = null;
        if (current == null) {
            return;
        }
        removeShutdownHook();
        current.close();
        if (first != null) {
            // Info, not a degradation notice; JMH prints fork output mid-line, hence the line break.
            System.err.println(System.lineSeparator() + "carbon4j: carbon profiler measured " + methods(first));
        }
    }

    boolean isOpen() {
        return logger != null;
    }

    private void open(String benchmark) {
        CarbonLogger opened;
        try {
            opened = opener.open();
        } catch (Exception | LinkageError e) {
            unavailable(benchmark, e);
            return;
        }
        logger = opened;
        // A benchmark that throws, or a JVM stopped early, still completes its reports.
        shutdownHook = new Thread(this::close, "carbon4j-jmh-close");
        try {
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            shutdownHook = null; // already shutting down
        }
    }

    private void removeShutdownHook() {
        Thread hook = shutdownHook;
        shutdownHook = null;
        if (hook != null && hook != Thread.currentThread()) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // shutting down: the hook is running or about to; close() is idempotent
            }
        }
    }

    private void unavailable(String benchmark, Throwable e) {
        // GCProfiler's lesson: a profiler that cannot measure must be distinguishable in the report.
        notices.warn(
                "jmh.unavailable",
                "carbon profiler cannot measure " + benchmark + " in this JVM, its " + CarbonLabels.ENERGY
                        + " results are NaN: " + e);
    }

    private static String methods(CarbonMetrics metrics) {
        return metrics.howMeasured() + "; scope " + metrics.scope().key();
    }
}
