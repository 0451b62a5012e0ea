package io.github.carbon4j.junit;

import io.github.carbon4j.CarbonConfig;
import io.github.carbon4j.CarbonConfigurationException;
import io.github.carbon4j.CarbonLogger;
import io.github.carbon4j.CarbonMetrics;
import io.github.carbon4j.Component;
import io.github.carbon4j.ComponentEnergies;
import io.github.carbon4j.ConfigSource;
import io.github.carbon4j.Context;
import io.github.carbon4j.internal.Notices;
import io.github.carbon4j.meter.EnergyMeters;
import io.github.carbon4j.meter.Meters;
import io.github.carbon4j.report.Reporters;
import io.github.carbon4j.report.StepSummary;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The one carbon logger of a launcher session (a test JVM, also under Surefire with several forks,
 * where the launcher runs once per class), with the step counters and the run summary. Lives in the
 * launcher session store, which closes it when the session ends: then the reports are completed and
 * the summary is printed. Thread-safe.
 */
final class CarbonSession implements AutoCloseable {

    private final CarbonLogger logger;
    private final RunSummary summary = new RunSummary();
    private final ConcurrentMap<Context, AtomicLong> steps = new ConcurrentHashMap<>();
    private final Declarations declarations = new Declarations();
    private final PrintStream out;
    private final Optional<Budget> testBudget;
    private final Map<String, String> environment;
    private final Notices notices = new Notices();
    private final TestEntry entry = new TestEntry();

    CarbonSession(CarbonLogger logger, PrintStream out) {
        this(logger, out, Optional.empty(), Map.of());
    }

    /**
     * @param testBudget the budget of tests without one of their own ({@code carbon4j.budget.test.*})
     * @param environment where {@code GITHUB_STEP_SUMMARY} may name the file the summary is appended to
     */
    CarbonSession(CarbonLogger logger, PrintStream out, Optional<Budget> testBudget, Map<String, String> environment) {
        this.logger = logger;
        this.out = out;
        this.testBudget = testBudget;
        this.environment = environment;
    }

    /**
     * Starts the logger from JUnit configuration parameters, then system properties, environment and
     * {@code carbon4j.properties}.
     *
     * @throws ExtensionConfigurationException for an invalid {@code carbon4j.*} value, naming it
     */
    static CarbonSession open(ExtensionContext context) {
        try {
            // JUnit cannot list its parameters; those in junit-platform.properties can be checked for misspellings.
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            ConfigSource parameters = ConfigSource.listing(
                    context::getConfigurationParameter,
                    ConfigSource.classpathProperties(
                                    loader != null ? loader : CarbonSession.class.getClassLoader(),
                                    "junit-platform.properties")
                            .names()
                            .keySet(),
                    "junit-platform.properties");
            ConfigSource source = parameters.or(ConfigSource.standard());
            Optional<Budget> testBudget = Budget.forEveryTest(source);
            CarbonConfig config = CarbonConfig.builder().from(source).build();
            return new CarbonSession(startLogger(config), System.out, testBudget, System.getenv());
        } catch (CarbonConfigurationException e) {
            // Only configuration: a meter's IllegalArgumentException (a NaN, a negative) degrades below instead.
            throw new ExtensionConfigurationException("invalid carbon4j configuration: " + e.getMessage(), e);
        }
    }

    /**
     * How the session starts its logger. A test replaces it on its own thread (the one that runs the
     * engine) to start a logger whose meter fails, as no meter of this machine can be made to.
     */
    static final ThreadLocal<Function<CarbonConfig, CarbonLogger>> STARTER = new ThreadLocal<>();

    private static CarbonLogger startLogger(CarbonConfig config) {
        try {
            Function<CarbonConfig, CarbonLogger> starter = STARTER.get(); // none: CarbonLogger.start
            return starter == null ? CarbonLogger.start(config) : starter.apply(config);
        } catch (CarbonConfigurationException e) {
            throw e;
        } catch (RuntimeException e) {
            // Meter detection should degrade by itself; if it breaks anyway, tests still run, unmeasured.
            new Notices()
                    .warn("junit.meter-detection", "choosing the energy meters failed, tests are not measured: " + e);
            return CarbonLogger.start(
                    config,
                    new Meters(
                            EnergyMeters.none(Component.CPU),
                            EnergyMeters.none(Component.GPU),
                            EnergyMeters.none(Component.RAM)));
        }
    }

    /** The carbon context of tests of this method and class (see {@link Declarations#target}). */
    Context context(Optional<Method> method, Optional<Class<?>> testClass) {
        return declarations.target(method, testClass).context();
    }

    /** The carbon context and exporter attributes of tests of this method and class. */
    Declarations.Target target(Optional<Method> method, Optional<Class<?>> testClass) {
        return declarations.target(method, testClass);
    }

    /**
     * The budget declared on a method or class, parsed once.
     *
     * @throws org.junit.jupiter.api.extension.ExtensionConfigurationException for a malformed one, every time
     */
    Optional<Budget> budget(AnnotatedElement element) {
        return declarations.budget(element);
    }

    /** Whether the method is a {@code @TestFactory} (see {@link TestTarget#isFactory}). */
    boolean isFactory(Method method) {
        return declarations.isFactory(method);
    }

    /** The budget of every tracked test without a {@code @CarbonBudget} of its own, if configured. */
    Optional<Budget> testBudget() {
        return testBudget;
    }

    /** Counts a failed budget into the run summary. */
    void exceeded(String test, String message) {
        summary.exceeded(test, message);
    }

    /** The step for the next test or block of the context, from 0, in the order they start. */
    long nextStep(Context context) {
        AtomicLong counter = steps.get(context);
        if (counter == null) {
            AtomicLong fresh = new AtomicLong();
            AtomicLong raced = steps.putIfAbsent(context, fresh);
            counter = raced != null ? raced : fresh;
        }
        return counter.getAndIncrement();
    }

    /** Opens a span; empty (with a notice) when a meter fails, so the test runs on unmeasured. */
    Optional<CarbonLogger.Span> begin() {
        try {
            return Optional.of(logger.begin());
        } catch (RuntimeException e) {
            meterFailed(e);
            return Optional.empty();
        }
    }

    /** Ends a span as the step; empty (with a notice) when a meter fails. */
    Optional<CarbonMetrics> end(CarbonLogger.Span span, Context context, long step) {
        return end(span, context, step, "", "", Map.of());
    }

    /**
     * Ends a span as the step under the test's stable name (empty: context and step name it) and its
     * display name, with attributes for exporters; empty (with a notice) when a meter fails.
     */
    Optional<CarbonMetrics> end(
            CarbonLogger.Span span,
            Context context,
            long step,
            String name,
            String displayName,
            Map<String, String> attributes) {
        try {
            return Optional.of(span.end(context, step, name, displayName, attributes));
        } catch (RuntimeException e) {
            meterFailed(e);
            return Optional.empty();
        }
    }

    /** Metrics with zero energy and no method, for a block whose measurement failed. */
    CarbonMetrics unmeasured(Context context, long step) {
        return CarbonMetrics.of(
                context,
                step,
                Instant.ofEpochMilli(logger.config().clock().wallTime()),
                Duration.ZERO,
                ComponentEnergies.NONE,
                logger.run().intensity(),
                logger.run().intensitySource(),
                logger.config().pue(),
                logger.config().scope(),
                false);
    }

    /** Counts a test's record into the run summary; the label is only computed for a top emitter. */
    void record(Supplier<String> label, CarbonMetrics metrics) {
        summary.add(label, metrics);
    }

    /** Counts a test into the run summary, as {@code context #step label} where it is a top emitter. */
    void recordTest(String label, CarbonMetrics metrics) {
        summary.addTest(label, metrics);
    }

    /** The report entry of a test ({@link CarbonReportEntries}). */
    Map<String, String> entry(CarbonMetrics metrics) {
        return entry.of(metrics);
    }

    /** The session's logger, for what the session does not wrap (the report page). */
    CarbonLogger logger() {
        return logger;
    }

    /** Completes the reports, then prints the summary. */
    @Override
    public void close() {
        try {
            logger.close();
        } finally {
            if (summary.tests() > 0) {
                out.println(String.join(
                        System.lineSeparator(),
                        summary.lines(
                                logger.run(),
                                logger.config().reports(),
                                logger.config().reports() && Reporters.completed(logger.run()),
                                logger.embodiedModel().describe())));
                out.flush();
                appendStepSummary();
            }
        }
    }

    /** The Markdown summary, written (and built) only where {@code GITHUB_STEP_SUMMARY} names a file. */
    private void appendStepSummary() {
        String file = environment.get(StepSummary.VARIABLE);
        if (file != null && !file.isBlank()) {
            try {
                StepSummary.append(environment, summary.markdown(logger.run()));
            } catch (IOException | RuntimeException e) {
                notices.warn("junit.step-summary", "could not append to " + StepSummary.VARIABLE + ": " + e);
            }
        }
    }

    /** Says something once to this session's notices, under the key. */
    void warn(String key, String message) {
        notices.warn(key, message);
    }

    /** This session's own notices (a failing meter, an unwritable step summary), oldest first. */
    List<String> notices() {
        return notices.issued();
    }

    private void meterFailed(RuntimeException e) {
        // A broken sensor must never fail a user's test; the figures of that test are left out.
        notices.warn(
                "junit.meter-failure",
                "reading the energy meters failed, so some tests have no" + " carbon figures: " + e);
    }
}
