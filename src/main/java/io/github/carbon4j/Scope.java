package io.github.carbon4j;

import java.util.Locale;

/**
 * Whose energy a measurement counts.
 *
 * @since 0.1
 */
public enum Scope {
    /** This JVM's share: CPU by its share of the CPU time of the interval, RAM by its resident share. */
    PROCESS,
    /** The whole machine, unscaled. */
    MACHINE;

    /** {@return the lower-case name used in configuration and reports} */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses {@code process} or {@code machine} in any case.
     *
     * @param value the name
     * @return the scope
     * @throws IllegalArgumentException naming the value otherwise
     */
    public static Scope parse(String value) {
        for (Scope scope : values()) {
            if (scope.key().equalsIgnoreCase(value.trim())) {
                return scope;
            }
        }
        throw new IllegalArgumentException("unknown scope \"" + value + "\": expected process or machine");
    }
}
