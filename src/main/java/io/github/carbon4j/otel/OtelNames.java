package io.github.carbon4j.otel;

import java.util.List;

/**
 * The names carbon4j gives OpenTelemetry: instruments, their units and attribute keys. Dotted and
 * lower case after OpenTelemetry's naming guidelines, under carbon4j's own namespace because they
 * measure a workload's share rather than hardware (unlike the semantic conventions' {@code hw.energy}).
 * Renaming one breaks users' dashboards: they are pinned by a test. Constants only, no state.
 *
 * @since 0.2
 */
public final class OtelNames {

    /** The instrumentation scope of carbon4j's meter. */
    public static final String SCOPE = "io.github.carbon4j";
    /** Counter of energy per component, in {@link #JOULES}, without PUE. */
    public static final String ENERGY = "carbon4j.energy";
    /** Counter of emissions, in {@link #GRAMS} CO2eq, with PUE. */
    public static final String EMISSIONS = "carbon4j.emissions";

    /** The unit of {@link #ENERGY}, joules. */
    public static final String JOULES = "J";
    /** The unit of {@link #EMISSIONS}, grams of CO2 equivalent. */
    public static final String GRAMS = "g";
    /** {@code cpu}, {@code gpu} or {@code ram}; only on {@link #ENERGY}. */
    public static final String COMPONENT = "carbon4j.component";
    /** The step's context: a test class, a benchmark, a training loop. */
    public static final String CONTEXT = "carbon4j.context";
    /** The experiment of the logger. */
    public static final String EXPERIMENT = "carbon4j.experiment";
    /** The JUnit test's class, fully qualified. */
    public static final String TEST_CLASS = "test.class";
    /** The JUnit test's method name. */
    public static final String TEST_METHOD = "test.method";
    /** The JMH benchmark, fully qualified. */
    public static final String BENCHMARK = "benchmark";

    /** Every name above, in the order of this class. */
    public static final List<String> ALL = List.of(
            SCOPE,
            ENERGY,
            EMISSIONS,
            JOULES,
            GRAMS,
            COMPONENT,
            CONTEXT,
            EXPERIMENT,
            TEST_CLASS,
            TEST_METHOD,
            BENCHMARK);

    private OtelNames() {}
}
