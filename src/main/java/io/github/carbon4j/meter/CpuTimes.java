package io.github.carbon4j.meter;

import io.github.carbon4j.Clock;
import io.github.carbon4j.Notices;
import java.io.IOException;
import java.util.function.LongSupplier;

/**
 * Takes {@link CpuSample}s: the machine's CPU ticks (on Linux from {@code /proc/stat}, read on every
 * sample, so an interval of any length sees exactly its own ticks) and this process's CPU time.
 * Thread-safe.
 *
 * <p>In process scope the TDP model and the process share both need a sample at each read of the CPU
 * meter, one right after the other: {@link #sampleSince(long)} lets the second use the sample the
 * first took, so that a read costs one {@code /proc/stat} read, not two, without any time-based cache
 * that would blur the edges of short intervals.
 */
final class CpuTimes implements AutoCloseable {

    /** The machine's cumulative CPU time. */
    interface TickSource extends AutoCloseable {
        /** Fills {busy, total} in ns since boot. */
        void read(long[] busyAndTotal) throws IOException;

        @Override
        default void close() {}
    }

    private final TickSource ticks;
    private final LongSupplier processNanos;
    private final Clock clock;
    private final long[] scratch = new long[2];
    private long busy;
    private long total;
    private CpuSample latest;
    private long taken;

    CpuTimes(TickSource ticks, LongSupplier processNanos, Clock clock) {
        this.ticks = ticks;
        this.processNanos = processNanos;
        this.clock = clock;
    }

    /** How many samples were taken so far, to pass to {@link #sampleSince(long)} later. */
    synchronized long taken() {
        return taken;
    }

    /** The latest sample if one was taken after {@code mark} was read from {@link #taken()}, else a new one. */
    synchronized CpuSample sampleSince(long mark) {
        return taken > mark ? latest : sample();
    }

    /** A new sample. */
    synchronized CpuSample sample() {
        long now = clock.monotonicTime();
        try {
            ticks.read(scratch);
            // Counters that went backwards (a broken source) would give negative loads: keep the old ones.
            if (scratch[0] >= busy && scratch[1] >= total) {
                busy = scratch[0];
                total = scratch[1];
            }
        } catch (IOException | RuntimeException e) {
            Notices.once("cpu.ticks", "cannot read the machine's CPU time (" + e.getMessage()
                    + "); the CPU load is taken from this process alone");
        }
        latest = new CpuSample(now, busy, total, processNanos.getAsLong());
        taken++;
        return latest;
    }

    @Override
    public void close() {
        ticks.close();
    }

    /** {@code /proc/stat} read through an open kernel file; ticks are USER_HZ = 100 per second, fixed by the ABI. */
    static final class ProcStatTicks implements TickSource {

        private static final long NANOS_PER_TICK = 10_000_000;
        private final KernelFiles.KernelFile file;

        ProcStatTicks(KernelFiles.KernelFile file) {
            this.file = file;
        }

        @Override
        public synchronized void read(long[] busyAndTotal) throws IOException {
            KernelText.parseProcStatCpu(file.read(), busyAndTotal);
            busyAndTotal[0] *= NANOS_PER_TICK;
            busyAndTotal[1] *= NANOS_PER_TICK;
        }

        @Override
        public void close() {
            file.close();
        }
    }
}
