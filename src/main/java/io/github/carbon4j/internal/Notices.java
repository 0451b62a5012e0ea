package io.github.carbon4j.internal;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One logger's notices about degraded measurement ("RAPL is not readable, using the TDP model: ..."):
 * each distinct notice is logged once, through {@link System.Logger} {@value #LOGGER_NAME}, which users
 * route to JUL, SLF4J or Log4j, and which by default prints WARNING and INFO records on standard error.
 * Kept in order for {@link #issued()}. Thread-safe.
 *
 * <p>Not API: public only for carbon4j's own packages and modules; it may change in any release.
 */
public final class Notices {

    /** The {@link System.Logger} every notice goes to. */
    public static final String LOGGER_NAME = "io.github.carbon4j";

    private final System.Logger logger;
    private final Set<String> keys = ConcurrentHashMap.newKeySet();
    private final List<String> messages = new ArrayList<>();

    /** Notices to {@link System#getLogger(String)} {@value #LOGGER_NAME}. */
    public Notices() {
        this(System.getLogger(LOGGER_NAME));
    }

    /**
     * Notices to the given logger.
     *
     * @param logger where each distinct notice is logged, once
     */
    public Notices(System.Logger logger) {
        this.logger = logger;
    }

    /**
     * Logs a failure or a degraded figure at WARNING, once for the key; later calls with the same key
     * do nothing.
     *
     * @param key what the notice is about, e.g. {@code "rapl.unreadable"}; one notice per key
     * @param message the text logged
     * @return true when this call logged it
     */
    public boolean warn(String key, String message) {
        return once(Level.WARNING, key, message);
    }

    /**
     * Logs a fallback the environment chose (a model where a sensor is absent, the world average
     * where no location is set) at INFO, once for the key.
     *
     * @param key what the notice is about; one notice per key
     * @param message the text logged
     * @return true when this call logged it
     */
    public boolean info(String key, String message) {
        return once(Level.INFO, key, message);
    }

    /** {@return every notice logged so far through this instance, oldest first; a copy} */
    public List<String> issued() {
        synchronized (messages) {
            return List.copyOf(messages);
        }
    }

    private boolean once(Level level, String key, String message) {
        if (!keys.add(key)) {
            return false;
        }
        synchronized (messages) {
            messages.add(message);
        }
        logger.log(level, "carbon4j: " + message);
        return true;
    }
}
