package io.github.carbon4j;

import io.github.carbon4j.intensity.CarbonIntensities;
import io.github.carbon4j.intensity.IntensityEstimate;
import io.github.carbon4j.intensity.LiveIntensity;
import io.github.carbon4j.intensity.PueEstimate;
import io.github.carbon4j.internal.CarbonReporter;
import io.github.carbon4j.internal.Notices;
import io.github.carbon4j.internal.RandomIds;
import io.github.carbon4j.internal.RunInfo;
import io.github.carbon4j.meter.EnergyMeters;
import io.github.carbon4j.meter.Meters;
import io.github.carbon4j.otel.StepListener;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
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
 * cannot be written) is reported once per logger per distinct notice, at WARNING or INFO, to the
 * {@link System.Logger} {@code io.github.carbon4j}, which prints on standard error unless the
 * application routes it elsewhere (JUL, SLF4J, Log4j); {@link #notices()} lists this logger's.
 *
 * @since 0.1
 */
public final class CarbonLogger implements AutoCloseable {

    /** The context of the whole-run interval handed to the reports at close. */
    private static final Context RUN = Context.of("run");

    private static final Component[] COMPONENTS = Component.values();

    private final CarbonConfig config;
    private final Notices notices;
    private final Meters meters;
    private final LiveIntensity intensity;
    private final double pue;
    private final String pueSource;
    private volatile SourceWithPue lastSource;
    private final EmbodiedModel embodied;
    private final CarbonReporter reporter;
    private final Optional<StepListener> listener;
    private final RunInfo run;
    private final Clock clock;
    private final Object lock = new Object();
    private final Map<Context, Long> nextSteps = new HashMap<>();
    // Guarded by lock, like everything below: begin, end and log all take it.
    private int openSpans;
    private long spansBegun;
    private Reading previous;
    private final Reading first;
    private long spansBegunAtPrevious;
    private boolean spanOpenAtPrevious;
    private boolean closed;

    private CarbonLogger(CarbonConfig config, Meters meters, Notices notices, boolean reportsAtClose) {
        this.config = config;
        this.notices = notices;
        this.meters = meters;
        this.clock = config.clock();
        this.intensity = configured(() -> LiveIntensity.start(config.intensitySettings(), notices));
        try {
            // A cloud region without carbon4j.pue brings its provider's published PUE, cited beside the grid's source.
            Optional<PueEstimate> providerPue =
                    configured(() -> CarbonIntensities.providerPue(config.intensitySettings()));
            this.pue = providerPue.map(PueEstimate::pue).orElse(config.pue());
            this.pueSource = providerPue.map(p -> "; " + p.source()).orElse("");
            MachineHardware hardware = EnergyMeters.hardware(meters);
            this.embodied = Wiring.embodied(config, hardware);
            this.previous = read();
            this.first = previous;
            IntensityEstimate atStart = intensity.current();
            this.run = new RunInfo(
                    RandomIds.uuid(),
                    config.experiment(),
                    previous.wall(),
                    config.outputDirectory(),
                    config.scope(),
                    pue,
                    atStart.intensity(),
                    atStart.source() + pueSource,
                    methods());
            this.reporter = Wiring.reporter(config, run, hardware, embodied, notices, reportsAtClose);
            this.listener = Wiring.listener(config, notices);
        } catch (RuntimeException e) {
            intensity.close();
            throw e;
        }
    }

    /**
     * What the intensity package makes of the configured location alone: its every
     * {@link IllegalArgumentException} is a configuration error, as no meter takes part.
     */
    private static <T> T configured(java.util.function.Supplier<T> fromConfiguration) {
        try {
            return fromConfiguration.get();
        } catch (CarbonConfigurationException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new CarbonConfigurationException(e.getMessage(), e);
        }
    }

    /**
     * Starts a logger: resolves the carbon intensity, chooses the meters of this machine and opens
     * the reports.
     *
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
     * @throws IllegalArgumentException when the configured location is unknown
     * @since 0.2
     */
    public static CarbonLogger startQuiet(CarbonConfig config) {
        return start(config, false);
    }

    private static CarbonLogger start(CarbonConfig config, boolean background) {
        Notices notices = new Notices();
        Meters meters = Wiring.meters(config, notices, background);
        try {
            return new CarbonLogger(config, meters, notices, !background);
        } catch (RuntimeException e) {
            meters.close();
            throw e;
        }
    }

    /** Starts a logger configured by {@link CarbonConfig#fromEnvironment()}. */
    public static CarbonLogger start() {
        return start(CarbonConfig.fromEnvironment());
    }

    /** Starts a logger that reads the given meters, for tests and tools that bring their own. */
    public static CarbonLogger start(CarbonConfig config, Meters meters) {
        return new CarbonLogger(config, meters, new Notices(), false);
    }

    /**
     * Records the interval since the previous call (in any context), or since start.
     *
     * @param step the step number, at least 0
     * @throws IllegalArgumentException for a negative step
     * @throws IllegalStateException after {@link #close()}
     */
    public CarbonMetrics logCarbonMetrics(Context context, long step) {
        requireStep(step);
        return log(context, step);
    }

    /** Records the interval since the previous call as the next step of the context, from 0. */
    public CarbonMetrics logCarbonMetrics(Context context) {
        return log(context, -1);
    }

    private CarbonMetrics log(Context context, long step) {
        synchronized (lock) {
            requireOpen();
            Reading now = read();
            // A span overlapped this interval if it was open when the interval began or began since.
            boolean overlapped = spanOpenAtPrevious || spansBegun != spansBegunAtPrevious;
            CarbonMetrics metrics = metrics(context, assignStep(context, step), previous, now, overlapped);
            previous = now;
            spansBegunAtPrevious = spansBegun;
            spanOpenAtPrevious = openSpans > 0;
            reporter.step(metrics);
            publish(metrics, Map.of());
            return metrics;
        }
    }

    /** Opens a span: an interval of its own that may overlap other spans and logged steps. */
    public Span begin() {
        synchronized (lock) {
            requireOpen();
            boolean othersOpen = openSpans++ > 0;
            return new Span(read(), ++spansBegun, othersOpen);
        }
    }

    /** The run this logger reports, with its methods and intensity. */
    public RunInfo run() {
        return run;
    }

    public CarbonConfig config() {
        return config;
    }

    /**
     * The notices this logger has given so far, oldest first: each degraded measurement or failed
     * report once, as also logged to {@code io.github.carbon4j}.
     *
     * @since 0.3
     */
    public List<String> notices() {
        return notices.issued();
    }

    /** How this logger charges embodied emissions to each interval: TE, EL, the share and their source. */
    public EmbodiedModel embodiedModel() {
        return embodied;
    }

    /**
     * Writes the HTML page of the output directory as it stands now into the file, this run's steps so
     * far included (its totals summed from them), for a tool that wants the page before the run
     * closes, such as a test report that links to it; the directory's {@code report.html} is written
     * at {@link #close()}. Nothing is written when reports are off or kept for close
     * ({@link #startQuiet}).
     *
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
                intensity.close();
                Wiring.close(meters, notices);
            }
        }
    }

    /** Hands the reports the whole run, start to now, as one reading of the meters. */
    private void closeReports() {
        CarbonMetrics whole;
        try {
            whole = metrics(RUN, 0, first, read(), false);
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

    private CarbonMetrics metrics(Context context, long step, Reading from, Reading to, boolean overlapped) {
        Duration duration = Duration.ofNanos(Math.max(0, to.nanos() - from.nanos()));
        Energy[] energy = new Energy[COMPONENTS.length];
        // Asked each time: a meter may fall back to another method while the run goes on.
        MeasurementMethod[] methods = new MeasurementMethod[COMPONENTS.length];
        for (Component c : COMPONENTS) {
            energy[c.ordinal()] = to.energy(c).minusClamped(from.energy(c));
            methods[c.ordinal()] = meters.meter(c).method();
        }
        ComponentEnergies energies = ComponentEnergies.wrap(energy, methods);
        // The figure current when the interval ends: live providers publish for the hour or half hour.
        IntensityEstimate current = intensity.current();
        String source = pueSource.isEmpty() ? current.source() : withPue(current);
        return CarbonMetrics.of(
                context,
                step,
                from.wall(),
                duration,
                energies,
                current.intensity(),
                source,
                pue,
                config.scope(),
                overlapped,
                embodied.over(duration));
    }

    /** How each meter obtains its component's energy now. */
    private Map<Component, MeasurementMethod> methods() {
        Map<Component, MeasurementMethod> methods = new EnumMap<>(Component.class);
        for (Component c : COMPONENTS) {
            methods.put(c, meters.meter(c).method());
        }
        return methods;
    }

    /** The estimate's source with the provider's PUE cited after it, built once per estimate, not per step. */
    private String withPue(IntensityEstimate current) {
        SourceWithPue cached = lastSource;
        if (cached == null || cached.estimate() != current) {
            cached = new SourceWithPue(current, current.source() + pueSource);
            lastSource = cached;
        }
        return cached.text();
    }

    private record SourceWithPue(IntensityEstimate estimate, String text) {}

    /** Hands the step to the listeners; a failing one is reported once and never fails the caller. */
    private void publish(CarbonMetrics metrics, Map<String, String> attributes) {
        listener.ifPresent(l -> {
            try {
                l.stepLogged(metrics, attributes);
            } catch (RuntimeException | LinkageError e) {
                notices.warn("listener.failed", "exporting a step failed, the reports have it: " + e);
            }
        });
    }

    private long assignStep(Context context, long step) {
        long next = nextSteps.getOrDefault(context, 0L);
        long assigned = step >= 0 ? step : next;
        nextSteps.put(context, Math.max(next, assigned + 1));
        return assigned;
    }

    /** One instant for the whole reading: every meter integrates or interpolates to it, so energy and duration agree. */
    private Reading read() {
        long at = clock.monotonicTime();
        Energy[] energies = new Energy[COMPONENTS.length];
        for (Component c : COMPONENTS) {
            energies[c.ordinal()] = meters.meter(c).read(at);
        }
        return new Reading(at, Instant.ofEpochMilli(clock.wallTime()), energies);
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

    /** One reading of the clock and the cumulative meters, indexed by {@link Component#ordinal()}. */
    private record Reading(long nanos, Instant wall, Energy[] energies) {
        Energy energy(Component component) {
            return energies[component.ordinal()];
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
         * @throws IllegalArgumentException for a negative step
         * @throws IllegalStateException when already ended or the logger is closed
         * @since 0.2
         */
        public CarbonMetrics end(Context context, long step, Map<String, String> attributes) {
            requireStep(step);
            return finish(context, step, Map.copyOf(attributes));
        }

        /** Ends the span as the next step of the context. */
        public CarbonMetrics end(Context context) {
            return finish(context, -1, Map.of());
        }

        /**
         * Ends the span as the given step of the context, under a name that stays the same from run
         * to run (such as a test's unique id), which the reports keep next to the step number.
         *
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
         * @param name the stable name; empty: context and step name it
         * @param displayName the name for people; empty when there is none
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
                // Another span overlapped this one if it was open when this began, or began since.
                boolean overlapped = othersOpenAtBegin || spansBegun != sequence;
                openSpans--;
                CarbonMetrics metrics = metrics(context, assignStep(context, step), from, read(), overlapped);
                reporter.step(metrics, name, displayName);
                publish(metrics, attributes);
                return metrics;
            }
        }
    }
}
