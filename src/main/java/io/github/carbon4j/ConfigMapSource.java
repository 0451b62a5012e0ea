package io.github.carbon4j;

import java.util.Map;
import java.util.Optional;

/**
 * A {@link ConfigSource} over a map of names to values, listing the names that look like keys: the
 * system properties, the environment, a properties file, a map given in code. One class rather than a
 * lambda for each, since a starting JVM reads its configuration before anything else would spin them.
 */
final class ConfigMapSource implements ConfigSource {

    /** How the map is read. */
    enum Lookup {
        /** By key; blank values count as unset. */
        KEYS,
        /** By the key's environment variable name; blank values count as unset. */
        ENVIRONMENT,
        /** By key, the value trimmed; empty values count as unset. */
        PROPERTIES,
        /** {@link System#getProperty(String)} at each lookup; blank values count as unset. */
        SYSTEM
    }

    private final Map<?, ?> values;
    private final Lookup lookup;
    private final Map<String, String> listed;

    ConfigMapSource(Map<?, ?> values, Lookup lookup, Map<String, String> listed) {
        this.values = values;
        this.lookup = lookup;
        this.listed = listed;
    }

    @Override
    public Optional<String> get(String key) {
        Object raw;
        if (lookup == Lookup.SYSTEM) {
            raw = System.getProperty(key);
        } else {
            raw = values.get(lookup == Lookup.ENVIRONMENT ? ConfigKeys.environmentName(key) : key);
        }
        if (!(raw instanceof String value)) {
            return Optional.empty();
        }
        if (lookup == Lookup.PROPERTIES) {
            String trimmed = value.trim();
            return trimmed.isEmpty() ? Optional.empty() : Optional.of(trimmed);
        }
        return value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    @Override
    public Map<String, String> names() {
        return listed;
    }
}
