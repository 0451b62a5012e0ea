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
 * calling thread, read at every call (but see below), and is held between the kernel's figure {@code K}, which is never more than the truth,
 * and {@code K + }{@link #SLACK_NANOS}, which is never less: whatever the busy threads miss arrives
 * when the kernel's figure passes the estimate. Every Java thread is read at most once per
 * {@link #SCAN_NANOS}, which also decides which threads count as busy. Any sum of intervals is
 * therefore within 20 ms of CPU time of the truth, however short the intervals.
 *
 * <p>A call less than {@link #REREAD_NANOS} after the busy threads were last read, by a thread that was
 * among them, reads no clock: it charges the calling thread the wall time since that reading, which no
 * thread's CPU clock can outrun. That bound is never less than the truth and never more than
 * {@link #REREAD_NANOS} above it, and the next reading takes the excess back from what follows, so a
 * step shorter than that is charged its wall time and any sum stays exact within it. A logger called in
 * a tight loop thus pays the clock's system call once per {@link #REREAD_NANOS}, not once per call;
 * steps of 100 µs, the shortest the additivity goal names, are always read.
 */
final class ProcessCpuTime implements AutoCloseable {

    /** How often every Java thread is read, which decides the busy ones. */
    static final long SCAN_NANOS = 10_000_000;

    /** The kernel's truncation: user and system time each cut down to a 10 ms tick. */
    static final long SLACK_NANOS = 20_000_000;

    /** How long after a reading of the busy threads the calling one is bounded by wall time instead. */
    static final long REREAD_NANOS = 10_000;

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
    private long[] busyRead = new long[0];
    private long scannedAt;
    private long readAt;
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
        scan(clock.monotonicTime());
        // What the threads ran before is no sign of what runs now: nobody counts as busy at first.
        busy = new long[0];
        busyLast = busy;
        busyNow = busy;
        busyRead = busy;
        this.estimate = Math.max(0, kernelNanos.getAsLong());
    }

    /** The estimate now, in ns; never less than an earlier answer. */
    synchronized long nanos() {
        long now = clock.monotonicTime();
        long advance;
        if (now - scannedAt >= SCAN_NANOS) {
            advance = scan(now);
        } else if (now - readAt < REREAD_NANOS) {
            advance = callerBound(threads.currentId(), now);
        } else {
            advance = busyAdvance(now);
        }
        long next = estimate + advance;
        long kernel = kernelNanos.getAsLong();
        if (kernel >= 0) {
            next = Math.min(Math.max(next, kernel), kernel + SLACK_NANOS);
        }
        estimate = Math.max(estimate, next);
        return estimate;
    }

    /**
     * Reads every thread: their advance since each was last counted, and which of them moved. A thread's
     * count is its clock, or more where a wall-time bound charged it ahead of its clock.
     */
    private long scan(long now) {
        for (int i = 0; i < busy.length; i++) {
            lastSeen.put(busy[i], busyLast[i]);
        }
        long[] ids = threads.ids();
        long[] times = new long[ids.length];
        threads.cpuNanos(ids, times);
        Map<Long, Long> seen = new HashMap<>(ids.length * 2);
        long[] moved = new long[ids.length];
        long[] movedCounts = new long[ids.length];
        long[] movedTimes = new long[ids.length];
        int count = 0;
        long advance = 0;
        for (int i = 0; i < ids.length; i++) {
            if (times[i] < 0) {
                continue;
            }
            // A thread not seen at the previous scan started since: all its CPU time is new.
            long last = lastSeen.getOrDefault(ids[i], 0L);
            long counted = Math.max(times[i], last);
            advance += counted - last;
            seen.put(ids[i], counted);
            if (counted > last) {
                moved[count] = ids[i];
                movedCounts[count] = counted;
                movedTimes[count++] = times[i];
            }
        }
        lastSeen = seen;
        busy = Arrays.copyOf(moved, count);
        busyLast = Arrays.copyOf(movedCounts, count);
        busyNow = new long[count];
        busyRead = Arrays.copyOf(movedTimes, count);
        scannedAt = now;
        readAt = now;
        return advance;
    }

    /** Re-reads the busy threads and the calling one: their advance since they were last read. */
    private long busyAdvance(long now) {
        long caller = threads.currentId();
        if (!isBusy(caller)) {
            // Until the next scan the caller counts as busy, from where that scan saw it (or from 0 if it is new).
            busy = Arrays.copyOf(busy, busy.length + 1);
            busy[busy.length - 1] = caller;
            busyLast = Arrays.copyOf(busyLast, busy.length);
            busyLast[busy.length - 1] = lastSeen.getOrDefault(caller, 0L);
            busyNow = new long[busy.length];
            busyRead = new long[busy.length];
        }
        threads.cpuNanos(busy, busyNow);
        System.arraycopy(busyNow, 0, busyRead, 0, busy.length);
        readAt = now;
        long advance = 0;
        for (int i = 0; i < busy.length; i++) {
            if (busyNow[i] > busyLast[i]) {
                advance += busyNow[i] - busyLast[i];
                busyLast[i] = busyNow[i];
            }
        }
        return advance;
    }

    /**
     * The calling thread's advance up to the bound of its last reading plus the wall time since, or a
     * reading of all the busy threads where the caller is not among them.
     */
    private long callerBound(long caller, long now) {
        int i = indexOf(caller);
        if (i < 0 || busyRead[i] < 0) {
            return busyAdvance(now);
        }
        long bound = busyRead[i] + (now - readAt);
        if (bound <= busyLast[i]) {
            return 0;
        }
        long advance = bound - busyLast[i];
        busyLast[i] = bound;
        return advance;
    }

    private boolean isBusy(long id) {
        return indexOf(id) >= 0;
    }

    private int indexOf(long id) {
        for (int i = 0; i < busy.length; i++) {
            if (busy[i] == id) {
                return i;
            }
        }
        return -1;
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
