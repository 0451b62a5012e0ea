package io.github.carbon4j.nvml;

/** A {@link Ticker} that ticks when the test says so. */
final class ManualTicker implements Ticker {

    private Runnable tick;
    int starts;
    int stops;

    @Override
    public void start(Runnable tick) {
        this.tick = tick;
        starts++;
    }

    @Override
    public void stop() {
        stops++;
    }

    /** Runs one sample, as the background thread would. */
    void tick() {
        if (tick == null) {
            throw new IllegalStateException("the sampler was never started");
        }
        tick.run();
    }

    boolean running() {
        return starts > stops;
    }
}
