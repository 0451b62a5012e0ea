package io.github.carbon4j.meter;

/**
 * A machine's CPU time that tests move by hand: busy and idle time of all CPUs, and this process's
 * CPU time, all in ns. Thread-safe.
 */
final class FakeCpu implements CpuTimes.TickSource {

    private long busy;
    private long total;
    private long process;
    private int reads;

    /** The machine was busy for {@code busy} and idle for {@code idle} ns (summed over CPUs); this process ran for {@code own}. */
    synchronized FakeCpu run(long busyNanos, long idleNanos, long ownNanos) {
        busy += busyNanos;
        total += busyNanos + idleNanos;
        process += ownNanos;
        return this;
    }

    @Override
    public synchronized void read(long[] busyAndTotal) {
        reads++;
        busyAndTotal[0] = busy;
        busyAndTotal[1] = total;
    }

    /** How often the machine's ticks were read. */
    synchronized int reads() {
        return reads;
    }

    synchronized long processNanos() {
        return process;
    }
}
