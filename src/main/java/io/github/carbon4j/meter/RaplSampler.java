package io.github.carbon4j.meter;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Reads a RAPL meter's counters in the background, often enough that no counter can wrap twice
 * between two reads, so that every decrease seen is exactly one wrap ({@link RaplCounter}).
 *
 * <p>A counter of range R µJ drawn at P W wraps every R / P µs. No package draws more than
 * {@link #CEILING_WATTS}; reading every R / {@link #CEILING_WATTS} / {@link #SAFETY} leaves the
 * sampler room to be late by as much again (a GC pause, a loaded machine, a suspended thread) before
 * a wrap could be missed. On Intel (R = 262 kJ) that is every 131 s, on AMD (R = 65.5 kJ) every 33 s.
 * A read for a logged step counts too: the sampler reads only when nothing else has for a whole
 * period, so a logger that reads often keeps it asleep. It runs only where a RAPL meter was opened.
 */
final class RaplSampler {

    /**
     * The most a RAPL zone is taken to draw, in W: twice the highest package TDP sold (500 W, Xeon 6980P
     * and EPYC 9965). Also the rate at which mirrored counters may move apart between two file reads.
     */
    static final double CEILING_WATTS = 1000;
    /** The sampler may run this many times later than its period before a wrap could go unseen. */
    static final int SAFETY = 2;
    /** For a zone that does not state its range: 2^32 µJ, the narrowest counter any RAPL interface has. */
    static final long UNKNOWN_RANGE_UJ = 1L << 32;
    /** Never busier than this, whatever a (fake) range says. */
    static final long MIN_PERIOD_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    /** What the sampler drives: the meter. */
    interface Target {
        /**
         * Reads the counters if nothing has read them for a whole period.
         *
         * @return nanoseconds until a read is due again, or a negative number when there is nothing
         *     left to sample (closed, or degraded to an estimate)
         */
        long sampleIfDue();

        /** The background reader stopped on this failure; the target says so once. */
        void samplerFailed(RuntimeException e);
    }

    /** Starts the sampling of a meter; returns what stops it. Tests start none and drive the target. */
    @FunctionalInterface
    interface Starter {
        Runnable start(String threadName, Target target);
    }

    /** A daemon thread per meter. */
    static final Starter DAEMON = new Threads(true);

    /** No thread: the test calls {@link Target#sampleIfDue()} itself. */
    static final Starter MANUAL = new Threads(false);

    private RaplSampler() {}

    /** The longest period that still sees every wrap of every zone, in ns. */
    static long periodNanos(List<RaplZone> zones) {
        long shortest = Long.MAX_VALUE;
        for (RaplZone zone : zones) {
            long range = zone.maxRangeMicrojoules() > 0 ? zone.maxRangeMicrojoules() : UNKNOWN_RANGE_UJ;
            // µJ / W = µs; × 1000 = ns.
            shortest = Math.min(shortest, (long) (range / CEILING_WATTS / SAFETY * 1000));
        }
        return Math.max(MIN_PERIOD_NANOS, shortest);
    }

    /**
     * The starters, with a sampling thread or manual (nothing started, nothing to stop). Classes rather than
     * lambdas, which RaplZones would spin at every start even without RAPL; so are the two below.
     */
    private static final class Threads implements Starter, Runnable {
        private final boolean threads;

        Threads(boolean threads) {
            this.threads = threads;
        }

        @Override
        public Runnable start(String threadName, Target sampled) {
            if (!threads) {
                return this;
            }
            Thread sampler = new Thread(new Sampling(sampled), threadName);
            sampler.setDaemon(true);
            sampler.start();
            return new Stopping(sampler);
        }

        /** What stops a manual sampler: nothing. */
        @Override
        public void run() {}
    }

    /** The sampling thread's body. */
    private record Sampling(Target target) implements Runnable {
        @Override
        public void run() {
            RaplSampler.run(target);
        }
    }

    /** What stops a sampling thread. */
    private record Stopping(Thread thread) implements Runnable {
        @Override
        public void run() {
            stop(thread);
        }
    }

    private static void stop(Thread thread) {
        thread.interrupt();
        if (Thread.currentThread() != thread) {
            try {
                // It only ever waits for the meter's lock, which close() does not hold while stopping it.
                thread.join(TimeUnit.SECONDS.toMillis(1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void run(Target target) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                long wait = target.sampleIfDue();
                if (wait < 0) {
                    return;
                }
                TimeUnit.NANOSECONDS.sleep(Math.max(wait, MIN_PERIOD_NANOS));
            }
        } catch (InterruptedException e) {
            // Stopped by close().
        } catch (RuntimeException e) {
            target.samplerFailed(e);
        }
    }
}
