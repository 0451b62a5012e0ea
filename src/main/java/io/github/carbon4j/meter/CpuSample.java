package io.github.carbon4j.meter;

/**
 * One reading of the machine's and this process's CPU time, with pure functions for the load and the
 * process share between two readings. Immutable.
 *
 * @param nanos monotonic time of the reading, ns
 * @param busyNanos the machine's busy CPU time since boot, summed over CPUs, ns
 * @param totalNanos the machine's busy plus idle CPU time since boot, ns
 * @param processNanos this process's CPU time, ns; negative when the JVM cannot tell
 */
record CpuSample(long nanos, long busyNanos, long totalNanos, long processNanos) {

    /**
     * The machine's CPU load from {@code previous} to this reading, in [0, 1].
     *
     * <p>The kernel counts machine time in ticks (10 ms), so an interval shorter than a tick often sees
     * none. The process's own CPU time over the wall time of all CPUs is a lower bound of the machine's
     * load (this process is part of the machine), and it is the only figure left when no tick fell
     * inside the interval.
     */
    double loadSince(CpuSample previous, int logicalCpus) {
        long total = totalNanos - previous.totalNanos;
        double ticks = total > 0 ? clamp((double) (busyNanos - previous.busyNanos) / total) : 0;
        long wall = nanos - previous.nanos;
        double own = wall > 0 && processNanos >= 0 && previous.processNanos >= 0
                ? clamp((double) (processNanos - previous.processNanos) / ((double) wall * Math.max(1, logicalCpus)))
                : 0;
        return Math.max(ticks, own);
    }

    /**
     * This process's share of the machine's busy CPU time from {@code previous} to this reading, in
     * [0, 1], or NaN when it cannot be told (no busy time seen yet, or no process CPU time).
     *
     * <p>Both figures come from the same kernel accounting in the same ticks, so their ratio is not
     * skewed by resolution. When the process used CPU time but no machine tick was counted yet, the
     * process had the CPU to itself as far as the kernel can tell: share 1.
     */
    double processShareSince(CpuSample previous) {
        if (processNanos < 0 || previous.processNanos < 0) {
            return Double.NaN;
        }
        long own = processNanos - previous.processNanos;
        long busy = busyNanos - previous.busyNanos;
        if (busy > 0) {
            return clamp((double) own / busy);
        }
        return own > 0 ? 1 : Double.NaN;
    }

    private static double clamp(double share) {
        return share > 1 ? 1 : share > 0 ? share : 0;
    }
}
