package io.github.carbon4j.report;

import io.github.carbon4j.CarbonMetrics;
import io.github.carbon4j.internal.CarbonReporter;
import io.github.carbon4j.internal.Notices;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Keeps a run's steps in memory and writes them when the run closes ({@link Reporters#atClose}), so
 * that the JVM runs no report code, and loads none, while the work is measured. Not thread-safe:
 * called under the logger's lock.
 */
final class DeferredReporter implements CarbonReporter {

    private final Supplier<CarbonReporter> opener;
    private final List<CarbonMetrics> steps = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final Notices notices;

    DeferredReporter(Supplier<CarbonReporter> opener, Notices notices) {
        this.opener = opener;
        this.notices = notices;
    }

    @Override
    public void step(CarbonMetrics metrics) {
        step(metrics, "");
    }

    @Override
    public void step(CarbonMetrics metrics, String name) {
        steps.add(metrics);
        names.add(name);
    }

    @Override
    public void close(CarbonMetrics run) {
        replay().close(run);
    }

    @Override
    public void close() {
        replay().close();
    }

    /** The real reporter, with every step kept so far handed to it in order. */
    private CarbonReporter replay() {
        CarbonReporter reporter;
        try {
            reporter = opener.get();
        } catch (RuntimeException | Error e) {
            // As when a logger cannot open its reports at start: said once, and the run goes on without them.
            notices.warn("report.deferred", "cannot write the run's reports: " + e);
            reporter = FileReporter.NONE;
        }
        for (int i = 0; i < steps.size(); i++) {
            reporter.step(steps.get(i), names.get(i));
        }
        steps.clear();
        names.clear();
        return reporter;
    }
}
