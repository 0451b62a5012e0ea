package io.github.carbon4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One-time notices about degraded measurement ("RAPL is not readable, using the TDP model: ..."),
 * printed once per key on standard error and kept for the reports. Thread-safe.
 *
 * @since 0.1
 */
public final class Notices {

    private static final Set<String> KEYS = ConcurrentHashMap.newKeySet();
    private static final List<String> MESSAGES = new ArrayList<>();

    private Notices() {}

    /**
     * Prints the message once for the key, prefixed with {@code carbon4j:}; later calls with the same
     * key do nothing.
     *
     * @return true when this call printed it
     */
    public static boolean once(String key, String message) {
        if (!KEYS.add(key)) {
            return false;
        }
        synchronized (MESSAGES) {
            MESSAGES.add(message);
        }
        System.err.println("carbon4j: " + message);
        return true;
    }

    /** Every notice printed so far in this JVM, oldest first. */
    public static List<String> issued() {
        synchronized (MESSAGES) {
            return List.copyOf(MESSAGES);
        }
    }
}
