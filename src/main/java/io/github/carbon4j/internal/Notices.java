package io.github.carbon4j.internal;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One logger's notices about degraded measurement ("RAPL is not readable, using the TDP model: ..."):
 * each distinct notice is given once, as the line {@code carbon4j: <message>}. Kept in order for
 * {@link #issued()}. Thread-safe.
 *
 * <p>Where the line goes is decided once per JVM, at its first notice, by {@link NoticeRoute} (the key
 * {@value KeyNames#NOTICES}, read from the system property and the environment, as notices are given
 * before any configuration is read and by code that has none; a logger's own configuration may choose
 * otherwise through {@link #routed}): to the {@link System.Logger}
 * {@value #LOGGER_NAME} at WARNING or INFO where the user routes logging, else to standard error, one
 * line whatever the level. Giving a notice never throws: a failing logger or stream is ignored, and an
 * invalid {@value KeyNames#NOTICES} is itself said on standard error, where the notices then go.
 *
 * <p>Not API: public only for carbon4j's own packages and modules; it may change in any release.
 */
public final class Notices {

    /** The {@link System.Logger} notices go to where logging is routed. */
    public static final String LOGGER_NAME = "io.github.carbon4j";

    /** Where a notice's line goes. */
    @FunctionalInterface
    interface Sink {
        void give(Level level, String line);
    }

    /** Standard error as it is at each notice (tests and applications may replace it), one line. */
    static final Sink STANDARD_ERROR = new To(To.STANDARD_ERROR, null);

    private static final String PREFIX = "carbon4j: ";

    private final Sink sink;
    private final Set<String> keys = ConcurrentHashMap.newKeySet();
    private final List<String> messages = new ArrayList<>();

    /** Notices to where this JVM's notices go: see the class comment. */
    public Notices() {
        this(new To(To.THIS_JVM, null));
    }

    /**
     * Notices to the given logger, whatever {@value KeyNames#NOTICES} says.
     *
     * @param logger where each distinct notice is logged, once, at WARNING or INFO
     */
    public Notices(System.Logger logger) {
        this(new To(To.LOGGER, logger));
    }

    Notices(Sink sink) {
        this.sink = sink;
    }

    /**
     * Notices to where a route says: {@link NoticeRoute#AUTO} as {@link #Notices()} (this JVM's
     * decision, which reads {@value KeyNames#NOTICES} from the system property and environment), else
     * the logger or standard error. A logger's configuration (from {@code carbon4j.properties} too)
     * chooses its own notices' route this way.
     *
     * @param route where the notices go
     * @return notices that go there
     */
    public static Notices routed(NoticeRoute route) {
        // Ifs, not an enum switch, whose map is one more class for a starting JVM to load.
        if (route == NoticeRoute.AUTO) {
            return new Notices();
        }
        return new Notices(route == NoticeRoute.STDERR ? STANDARD_ERROR : new To(To.NAMED_LOGGER, null));
    }

    /**
     * The sinks: standard error, this JVM's route, a logger, or the {@value #LOGGER_NAME} logger, looked up
     * at the first notice that goes there (a logger's lookup loads the logging framework, which a run
     * without notices never needs). One class rather than a lambda for each, which a starting JVM would
     * spin.
     */
    private static final class To implements Sink {
        static final int STANDARD_ERROR = 0;
        static final int THIS_JVM = 1;
        static final int LOGGER = 2;
        static final int NAMED_LOGGER = 3;

        private final int to;
        private final System.Logger logger;

        To(int to, System.Logger logger) {
            this.to = to;
            this.logger = logger;
        }

        @Override
        public void give(Level level, String line) {
            switch (to) {
                case THIS_JVM -> ThisJvm.SINK.give(level, line);
                case LOGGER -> logger.log(level, line);
                case NAMED_LOGGER -> Named.SINK.give(level, line);
                default -> System.err.println(line);
            }
        }
    }

    /**
     * Gives a failure or a degraded figure (at WARNING, where it goes to a logger), once for the key;
     * later calls with the same key do nothing.
     *
     * @param key what the notice is about, e.g. {@code "rapl.unreadable"}; one notice per key
     * @param message the text given
     * @return true when this call gave it
     */
    public boolean warn(String key, String message) {
        return once(Level.WARNING, key, message);
    }

    /**
     * Gives a fallback the environment chose (a model where a sensor is absent, the world average
     * where no location is set; at INFO, where it goes to a logger), once for the key.
     *
     * @param key what the notice is about; one notice per key
     * @param message the text given
     * @return true when this call gave it
     */
    public boolean info(String key, String message) {
        return once(Level.INFO, key, message);
    }

    /** {@return every notice given so far through this instance, oldest first; a copy} */
    public List<String> issued() {
        synchronized (messages) {
            return List.copyOf(messages);
        }
    }

    /** {@return where this JVM's notices go, {@link NoticeRoute#LOGGER} or {@link NoticeRoute#STDERR}} */
    static NoticeRoute thisJvm() {
        return ThisJvm.ROUTE;
    }

    private boolean once(Level level, String key, String message) {
        if (!keys.add(key)) {
            return false;
        }
        synchronized (messages) {
            messages.add(message);
        }
        give(sink, level, PREFIX + message);
        return true;
    }

    private static void give(Sink sink, Level level, String line) {
        try {
            sink.give(level, line);
        } catch (RuntimeException | LinkageError | ServiceConfigurationError e) {
            // A notice is a remark on the side: a broken logger or stream must not fail the user's code.
        }
    }

    /** The system properties or the environment by name: a class, not two lambdas a JVM would spin. */
    private static final class Lookup implements Function<String, Optional<String>> {
        private final boolean environment;

        Lookup(boolean environment) {
            this.environment = environment;
        }

        @Override
        public Optional<String> apply(String name) {
            return Optional.ofNullable(environment ? System.getenv(name) : System.getProperty(name));
        }
    }

    /**
     * The {@value #LOGGER_NAME} logger, looked up once per JVM at the first notice for it, or standard
     * error where no logger can be had.
     */
    private static final class Named {
        static final Sink SINK = lookUp();

        private static Sink lookUp() {
            try {
                return new To(To.LOGGER, System.getLogger(LOGGER_NAME));
            } catch (RuntimeException | ServiceConfigurationError e) { // a broken LoggerFinder
                return STANDARD_ERROR;
            }
        }
    }

    /** This JVM's route and sink, decided at the first notice given through {@link #Notices()}. */
    private static final class ThisJvm {

        static final NoticeRoute ROUTE = route();
        static final Sink SINK = sink();

        private static NoticeRoute route() {
            Lookup properties = new Lookup(false);
            try {
                return NoticeRoute.configured(properties, new Lookup(true)).resolve(properties, loaders());
            } catch (IllegalArgumentException e) {
                give(STANDARD_ERROR, Level.WARNING, PREFIX + e.getMessage() + "; notices go to standard error");
                return NoticeRoute.STDERR;
            } catch (RuntimeException e) { // a security manager's refusal: the plain way
                return NoticeRoute.STDERR;
            }
        }

        private static Sink sink() {
            return ROUTE == NoticeRoute.LOGGER ? Named.SINK : STANDARD_ERROR;
        }

        private static List<ClassLoader> loaders() {
            ClassLoader context = Thread.currentThread().getContextClassLoader();
            ClassLoader system = ClassLoader.getSystemClassLoader();
            return context == null || context == system ? List.of(system) : List.of(system, context);
        }
    }
}
