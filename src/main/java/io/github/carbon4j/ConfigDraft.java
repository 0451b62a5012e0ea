package io.github.carbon4j;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The state of a {@link CarbonConfig.Builder}: the values read from sources, those set in code and the
 * clock; not thread-safe.
 */
final class ConfigDraft {

    private final Map<ConfigKey<?>, Object> sourced = new HashMap<>();
    private final Map<ConfigKey<?>, Object> explicit = new HashMap<>();
    private Clock clock = Clock.SYSTEM;

    /** Reads every key the source has, checked; a name that looks like a key but is none gets a notice. */
    void read(ConfigSource source) {
        ConfigKeys.noticeUnknown(source.names());
        for (ConfigKey<?> key : ConfigTable.readBy(ConfigKey.Reader.CORE)) {
            Optional<String> raw = source.get(key.name());
            if (raw.isPresent()) {
                sourced.put(key, key.parse(raw.get()));
            }
        }
    }

    /** Sets a key in code, checked as its row does. */
    <T> void set(ConfigKey<T> key, T value) {
        explicit.put(key, key.check(value));
    }

    /** Takes checked values and a clock as if set in code. */
    void setAll(Map<ConfigKey<?>, Object> values, Clock clock) {
        explicit.putAll(values);
        this.clock = clock;
    }

    void clock(Clock clock) {
        if (clock == null) {
            throw new CarbonConfigurationException("clock must not be null", null);
        }
        this.clock = clock;
    }

    /** The sources' values, overridden by those set in code. */
    ConfigValues build() {
        Map<ConfigKey<?>, Object> values = new HashMap<>(sourced);
        values.putAll(explicit);
        return new ConfigValues(values, clock);
    }
}
