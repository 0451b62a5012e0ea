package io.github.carbon4j.meter;

import java.util.Arrays;

/**
 * A machine's CPU time that tests move by hand: busy and idle time of all CPUs, and this process's
 * CPU time, all in ns. The process's time is one thread's exact CPU clock; the kernel's figures for the
 * machine and the process are that time in whole 10 ms ticks when {@link #inTicks()} is set, as Linux
 * reports them, and exact otherwise. Thread-safe.
 */
final class FakeCpu implements CpuTimes.TickSource, ProcessCpuTime.ThreadClocks {

    static final long TICK = 10_000_000;
    static final long THREAD = 1;

    private long busy;
    private long total;
    private long process;
    private long untracked;
    private boolean ticks;
    private int reads;

    /** The kernel's figures in whole ticks from now on. */
    synchronized FakeCpu inTicks() {
        ticks = true;
        return this;
    }

    /** The machine was busy for {@code busy} and idle for {@code idle} ns (summed over CPUs); this process ran for {@code own}. */
    synchronized FakeCpu run(long busyNanos, long idleNanos, long ownNanos) {
        busy += busyNanos;
        total += busyNanos + idleNanos;
        process += ownNanos;
        return this;
    }

    /** This process ran for {@code nanos} on threads no clock shows (garbage collection). */
    synchronized FakeCpu runUntracked(long nanos) {
        busy += nanos;
        total += nanos;
        untracked += nanos;
        return this;
    }

    @Override
    public synchronized void read(long[] busyAndTotal) {
        reads++;
        busyAndTotal[0] = truncate(busy);
        busyAndTotal[1] = truncate(total);
    }

    /** How often the machine's ticks were read. */
    synchronized int reads() {
        return reads;
    }

    /** The process's CPU time as the kernel reports it. */
    synchronized long processNanos() {
        return truncate(process + untracked);
    }

    /** The process's exact CPU time. */
    synchronized long exactProcessNanos() {
        return process + untracked;
    }

    @Override
    public long[] ids() {
        return new long[] {THREAD};
    }

    @Override
    public long currentId() {
        return THREAD;
    }

    @Override
    public synchronized void cpuNanos(long[] ids, long[] into) {
        Arrays.fill(into, -1);
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == THREAD) {
                into[i] = process;
            }
        }
    }

    private long truncate(long nanos) {
        return ticks ? nanos / TICK * TICK : nanos;
    }
}
