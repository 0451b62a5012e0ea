package io.github.carbon4j.meter;

import io.github.carbon4j.Clock;
import io.github.carbon4j.Component;
import io.github.carbon4j.Energy;
import io.github.carbon4j.MeasurementMethod;

/**
 * The machine's CPU energy estimated as TDP × (0.1 + 0.9·u³) integrated over time, u being the
 * machine's CPU load over each window of {@link MachineLoad}, exactly to the instant each reading asks
 * for. A reading never goes below an earlier one: where the latest window turns out less busy than the
 * one before, readings taken during it go on at the model's floor until the integral passes them, by at
 * most one window's swing. Thread-safe.
 *
 * <p>Why not this JVM's own CPU time, exact for any interval, as a lower bound of the load? Because the
 * cube makes any spike count far more than it weighs: this JVM's figure arrives partly in steps (its
 * garbage collection and compiler threads have no clock of their own), and a step of 10 ms in a 10 ms
 * interval reads as a full load. Measured on a two-CPU runner, that bound put 10 ms steps 42 % above
 * one step of the same work.
 */
final class TdpLoadMeter implements EnergyMeter {

    private final MachineLoad machine;
    private final Clock clock;
    private final double machineTdpWatts;
    private final MeasurementMethod method;
    private final double origin;
    private double joules;
    private long lastAt;

    TdpLoadMeter(MachineLoad machine, Clock clock, CpuTdp tdp) {
        this.machine = machine;
        this.clock = clock;
        this.machineTdpWatts = tdp.machine().watts();
        this.method = MeasurementMethod.estimated("TDP model", tdp.detail() + "; power = TDP × (0.1 + 0.9·load³)");
        this.lastAt = clock.monotonicTime();
        this.origin = machine.factorSecondsAt(lastAt);
    }

    /** {@link #loadFactor(double)} as the machine load takes it: a class, not a lambda a starting JVM would spin. */
    static final java.util.function.DoubleUnaryOperator LOAD_FACTOR = new java.util.function.DoubleUnaryOperator() {
        @Override
        public double applyAsDouble(double load) {
            return loadFactor(load);
        }
    };

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
        // A reading that ran ahead of the integral goes on at the model's floor, which the integral never
        // falls below, so that no interval reads 0 J while the integral catches up.
        double floor = atNanos > lastAt ? machineTdpWatts * loadFactor(0) * (atNanos - lastAt) / 1e9 : 0;
        joules = Math.max(joules + floor, machineTdpWatts * (machine.factorSecondsAt(atNanos) - origin));
        lastAt = Math.max(lastAt, atNanos);
        return Energy.ofJoules(joules);
    }

    @Override
    public void close() {
        machine.close();
    }
}
