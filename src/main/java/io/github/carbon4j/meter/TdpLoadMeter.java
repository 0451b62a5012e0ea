package io.github.carbon4j.meter;

import io.github.carbon4j.Clock;
import io.github.carbon4j.Component;
import io.github.carbon4j.Energy;
import io.github.carbon4j.MeasurementMethod;

/**
 * The machine's CPU energy estimated as TDP × (0.1 + 0.9·u³) integrated over time, u being the
 * machine's CPU load over each interval between reads: the machine's load over its latest full window
 * ({@link MachineLoad}), or this JVM's own load over the interval ({@link ProcessCpuTime}, exact
 * however short) where that is more, since this JVM is part of the machine. Integrated exactly to the
 * instant each reading asks for. Thread-safe.
 */
final class TdpLoadMeter implements EnergyMeter {

    private final ProcessCpuTime own;
    private final MachineLoad machine;
    private final Clock clock;
    private final double machineTdpWatts;
    private final int logicalCpus;
    private final MeasurementMethod method;
    private long lastAt;
    private long lastOwn;
    private double joules;

    TdpLoadMeter(ProcessCpuTime own, MachineLoad machine, Clock clock, CpuTdp tdp, int logicalCpus) {
        this.own = own;
        this.machine = machine;
        this.clock = clock;
        this.machineTdpWatts = tdp.machine().watts();
        this.logicalCpus = Math.max(1, logicalCpus);
        this.method = MeasurementMethod.estimated("TDP model", tdp.detail() + "; power = TDP × (0.1 + 0.9·load³)");
        this.lastAt = clock.monotonicTime();
        this.lastOwn = own.nanos();
    }

    /** The share of TDP drawn at load u in [0, 1]: a 10 % floor, rising with the cube of the load. */
    static double loadFactor(double load) {
        return 0.1 + 0.9 * load * load * load;
    }

    @Override
    public Component component() {
        return Component.CPU;
    }

    @Override
    public MeasurementMethod method() {
        return method;
    }

    @Override
    public Energy read() {
        return read(clock.monotonicTime());
    }

    @Override
    public synchronized Energy read(long atNanos) {
        long nanos = atNanos - lastAt;
        if (nanos > 0) {
            long cpu = own.nanos();
            double ownLoad = (double) (cpu - lastOwn) / ((double) nanos * logicalCpus);
            double load = Math.min(1, Math.max(ownLoad, machine.at(atNanos)));
            joules += machineTdpWatts * loadFactor(load) * nanos / 1e9;
            lastAt = atNanos;
            lastOwn = cpu;
        }
        return Energy.ofJoules(joules);
    }

    @Override
    public void close() {
        try {
            machine.close();
        } finally {
            own.close();
        }
    }
}
