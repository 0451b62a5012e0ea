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
 * its own. Before the first window the machine's average since boot stands in.
 */
final class MachineLoad implements AutoCloseable {

    /** A window of 20 ticks of each CPU. */
    static final long WINDOW_NANOS = 100_000_000;

    private final CpuTimes.TickSource ticks;
    private final long[] scratch = new long[2];
    private long anchorAt;
    private long anchorBusy;
    private long anchorTotal;
    private double load;

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
        if (atNanos - anchorAt >= WINDOW_NANOS && read()) {
            // Busy over all CPU time rather than over wall time × CPUs: the kernel counts both in the same ticks.
            long total = scratch[1] - anchorTotal;
            if (total > 0) {
                load = clamp((double) (scratch[0] - anchorBusy) / total);
            }
            anchorAt = atNanos;
            anchorBusy = scratch[0];
            anchorTotal = scratch[1];
        }
        return load;
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
