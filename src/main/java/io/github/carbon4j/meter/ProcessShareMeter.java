package io.github.carbon4j.meter;

import io.github.carbon4j.Component;
import io.github.carbon4j.Energy;
import io.github.carbon4j.MeasurementMethod;

/**
 * The process scope: attributes to this JVM its share of the energy a machine meter reads. Between
 * two reads it adds Δmachine × share, the share being that of the same interval, so the result is
 * cumulative and monotone like any meter, whichever spans read it. Thread-safe.
 *
 * <p>Until a first share is known the whole machine's energy is attributed: an upper bound, never a
 * silent zero. An interval whose share cannot be told keeps the previous share.
 */
final class ProcessShareMeter implements EnergyMeter {

    /** The process's share of the machine over the interval since the previous call. */
    interface Share extends AutoCloseable {
        /** Called right before each read of the machine meter, which {@link #next()} follows. */
        default void beforeMachineRead() {}

        /** A share in [0, 1], or NaN when it cannot be told for this interval. */
        double next();

        @Override
        default void close() {}
    }

    private final EnergyMeter machine;
    private final Share share;
    private final String how;
    private double lastMachine;
    private double lastShare = 1;
    private double joules;
    private MeasurementMethod machineMethod;
    private MeasurementMethod method;

    ProcessShareMeter(EnergyMeter machine, Share share, String how) {
        this.machine = machine;
        this.share = share;
        this.how = how;
        share.beforeMachineRead();
        this.lastMachine = machine.read().joules();
        remember(share.next());
    }

    @Override
    public Component component() {
        return machine.component();
    }

    @Override
    public synchronized MeasurementMethod method() {
        MeasurementMethod current = machine.method();
        if (current != machineMethod) {
            // The machine meter may degrade once; the label follows it.
            machineMethod = current;
            String detail = current.detail().isEmpty() ? how : current.detail() + "; " + how;
            method = new MeasurementMethod(current.kind(), current.name(), detail);
        }
        return method;
    }

    @Override
    public synchronized Energy read() {
        share.beforeMachineRead();
        double now = machine.read().joules();
        remember(share.next());
        joules += Math.max(0, now - lastMachine) * lastShare;
        lastMachine = now;
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
