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
 * <p>The TDP model and the process-share decorator both sample at each read of the CPU meter, one
 * right after the other; a sample younger than {@link #REUSE_NANOS} is handed out again so that a
 * read costs one {@code /proc/stat} read, not two. That window is a thousandth of the 10 ms tick, so
 * no tick is lost: the next sample sees it.
 */
final class CpuTimes implements AutoCloseable {

    /** How long a sample is reused: far below the kernel's 10 ms accounting tick. */
    static final long REUSE_NANOS = 10_000;

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

    CpuTimes(TickSource ticks, LongSupplier processNanos, Clock clock) {
        this.ticks = ticks;
        this.processNanos = processNanos;
        this.clock = clock;
    }

    /** A sample now, or the one taken less than {@link #REUSE_NANOS} ago. */
    synchronized CpuSample sample() {
        long now = clock.monotonicTime();
        if (latest != null && now - latest.nanos() >= 0 && now - latest.nanos() < REUSE_NANOS) {
            return latest;
        }
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
