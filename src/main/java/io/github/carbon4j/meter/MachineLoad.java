package io.github.carbon4j.meter;

import io.github.carbon4j.Clock;
import io.github.carbon4j.internal.Notices;
import java.io.IOException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.DoubleUnaryOperator;

/**
 * The machine's CPU load, turned into a power curve's factor and integrated over time: the integral is
 * a function of time alone, the same whoever reads it and however often. Thread-safe.
 *
 * <p>The kernel counts the machine's CPU time in 10 ms ticks per CPU, so only a window of many ticks
 * tells a load: over {@link #WINDOW_NANOS} on two CPUs a tick is 5 %. The load is sampled once per
 * window, by a daemon thread ({@link #startSampling}) or, without one, by the first reading after a
 * window has passed; between samples the integral goes on at the lesser factor of the latest two
 * windows. A power
 * curve that is not linear (the TDP model's cube) would otherwise give the same work a different cost
 * when it is logged in short steps than in one long one; with windows fixed by the sampler, both see
 * the same windows. Before the first window the machine's average since boot stands in.
 */
final class MachineLoad implements AutoCloseable {

    /** A window of 20 ticks of each CPU. */
    static final long WINDOW_NANOS = 100_000_000;

    private final CpuTimes.TickSource ticks;
    private final DoubleUnaryOperator curve;
    private final Notices notices;
    private final long[] scratch = new long[2];
    private long sampledAt;
    private long busy;
    private long total;
    private double factor;
    private double ahead;
    private double factorSeconds;
    private volatile boolean closed;
    private Thread sampler;

    /**
     * @param ticks the machine's CPU time
     * @param curve the power curve's factor at a load in [0, 1]
     * @param notices where a failing read is reported, once
     */
    MachineLoad(CpuTimes.TickSource ticks, DoubleUnaryOperator curve, long startNanos, Notices notices) {
        this.ticks = ticks;
        this.curve = curve;
        this.notices = notices;
        this.sampledAt = startNanos;
        double load = 0;
        if (read()) {
            busy = scratch[0];
            total = scratch[1];
            load = total > 0 ? (double) busy / total : 0;
        }
        this.factor = curve.applyAsDouble(clamp(load));
        this.ahead = factor;
    }

    /** Samples on a daemon thread once per window, on this clock, until closed. */
    synchronized void startSampling(Clock clock) {
        sampler = new Thread(new Sampling(clock), "carbon4j-load-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** The sampler thread's body: a class, not a lambda a starting JVM would spin. */
    private final class Sampling implements Runnable {
        private final Clock clock;

        Sampling(Clock clock) {
            this.clock = clock;
        }

        @Override
        public void run() {
            while (!closed) {
                long wait;
                synchronized (MachineLoad.this) {
                    long now = clock.monotonicTime();
                    tick(now);
                    wait = sampledAt + WINDOW_NANOS - now;
                }
                LockSupport.parkNanos(Math.max(wait, 1_000_000));
            }
        }
    }

    /** What the sampler does at each wake-up: a sample if a window has passed. */
    synchronized void tick(long atNanos) {
        sampleIfDue(atNanos);
    }

    /** The integral of the curve's factor from the start to {@code atNanos}, in seconds. */
    synchronized double factorSecondsAt(long atNanos) {
        sampleIfDue(atNanos);
        return factorSeconds + ahead * Math.max(0, atNanos - sampledAt) / 1e9;
    }

    private void sampleIfDue(long atNanos) {
        if (atNanos - sampledAt < WINDOW_NANOS || !read()) {
            return;
        }
        // Busy over all CPU time rather than over wall time × CPUs: the kernel counts both in the same ticks.
        long totalDelta = scratch[1] - total;
        double windowFactor =
                totalDelta > 0 ? curve.applyAsDouble(clamp((double) (scratch[0] - busy) / totalDelta)) : factor;
        factorSeconds += windowFactor * (atNanos - sampledAt) / 1e9;
        // Ahead of the samples, the lesser of the latest two windows: a reading that runs ahead of the
        // integral must wait for it, so going on at a swinging load's high would hold readings up.
        ahead = Math.min(factor, windowFactor);
        factor = windowFactor;
        sampledAt = atNanos;
        busy = scratch[0];
        total = scratch[1];
    }

    private boolean read() {
        try {
            ticks.read(scratch);
            return true;
        } catch (IOException | RuntimeException e) {
            notices.warn(
                    "cpu.ticks",
                    "cannot read the machine's CPU time (" + e.getMessage()
                            + "); the CPU load stays at its latest figure");
            return false;
        }
    }

    private static double clamp(double load) {
        return load > 1 ? 1 : load > 0 ? load : 0;
    }

    @Override
    public void close() {
        closed = true;
        Thread thread;
        synchronized (this) {
            thread = sampler;
        }
        if (thread != null) {
            LockSupport.unpark(thread);
        }
        ticks.close();
    }
}
