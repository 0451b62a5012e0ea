package io.github.carbon4j.meter;

import io.github.carbon4j.Clock;
import io.github.carbon4j.Component;
import io.github.carbon4j.Energy;
import io.github.carbon4j.MeasurementMethod;

/**
 * The machine's CPU energy estimated as TDP × (0.1 + 0.9·u³) integrated over time, u being the
 * machine's CPU load over its latest full window ({@link MachineLoad}), integrated exactly to the
 * instant each reading asks for. Thread-safe.
 *
 * <p>Why not this JVM's own CPU time, which is exact for any interval, as a lower bound of the load?
 * Because the cube makes any spike count far more than it weighs: this JVM's figure arrives partly in
 * steps (its garbage collection and compiler threads have no clock of their own), and a step of 10 ms
 * in a 10 ms interval reads as a full load. Measured on this project's two-CPU runner, that bound put
 * 10 ms steps 42 % above one step of the same work; the window alone keeps them within a few percent.
 */
final class TdpLoadMeter implements EnergyMeter {

    private final MachineLoad machine;
    private final Clock clock;
    private final double machineTdpWatts;
    private final MeasurementMethod method;
    private long lastAt;
    private double joules;

    TdpLoadMeter(MachineLoad machine, Clock clock, CpuTdp tdp) {
        this.machine = machine;
        this.clock = clock;
        this.machineTdpWatts = tdp.machine().watts();
        this.method = MeasurementMethod.estimated("TDP model", tdp.detail() + "; power = TDP × (0.1 + 0.9·load³)");
        this.lastAt = clock.monotonicTime();
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
            joules += machineTdpWatts * loadFactor(machine.at(atNanos)) * nanos / 1e9;
            lastAt = atNanos;
        }
        return Energy.ofJoules(joules);
    }

    @Override
    public void close() {
        machine.close();
    }
}
