package io.github.carbon4j.meter;

import io.github.carbon4j.Clock;
import io.github.carbon4j.Component;
import io.github.carbon4j.Energy;
import io.github.carbon4j.MeasurementMethod;

/**
 * The process scope of RAM: attributes to this JVM its share of the energy a machine meter reads.
 * Between two reads it adds Δmachine × share, the share being the one read at the later of them, so
 * the result is cumulative and monotone like any meter, whichever spans read it. Thread-safe.
 *
 * <p>Until a first share is known the whole machine's energy is attributed: an upper bound, never a
 * silent zero. An interval whose share cannot be told keeps the previous share.
 */
final class ProcessShareMeter implements EnergyMeter {

    /** The process's share of the machine, now. */
    interface Share extends AutoCloseable {
        /** A share in [0, 1], or NaN when it cannot be told now. */
        double next();

        @Override
        default void close() {}
    }

    private final EnergyMeter machine;
    private final Share share;
    private final Clock clock;
    private final ScopedMethod method;
    private double lastMachine;
    private double lastShare = 1;
    private double joules;

    ProcessShareMeter(EnergyMeter machine, Share share, Clock clock, String how) {
        this.machine = machine;
        this.share = share;
        this.clock = clock;
        this.method = new ScopedMethod(how);
        this.lastMachine = machine.read(clock.monotonicTime()).joules();
        remember(share.next());
    }

    @Override
    public Component component() {
        return machine.component();
    }

    @Override
    public MeasurementMethod method() {
        return method.of(machine.method());
    }

    @Override
    public Energy read() {
        return read(clock.monotonicTime());
    }

    @Override
    public synchronized Energy read(long atNanos) {
        double now = machine.read(atNanos).joules();
        remember(share.next());
        joules += Math.max(0, now - lastMachine) * lastShare;
        lastMachine = Math.max(lastMachine, now);
        return Energy.ofJoules(joules);
    }

    private void remember(double next) {
        if (next >= 0 && next <= 1) {
            lastShare = next;
        }
    }

    @Override
    public void close() {
        try {
            machine.close();
        } finally {
            share.close();
        }
    }
}
