package io.github.carbon4j.nvml;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs the power sampler periodically; tests drive it by hand instead of sleeping.
 */
interface Ticker {

    /** Starts calling {@code tick} periodically until {@link #stop()}. */
    void start(Runnable tick);

    /** Stops; idempotent. */
    void stop();

    /** Every {@code periodMillis} on one daemon thread, so that it never keeps a JVM alive. */
    static Ticker daemon(long periodMillis) {
        return new Ticker() {
            private ScheduledExecutorService executor;

            @Override
            public synchronized void start(Runnable tick) {
                executor = Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread thread = new Thread(r, "carbon4j-gpu-power");
                    thread.setDaemon(true);
                    return thread;
                });
                executor.scheduleAtFixedRate(tick, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
            }

            @Override
            public synchronized void stop() {
                if (executor != null) {
                    executor.shutdownNow();
                }
            }
        };
    }
}
