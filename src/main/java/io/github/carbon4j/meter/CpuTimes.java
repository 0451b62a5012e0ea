package io.github.carbon4j.meter;

import java.io.IOException;

/** Where the machine's cumulative CPU time is read from: {@code /proc/stat} on Linux, OSHI elsewhere. */
final class CpuTimes {

    private CpuTimes() {}

    /** The machine's cumulative CPU time. */
    interface TickSource extends AutoCloseable {
        /** Fills {busy, total} in ns since boot, summed over CPUs. */
        void read(long[] busyAndTotal) throws IOException;

        @Override
        default void close() {}
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
