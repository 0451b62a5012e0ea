package io.github.carbon4j.meter;

import io.github.carbon4j.Clock;
import io.github.carbon4j.Component;
import io.github.carbon4j.Energy;
import io.github.carbon4j.MeasurementMethod;

/**
 * The CPU in process scope: this JVM's CPU time, each second of it priced at what one logical CPU of
 * the machine draws. Thread-safe.
 *
 * <p>The rule, as the README states it: a CPU-second of this JVM costs the machine's power divided by
 * its logical CPUs. A JVM that sleeps costs nothing, whatever the machine draws while idle; a machine
 * that is fully busy is shared out completely; the part of an idle machine's power that nobody's CPU
 * time covers is nobody's. Measured machines (RAPL, a configured power, a supplied meter) are priced
 * at their power over the latest window of at least {@link #WINDOW_NANOS} (a counter that moves in
 * steps of a millisecond gives no power over a shorter one). The TDP estimate is priced at its full
 * load, TDP per logical CPU, as CodeCarbon's process mode does: its cubic curve would otherwise make
 * the cost of the same work depend on what else runs on the machine, by a factor of up to four on a
 * two-CPU runner, and that is noise a budget must not see.
 */
final class ProcessCpuMeter implements EnergyMeter {

    /** The window over which a measured machine's power is taken. */
    static final long WINDOW_NANOS = 10_000_000;

    /** The power of one logical CPU of the machine, at an instant. */
    interface Price extends AutoCloseable {
        double wattsPerCpu(long atNanos);

        MeasurementMethod machineMethod();

        @Override
        default void close() {}
    }

    private final ProcessCpuTime cpu;
    private final Price price;
    private final Clock clock;
    private final ScopedMethod method;
    private long lastCpu;
    private double joules;

    ProcessCpuMeter(ProcessCpuTime cpu, Price price, Clock clock, String how) {
        this.cpu = cpu;
        this.price = price;
        this.clock = clock;
        this.method = new ScopedMethod(how);
        this.lastCpu = cpu.nanos();
        price.wattsPerCpu(clock.monotonicTime());
    }

    /** The TDP model at full load: TDP per logical CPU, whatever the load. */
    static Price fullLoad(CpuTdp tdp, int logicalCpus) {
        double watts = tdp.machine().watts() / Math.max(1, logicalCpus);
        MeasurementMethod method = MeasurementMethod.estimated("TDP model", tdp.detail());
        return new Price() {
            @Override
            public double wattsPerCpu(long atNanos) {
                return watts;
            }

            @Override
            public MeasurementMethod machineMethod() {
                return method;
            }
        };
    }

    /** A measured machine's power over its latest window, per logical CPU. */
    static Price machine(EnergyMeter machine, int logicalCpus, Clock clock) {
        return new MachinePrice(machine, Math.max(1, logicalCpus), clock.monotonicTime());
    }

    @Override
    public Component component() {
        return Component.CPU;
    }

    @Override
    public MeasurementMethod method() {
        return method.of(price.machineMethod());
    }

    @Override
    public Energy read() {
        return read(clock.monotonicTime());
    }

    @Override
    public synchronized Energy read(long atNanos) {
        long now = cpu.nanos();
        double watts = price.wattsPerCpu(atNanos);
        joules += (now - lastCpu) / 1e9 * watts;
        lastCpu = now;
        return Energy.ofJoules(joules);
    }

    @Override
    public void close() {
        try {
            price.close();
        } finally {
            cpu.close();
        }
    }

    /** The machine's power from the start of the previous window of at least {@link #WINDOW_NANOS} to now. */
    private static final class MachinePrice implements Price {

        private final EnergyMeter machine;
        private final int logicalCpus;
        private long previousAt;
        private double previousJoules;
        private long currentAt;
        private double currentJoules;
        private double watts;

        MachinePrice(EnergyMeter machine, int logicalCpus, long startNanos) {
            this.machine = machine;
            this.logicalCpus = logicalCpus;
            this.previousAt = startNanos;
            this.currentAt = startNanos;
            this.previousJoules = machine.read(startNanos).joules();
            this.currentJoules = previousJoules;
        }

        @Override
        public synchronized double wattsPerCpu(long atNanos) {
            double joules = machine.read(atNanos).joules();
            if (atNanos - currentAt >= WINDOW_NANOS) {
                previousAt = currentAt;
                previousJoules = currentJoules;
                currentAt = atNanos;
                currentJoules = joules;
            }
            if (atNanos > previousAt) {
                watts = (joules - previousJoules) * 1e9 / (atNanos - previousAt);
            }
            return watts / logicalCpus;
        }

        @Override
        public MeasurementMethod machineMethod() {
            return machine.method();
        }

        @Override
        public void close() {
            machine.close();
        }
    }
}
