package io.github.carbon4j.meter;

import io.github.carbon4j.Component;
import io.github.carbon4j.Energy;
import io.github.carbon4j.MeasurementMethod;

/**
 * A source of cumulative energy for one component: a hardware counter or an estimate model.
 * Implementations are thread-safe.
 *
 * <p>{@link #read()} returns the energy since the meter was opened, attributed to the configured
 * scope. Readings never decrease, so the energy of an interval is the difference of two readings;
 * counter wrap and glitches are handled inside. A meter whose sensor breaks keeps answering (it
 * degrades to an estimate and changes its {@link #method()}), it never throws from {@code read}.
 *
 * @since 0.1
 */
public interface EnergyMeter extends AutoCloseable {

    /** {@return which component this meter measures; never changes} */
    Component component();

    /** {@return how the energy is obtained now; may change once when the meter degrades} */
    MeasurementMethod method();

    /** {@return cumulative energy since the meter opened, up to now; never less than the previous reading} */
    Energy read();

    /**
     * Cumulative energy up to the instant {@code atNanos} of the logger's monotonic clock, so that
     * the components of one reading and its duration all cover the same interval. Meters that
     * integrate a model or a power compute it exactly to that instant; a hardware counter can only be
     * read now, right after the instant was taken, which is what this default does. Never less than
     * the previous reading: an instant earlier than one already read counts as that one.
     *
     * @param atNanos an instant of the logger's {@link io.github.carbon4j.Clock#monotonicTime()}, ns
     * @return cumulative energy since the meter opened, up to that instant
     */
    default Energy read(long atNanos) {
        return read();
    }

    /**
     * The models of the devices this meter reads, one entry per device (the GPU names for NVML), so
     * reports can say what was measured; empty where it reads no device it can name.
     *
     * @return the device models, in the order the meter reads them; empty by default
     */
    default java.util.List<String> devices() {
        return java.util.List.of();
    }

    /** Releases native resources and background threads; reading afterwards is not allowed. */
    @Override
    default void close() {}
}
