package io.github.carbon4j.meter;

import io.github.carbon4j.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * This JVM's CPU time, exact for the threads that are running and never more than two kernel ticks
 * off for the whole process. Thread-safe.
 *
 * <p>The kernel's figure for a process (what {@code times()}, {@code /proc/self/stat} and the JVM's
 * {@code getProcessCpuTime} report) is the exact run time cut down to whole 10 ms ticks, user and
 * system time each, so a step shorter than a tick mostly sees none and the step that crosses a tick
 * gets a whole one. Threads' own CPU clocks ({@code CLOCK_THREAD_CPUTIME_ID}) are exact to the
 * nanosecond, but they exist only for Java threads (not the JVM's garbage collection threads, not
 * threads that have ended), and reading one costs a system call.
 *
 * <p>So the estimate advances by the exact CPU time of the threads that were recently busy and of the
 * calling thread, read at every call, and is held between the kernel's figure {@code K}, which is never more than the truth,
 * and {@code K + }{@link #SLACK_NANOS}, which is never less: whatever the busy threads miss arrives
 * when the kernel's figure passes the estimate. Every Java thread is read at most once per
 * {@link #SCAN_NANOS}, which also decides which threads count as busy. Any sum of intervals is
 * therefore within 20 ms of CPU time of the truth, however short the intervals.
 */
final class ProcessCpuTime implements AutoCloseable {

    /** How often every Java thread is read, which decides the busy ones. */
    static final long SCAN_NANOS = 10_000_000;

    /** The kernel's truncation: user and system time each cut down to a 10 ms tick. */
    static final long SLACK_NANOS = 20_000_000;

    /** The CPU clocks of the JVM's threads. */
    interface ThreadClocks {
        /** The ids of the live threads. */
        long[] ids();

        /** Fills each thread's CPU time in ns, or -1 for a thread that has ended or cannot tell. */
        void cpuNanos(long[] ids, long[] into);

        /** The id of the calling thread, which is read at every call: it is often the one doing the work. */
        long currentId();
    }

    private final LongSupplier kernelNanos;
    private final ThreadClocks threads;
    private final Clock clock;
    private final AutoCloseable resources;
    private Map<Long, Long> lastSeen = new HashMap<>();
    private long[] busy = new long[0];
    private long[] busyLast = new long[0];
    private long[] busyNow = new long[0];
    private long scannedAt;
    private long estimate;

    /**
     * @param kernelNanos the process's CPU time as the kernel counts it (whole ticks), negative when unknown
     * @param threads the threads' own CPU clocks
     * @param resources what the kernel figure reads, closed with this
     */
    ProcessCpuTime(LongSupplier kernelNanos, ThreadClocks threads, Clock clock, AutoCloseable resources) {
        this.kernelNanos = kernelNanos;
        this.threads = threads;
        this.clock = clock;
        this.resources = resources;
        scan();
        // What the threads ran before is no sign of what runs now: nobody counts as busy at first.
        busy = new long[0];
        busyLast = busy;
        busyNow = busy;
        this.estimate = Math.max(0, kernelNanos.getAsLong());
    }

    /** The estimate now, in ns; never less than an earlier answer. */
    synchronized long nanos() {
        long advance = clock.monotonicTime() - scannedAt >= SCAN_NANOS ? scan() : busyAdvance();
        long next = estimate + advance;
        long kernel = kernelNanos.getAsLong();
        if (kernel >= 0) {
            next = Math.min(Math.max(next, kernel), kernel + SLACK_NANOS);
        }
        estimate = Math.max(estimate, next);
        return estimate;
    }

    /** Reads every thread: their advance since each was last read, and which of them moved. */
    private long scan() {
        for (int i = 0; i < busy.length; i++) {
            lastSeen.put(busy[i], busyLast[i]);
        }
        long[] ids = threads.ids();
        long[] times = new long[ids.length];
        threads.cpuNanos(ids, times);
        Map<Long, Long> seen = new HashMap<>(ids.length * 2);
        long[] moved = new long[ids.length];
        long[] movedTimes = new long[ids.length];
        int count = 0;
        long advance = 0;
        for (int i = 0; i < ids.length; i++) {
            if (times[i] < 0) {
                continue;
            }
            // A thread not seen at the previous scan started since: all its CPU time is new.
            long delta = Math.max(0, times[i] - lastSeen.getOrDefault(ids[i], 0L));
            advance += delta;
            seen.put(ids[i], times[i]);
            if (delta > 0) {
                moved[count] = ids[i];
                movedTimes[count++] = times[i];
            }
        }
        lastSeen = seen;
        busy = Arrays.copyOf(moved, count);
        busyLast = Arrays.copyOf(movedTimes, count);
        busyNow = new long[count];
        scannedAt = clock.monotonicTime();
        return advance;
    }

    /** Re-reads the busy threads and the calling one: their advance since they were last read. */
    private long busyAdvance() {
        long caller = threads.currentId();
        if (!isBusy(caller)) {
            // Until the next scan the caller counts as busy, from where that scan saw it (or from 0 if it is new).
            busy = Arrays.copyOf(busy, busy.length + 1);
            busy[busy.length - 1] = caller;
            busyLast = Arrays.copyOf(busyLast, busy.length);
            busyLast[busy.length - 1] = lastSeen.getOrDefault(caller, 0L);
            busyNow = new long[busy.length];
        }
        threads.cpuNanos(busy, busyNow);
        long advance = 0;
        for (int i = 0; i < busy.length; i++) {
            if (busyNow[i] > busyLast[i]) {
                advance += busyNow[i] - busyLast[i];
                busyLast[i] = busyNow[i];
            }
        }
        return advance;
    }

    private boolean isBusy(long id) {
        for (long busyId : busy) {
            if (busyId == id) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        try {
            resources.close();
        } catch (Exception e) {
            // Read-only kernel files: nothing measured is lost when closing one fails.
        }
    }
}
