package io.github.carbon4j;

import io.github.carbon4j.internal.CarbonReporter;
import io.github.carbon4j.internal.Notices;
import io.github.carbon4j.internal.RunInfo;
import io.github.carbon4j.meter.Meters;
import io.github.carbon4j.otel.StepListener;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Logs the energy and emissions of intervals of work, the JVM counterpart of yProv4ML's
 * {@code log_carbon_metrics(context, step)}.
 *
 * <p>{@link #logCarbonMetrics(Context, long)} covers the interval since the previous call in any
 * context (or since {@link #start}). A {@link Span} from {@link #begin()} covers its own interval,
 * independent of other spans and of the logger's interval. Every result is also handed to the
 * reports in the configured output directory before the call returns (by a logger from
 * {@link #startQuiet}, when it closes).
 *
 * <p>Thread-safe: any number of threads may log and open spans at once; each call gets exactly one
 * record and no value is ever negative or NaN. Close the logger to complete the reports.
 *
 * <p>Degraded measurement (a sensor that cannot be read, a location that is not set, a report that
 * cannot be written) is reported once per logger per distinct notice: at WARNING or INFO to the
 * {@link System.Logger} {@code io.github.carbon4j} where the application routes logging (a
 * {@link System.LoggerFinder} of SLF4J or Log4j, a JUL configuration property, or
 * {@link ConfigKeys#NOTICES} {@code =logger}), else as one line on standard error;
 * {@link #notices()} lists this logger's.
 *
 * @since 0.1
 */
public final class CarbonLogger implements AutoCloseable {

    /** The context of the whole-run interval handed to the reports at close. */
    private static final Context RUN = Context.of("run");

    private final CarbonConfig config;
    private final Notices notices;
    private final Meters meters;
    private final IntervalMeter intervals;
    private final CarbonReporter reporter;
    private final Optional<StepListener> listener;
    private final RunInfo run;
    private final Object lock = new Object();
    // Guarded by lock, like everything below: begin, end and log all take it.
    private final StepBook steps = new StepBook();
    private Reading previous;
    private final Reading first;
    private boolean closed;

    private CarbonLogger(CarbonConfig config, Meters meters, Notices notices, boolean reportsAtClose) {
        this.config = config;
        this.notices = notices;
        this.meters = meters;
        this.intervals = new IntervalMeter(config, meters, notices);
        try {
            this.previous = intervals.read();
            this.first = previous;
            this.run = intervals.run(config, previous);
            this.reporter =
                    Wiring.reporter(config, run, intervals.hardware(), intervals.embodied(), notices, reportsAtClose);
            this.listener = Wiring.listener(config, notices);
        } catch (RuntimeException e) {
            intervals.close();
            throw e;
        }
    }

    /**
     * Starts a logger: resolves the carbon intensity, chooses the meters of this machine and opens
     * the reports.
     *
     * @param config how to measure and where to report
     * @return the started logger; close it to complete the reports
     * @throws CarbonConfigurationException when the configuration is invalid, e.g. names an unknown
     *     location or GPU
     */
    public static CarbonLogger start(CarbonConfig config) {
        return start(config, true);
    }

    /**
     * Starts a logger for work that must run undisturbed between readings, such as a JMH fork's
     * iterations: no thread samples the machine's CPU load in the background (each reading does, once
     * 100 ms have passed, so steps should last 100 ms or more), and the reports are written only when
     * the logger closes, from the steps kept in memory until then. Nothing of the report writers is
     * loaded or run before {@link #close()}; a JVM killed before then leaves no reports, and memory
     * grows with the steps, so this suits runs of few steps.
     *
     * @param config how to measure and where to report
     * @return the started logger; close it to complete the reports
     * @throws IllegalArgumentException when the configured location is unknown
     * @since 0.2
     */
    public static CarbonLogger startQuiet(CarbonConfig config) {
        return start(config, false);
    }

    private static CarbonLogger start(CarbonConfig config, boolean background) {
        Notices notices = Notices.routed(config.noticeRoute());
        Meters meters = Wiring.meters(config, notices, background);
        try {
            return new CarbonLogger(config, meters, notices, !background);
        } catch (RuntimeException e) {
            meters.close();
            throw e;
        }
    }

    /**
     * Starts a logger configured by {@link CarbonConfig#fromEnvironment()}.
     *
     * @return the started logger; close it to complete the reports
     */
    public static CarbonLogger start() {
        return start(CarbonConfig.fromEnvironment());
    }

    /**
     * Starts a logger that reads the given meters, for tests and tools that bring their own.
     *
     * @param config how to measure and where to report
     * @param meters the meters to read; the logger closes them
     * @return the started logger; close it to complete the reports
     */
    public static CarbonLogger start(CarbonConfig config, Meters meters) {
        return new CarbonLogger(config, meters, Notices.routed(config.noticeRoute()), false);
    }

    /**
     * Records the interval since the previous call (in any context), or since start.
     *
     * @param context what the step belongs to
     * @param step the step number, at least 0
     * @return the metrics of the interval
     * @throws IllegalArgumentException for a negative step
     * @throws IllegalStateException after {@link #close()}
     */
    public CarbonMetrics logCarbonMetrics(Context context, long step) {
        requireStep(step);
        return log(context, step);
    }

    /**
     * Records the interval since the previous call as the next step of the context, from 0.
     *
     * @param context what the step belongs to
     * @return the metrics of the interval
     * @throws IllegalStateException after {@link #close()}
     */
    public CarbonMetrics logCarbonMetrics(Context context) {
        return log(context, -1);
    }

    private CarbonMetrics log(Context context, long step) {
        synchronized (lock) {
            requireOpen();
            Reading now = intervals.read();
            boolean overlapped = steps.loggedIntervalOverlapped();
            CarbonMetrics metrics = intervals.metrics(context, steps.assign(context, step), previous, now, overlapped);
            previous = now;
            steps.intervalLogged();
            reporter.step(metrics);
            publish(metrics, Map.of());
            return metrics;
        }
    }

    /**
     * Opens a span: an interval of its own that may overlap other spans and logged steps.
     *
     * @return the open span; end it once
     * @throws IllegalStateException after {@link #close()}
     */
    public Span begin() {
        synchronized (lock) {
            requireOpen();
            boolean othersOpen = steps.spanOpened();
            Reading from = intervals.read();
            return new Span(from, steps.spanBegun(), othersOpen);
        }
    }

    /**
     * The run this logger reports, with its methods and intensity.
     *
     * @return the run: its id, experiment, start, scope, PUE, intensity at start and methods
     */
    public RunInfo run() {
        return run;
    }

    /** {@return the configuration this logger was started with} */
    public CarbonConfig config() {
        return config;
    }

    /**
     * The notices this logger has given so far, oldest first: each degraded measurement or failed
     * report once, as also logged to {@code io.github.carbon4j}.
     *
     * @return the notices so far, a copy; empty when every measurement worked
     * @since 0.3
     */
    public List<String> notices() {
        return notices.issued();
    }

    /**
     * How this logger charges embodied emissions to each interval: TE, EL, the share and their source.
     *
     * @return the embodied model; charges zero when embodied emissions are off
     */
    public EmbodiedModel embodiedModel() {
        return intervals.embodied();
    }

    /**
     * Writes the HTML page of the output directory as it stands now into the file, this run's steps so
     * far included (its totals summed from them), for a tool that wants the page before the run
     * closes, such as a test report that links to it; the directory's {@code report.html} is written
     * at {@link #close()}. Nothing is written when reports are off or kept for close
     * ({@link #startQuiet}).
     *
     * @param file where the page goes
     * @return whether the file was written
     * @throws java.io.IOException when the file cannot be written
     * @throws IllegalStateException after {@link #close()}
     * @since 0.2
     */
    public boolean writePage(java.nio.file.Path file) throws java.io.IOException {
        synchronized (lock) {
            requireOpen();
            return reporter.page(file);
        }
    }

    /** Completes the reports and releases the meters. Idempotent. */
    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            try {
                closeReports();
            } finally {
                intervals.close();
                Wiring.close(meters, notices);
            }
        }
    }

    /** Hands the reports the whole run, start to now, as one reading of the meters. */
    private void closeReports() {
        CarbonMetrics whole;
        try {
            whole = intervals.metrics(RUN, 0, first, intervals.read(), false);
        } catch (RuntimeException e) {
            notices.warn(
                    "close.reading",
                    "reading the meters at close failed, so the run's totals are the sums of" + " its logged steps: "
                            + e);
            reporter.close();
            return;
        }
        reporter.close(whole);
    }

    /** Hands the step to the listeners; a failing one is reported once and never fails the caller. */
    private void publish(CarbonMetrics metrics, Map<String, String> attributes) {
        if (listener.isEmpty()) {
            return;
        }
        try {
            listener.get().stepLogged(metrics, attributes);
        } catch (RuntimeException | LinkageError e) {
            notices.warn("listener.failed", "exporting a step failed, the reports have it: " + e);
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("this carbon logger is closed");
        }
    }

    private static void requireStep(long step) {
        if (step < 0) {
            throw new IllegalArgumentException("step must be >= 0, got " + step);
        }
    }

    /**
     * An interval from {@link CarbonLogger#begin()} to {@link #end(Context, long)}, measured
     * independently of the logger's own interval and of other spans. End it once, from any thread.
     */
    public final class Span {

        private final Reading from;
        private final long sequence;
        private final boolean othersOpenAtBegin;
        private boolean ended;

        private Span(Reading from, long sequence, boolean othersOpenAtBegin) {
            this.from = from;
            this.sequence = sequence;
            this.othersOpenAtBegin = othersOpenAtBegin;
        }

        /**
         * Ends the span and records it as the given step of the context.
         *
         * @param context what the step belongs to
         * @param step the step number, at least 0
         * @return the metrics of the interval
         * @throws IllegalArgumentException for a negative step
         * @throws IllegalStateException when already ended or the logger is closed
         */
        public CarbonMetrics end(Context context, long step) {
            return end(context, step, Map.of());
        }

        /**
         * Ends the span as the given step, with attributes for exporters beyond the context (for
         * OpenTelemetry: {@code test.class} and {@code test.method}, or {@code benchmark}).
         *
         * @param context what the step belongs to
         * @param step the step number, at least 0
         * @param attributes attributes for exporters, e.g. {@code test.class}; copied
         * @return the metrics of the interval
         * @throws IllegalArgumentException for a negative step
         * @throws IllegalStateException when already ended or the logger is closed
         * @since 0.2
         */
        public CarbonMetrics end(Context context, long step, Map<String, String> attributes) {
            requireStep(step);
            return finish(context, step, Map.copyOf(attributes));
        }

        /**
         * Ends the span as the next step of the context.
         *
         * @param context what the step belongs to
         * @return the metrics of the interval
         * @throws IllegalStateException when already ended or the logger is closed
         */
        public CarbonMetrics end(Context context) {
            return finish(context, -1, Map.of());
        }

        /**
         * Ends the span as the given step of the context, under a name that stays the same from run
         * to run (such as a test's unique id), which the reports keep next to the step number.
         *
         * @param context what the step belongs to
         * @param step the step number, at least 0
         * @param name the stable name; empty: context and step name it
         * @return the metrics of the interval
         * @throws IllegalArgumentException for a negative step
         * @throws IllegalStateException when already ended or the logger is closed
         * @since 0.2
         */
        public CarbonMetrics end(Context context, long step, String name) {
            return end(context, step, name, Map.of());
        }

        /**
         * Ends the span as the given step under a stable name (empty: context and step name it), with
         * attributes for exporters.
         *
         * @param context what the step belongs to
         * @param step the step number, at least 0
         * @param name the stable name; empty: context and step name it
         * @param attributes attributes for exporters, e.g. {@code test.class}; copied
         * @return the metrics of the interval
         * @throws IllegalArgumentException for a negative step
         * @throws IllegalStateException when already ended or the logger is closed
         * @since 0.2
         */
        public CarbonMetrics end(Context context, long step, String name, Map<String, String> attributes) {
            return end(context, step, name, "", attributes);
        }

        /**
         * Ends the span as the given step under a stable name and a name for people (a test's
         * display name, kept beside the stable one in the reports), with attributes for exporters.
         *
         * @param context what the step belongs to
         * @param step the step number, at least 0
         * @param name the stable name; empty: context and step name it
         * @param displayName the name for people; empty when there is none
         * @param attributes attributes for exporters, e.g. {@code test.class}; copied
         * @return the metrics of the interval
         * @throws IllegalArgumentException for a negative step
         * @throws IllegalStateException when already ended or the logger is closed
         * @since 0.2
         */
        public CarbonMetrics end(
                Context context, long step, String name, String displayName, Map<String, String> attributes) {
            requireStep(step);
            return finish(context, step, name, displayName, Map.copyOf(attributes));
        }

        private CarbonMetrics finish(Context context, long step, Map<String, String> attributes) {
            return finish(context, step, "", "", attributes);
        }

        private CarbonMetrics finish(
                Context context, long step, String name, String displayName, Map<String, String> attributes) {
            synchronized (lock) {
                requireOpen();
                if (ended) {
                    throw new IllegalStateException("this span has already ended");
                }
                ended = true;
                boolean overlapped = steps.spanEnded(sequence, othersOpenAtBegin);
                CarbonMetrics metrics =
                        intervals.metrics(context, steps.assign(context, step), from, intervals.read(), overlapped);
                reporter.step(metrics, name, displayName);
                publish(metrics, attributes);
                return metrics;
            }
        }
    }
}
