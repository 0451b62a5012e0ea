package io.github.carbon4j.meter;

import io.github.carbon4j.Clock;
import io.github.carbon4j.Notices;
import java.io.IOException;
import java.util.function.LongSupplier;

/**
 * The load that everything but this JVM puts on the machine's CPUs, in [0, 1] of all of them, over
 * the latest window of at least {@link #WINDOW_NANOS}. Thread-safe.
 *
 * <p>The kernel counts the machine's CPU time in 10 ms ticks per CPU, so only a window of many ticks
 * tells a load: over 100 ms on two CPUs a tick is 5 %. This JVM's own part of the load is measured
 * exactly for every interval elsewhere ({@link ProcessCpuTime}); the rest of the machine is taken to
 * keep the load of the latest full window, and before the first one, its average since boot.
 */
final class OtherLoad implements AutoCloseable {

    /** A window of 20 ticks of each CPU. */
    static final long WINDOW_NANOS = 100_000_000;

    private final CpuTimes.TickSource ticks;
    private final LongSupplier ownKernelNanos;
    private final int logicalCpus;
    private final long[] scratch = new long[2];
    private long anchorAt;
    private long anchorBusy;
    private long anchorOwn;
    private double load;

    /**
     * @param ticks the machine's CPU time
     * @param ownKernelNanos this JVM's CPU time as the kernel counts it, in the same ticks; negative when unknown
     */
    OtherLoad(CpuTimes.TickSource ticks, LongSupplier ownKernelNanos, int logicalCpus, Clock clock) {
        this.ticks = ticks;
        this.ownKernelNanos = ownKernelNanos;
        this.logicalCpus = Math.max(1, logicalCpus);
        this.anchorAt = clock.monotonicTime();
        if (read()) {
            load = scratch[1] > 0 ? clamp((double) scratch[0] / scratch[1]) : 0;
            anchorBusy = scratch[0];
        }
        anchorOwn = Math.max(0, ownKernelNanos.getAsLong());
    }

    /** The others' load as of the latest full window ending at or before {@code atNanos}. */
    synchronized double at(long atNanos) {
        long window = atNanos - anchorAt;
        if (window >= WINDOW_NANOS && read()) {
            long own = ownKernelNanos.getAsLong();
            long ownDelta = own >= anchorOwn ? own - anchorOwn : 0;
            long busyDelta = Math.max(0, scratch[0] - anchorBusy);
            load = clamp((busyDelta - ownDelta) / ((double) window * logicalCpus));
            anchorAt = atNanos;
            anchorBusy = scratch[0];
            anchorOwn = Math.max(anchorOwn, own);
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
