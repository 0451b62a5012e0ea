package io.github.carbon4j;

import java.util.Locale;

/**
 * A part of the machine whose energy is measured.
 *
 * @since 0.1
 */
public enum Component {
    /** The processors. */
    CPU,
    /** The graphics processors, read through NVML. */
    GPU,
    /** The memory. */
    RAM;

    /** {@return the lower-case name used in reports: {@code cpu}, {@code gpu}, {@code ram}} */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
