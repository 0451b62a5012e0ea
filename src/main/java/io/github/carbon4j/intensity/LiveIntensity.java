package io.github.carbon4j.intensity;

import io.github.carbon4j.Clock;
import io.github.carbon4j.internal.Notices;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

/**
 * The grid's carbon intensity while a logger runs: the offline figure of the configured place, or
 * with {@code carbon4j.intensity.provider} set, the live figure of Electricity Maps or the
 * UK Carbon Intensity API, asked once at start and again at most once an hour.
 *
 * <p>{@link #current()} is a volatile read: when the figure is an hour old it hands the refresh to a
 * daemon thread and returns at once with the figure it has. Any failure of a live provider (network,
 * timeout, HTTP status, malformed answer, unknown zone) gives one notice and the offline figure of the
 * place until the next try an hour later; it never throws. Thread-safe. Close to stop the refresh thread.
 *
 * @since 0.2
 */
public final class LiveIntensity implements AutoCloseable {

    /** The providers publish hourly or half-hourly figures: asking more often would only repeat them. */
    static final long REFRESH_NANOS = 3_600_000_000_000L; // an hour; not a Duration, whose classes a start would load

    static final String FAILURE_NOTICE = "intensity.live.failed";

    private final IntensityEstimate offline;
    private final Optional<GridFeed> feed;
    private final Clock clock;
    private final Notices notices;
    private final Executor refresher;
    private final Runnable stop;
    private final String secret;
    /** Guards {@link #refreshing}: a private lock, so no caller holding this object can hold a refresh up. */
    private final Object refreshLock = new Object();

    /** Guarded by refreshLock: not an AtomicBoolean, whose VarHandle classes every start would load for it. */
    private boolean refreshing;

    private volatile IntensityEstimate current;
    private volatile long askedAt;
    private volatile boolean closed;

    LiveIntensity(
            IntensityEstimate offline,
            Optional<GridFeed> feed,
            Clock clock,
            Notices notices,
            Executor refresher,
            Runnable stop,
            String secret) {
        this.offline = offline;
        this.feed = feed;
        this.clock = clock;
        this.notices = notices;
        this.refresher = refresher;
        this.stop = stop;
        this.secret = secret;
        this.current = offline;
        if (feed.isPresent()) {
            refresh();
        }
    }

    /**
     * The intensity the configuration asks for, live when a provider is configured; asks the provider
     * once before returning (at most 2 s). Not API: the façade ({@code CarbonLogger}) starts it.
     *
     * @param config the configured place, fixed intensity or mix, and live provider
     * @param notices where a failing provider or an unknown location is reported, once
     * @return the started intensity, to be closed by the caller
     * @throws IllegalArgumentException for an unknown location, or a live provider without its token
     */
    public static LiveIntensity start(IntensitySettings config, Notices notices) {
        IntensityEstimate offline = CarbonIntensities.resolve(config, System.getenv(), notices);
        Optional<GridFeed> feed = new GridFeeds(CarbonIntensities.Tables.INSTANCE).feed(config);
        if (feed.isEmpty()) {
            return new LiveIntensity(offline, feed, config.clock(), notices, Offline.INSTANCE, Offline.INSTANCE, "");
        }
        ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "carbon4j-intensity");
            t.setDaemon(true);
            return t;
        });
        return new LiveIntensity(
                offline,
                feed,
                config.clock(),
                notices,
                thread,
                thread::shutdownNow,
                config.electricityMapsToken().orElse(""));
    }

    /**
     * Without a feed, the refresher runs nothing on no thread and closing stops nothing: one class rather
     * than two lambdas, which every start without a live provider would spin.
     */
    private static final class Offline implements Executor, Runnable {
        static final Offline INSTANCE = new Offline();

        @Override
        public void execute(Runnable task) {
            task.run();
        }

        @Override
        public void run() {
            // nothing to stop
        }
    }

    /** {@return the figure current now, never blocking on the network: the last live figure, else the offline one} */
    public IntensityEstimate current() {
        if (feed.isPresent() && !closed && clock.monotonicTime() - askedAt >= REFRESH_NANOS && beginRefresh()) {
            try {
                refresher.execute(this::refreshAndRelease);
            } catch (RejectedExecutionException e) {
                endRefresh(); // closed: keep the figure we have
            }
        }
        return current;
    }

    /** {@return the figure of the configured place from the bundled tables, used when the live one fails} */
    public IntensityEstimate offline() {
        return offline;
    }

    /** Stops the refresh thread. Idempotent. */
    @Override
    public void close() {
        closed = true;
        stop.run();
    }

    private boolean beginRefresh() {
        synchronized (refreshLock) {
            if (refreshing) {
                return false;
            }
            refreshing = true;
            return true;
        }
    }

    private void endRefresh() {
        synchronized (refreshLock) {
            refreshing = false;
        }
    }

    private void refreshAndRelease() {
        try {
            refresh();
        } finally {
            endRefresh();
        }
    }

    private void refresh() {
        GridFeed source = feed.orElseThrow();
        askedAt = clock.monotonicTime();
        try {
            current = source.fetch();
        } catch (IOException | RuntimeException e) {
            if (closed) {
                return; // interrupted by close: the logger has taken its last figure
            }
            current = offline;
            notices.warn(
                    FAILURE_NOTICE + "." + source.describe(),
                    scrub("live carbon intensity from " + source.describe() + " failed (" + e.getMessage()
                            + "); using " + offline.intensity() + " (" + offline.source()
                            + ") until it answers, asking again at most"
                            + " once an hour"));
        }
    }

    /** No message carries the token, whatever a library put into an exception. */
    private String scrub(String message) {
        return secret.isEmpty() ? message : message.replace(secret, "***");
    }
}
