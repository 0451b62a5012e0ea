package io.github.carbon4j;

import java.util.Map;
import java.util.Optional;

/** The checked values of a {@link CarbonConfig}, the keys that are set and the clock; immutable. */
final class ConfigValues {

    /** The keys that are set, checked; a key absent here has its row's default. */
    private final Map<ConfigKey<?>, Object> values;

    private final Clock clock;

    ConfigValues(Map<ConfigKey<?>, Object> values, Clock clock) {
        this.values = Map.copyOf(values);
        this.clock = clock;
    }

    /** The value of a key: set, else its row's default. */
    @SuppressWarnings("unchecked")
    <T> T get(ConfigKey<T> key) {
        Object value = values.get(key);
        return value != null ? (T) value : key.defaultValue().orElseThrow();
    }

    /** The value of a key without a default value, when set. */
    @SuppressWarnings("unchecked")
    <T> Optional<T> optional(ConfigKey<T> key) {
        return Optional.ofNullable((T) values.get(key));
    }

    /** Whether the key was set, from a source or in code. */
    boolean isSet(ConfigKey<?> key) {
        return values.containsKey(key);
    }

    Clock clock() {
        return clock;
    }

    /** A draft holding these values as if set in code. */
    ConfigDraft toDraft() {
        ConfigDraft draft = new ConfigDraft();
        draft.setAll(values, clock);
        return draft;
    }
}
