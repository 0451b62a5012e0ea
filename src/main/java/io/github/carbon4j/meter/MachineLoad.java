package io.github.carbon4j.meter;

import io.github.carbon4j.Notices;
import java.io.IOException;

/**
 * The machine's CPU load, in [0, 1] of all its CPUs, over the latest window of at least
 * {@link #WINDOW_NANOS}. Thread-safe.
 *
 * <p>The kernel counts the machine's CPU time in 10 ms ticks per CPU, so only a window of many ticks
 * tells a load: over 100 ms on two CPUs a tick is 5 %. An interval at least as long as the window gets
 * its own load exactly; a shorter one the load of the latest full window, which on a steady machine is
 * its own. Before the first window the part of it that has passed stands in, and before
 * {@link #FIRST_PART_NANOS} the machine's average since boot.
 */
final class MachineLoad implements AutoCloseable {

    /** A window of 20 ticks of each CPU. */
    static final long WINDOW_NANOS = 100_000_000;

    /** Before the first full window, the part of it that has passed once it holds a few ticks. */
    static final long FIRST_PART_NANOS = 20_000_000;

    /** How often the first window's part is re-read: once a tick. */
    private static final long PART_STEP_NANOS = 10_000_000;

    private final CpuTimes.TickSource ticks;
    private final long[] scratch = new long[2];
    private long anchorAt;
    private long anchorBusy;
    private long anchorTotal;
    private double load;
    private boolean windowed;
    private long partAt;

    MachineLoad(CpuTimes.TickSource ticks, long startNanos) {
        this.ticks = ticks;
        this.anchorAt = startNanos;
        if (read()) {
            load = scratch[1] > 0 ? clamp((double) scratch[0] / scratch[1]) : 0;
            anchorBusy = scratch[0];
            anchorTotal = scratch[1];
        }
    }

    /** The load of the latest full window ending at or before {@code atNanos}. */
    synchronized double at(long atNanos) {
        long since = atNanos - anchorAt;
        if (since >= WINDOW_NANOS) {
            windowed = true;
            if (measure()) {
                anchorAt = atNanos;
                anchorBusy = scratch[0];
                anchorTotal = scratch[1];
            }
        } else if (!windowed && since >= FIRST_PART_NANOS && atNanos - partAt >= PART_STEP_NANOS) {
            // The machine's average since boot says little about now: the first window's beginning says more.
            partAt = atNanos;
            measure();
        }
        return load;
    }

    /** Reads the ticks and takes the load since the anchor; false when they cannot be read. */
    private boolean measure() {
        if (!read()) {
            return false;
        }
        // Busy over all CPU time rather than over wall time × CPUs: the kernel counts both in the same ticks.
        long total = scratch[1] - anchorTotal;
        if (total > 0) {
            load = clamp((double) (scratch[0] - anchorBusy) / total);
        }
        return true;
    }

    private boolean read() {
        try {
            ticks.read(scratch);
            return true;
        } catch (IOException | RuntimeException e) {
            Notices.once("cpu.ticks", "cannot read the machine's CPU time (" + e.getMessage()
                    + "); the CPU load is taken from this process alone");
            return false;
        }
    }

    private static double clamp(double load) {
        return load > 1 ? 1 : load > 0 ? load : 0;
    }

    @Override
    public void close() {
        ticks.close();
    }
}
