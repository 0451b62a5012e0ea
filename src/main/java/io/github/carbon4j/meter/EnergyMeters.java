package io.github.carbon4j.meter;

import io.github.carbon4j.Clock;
import io.github.carbon4j.Component;
import io.github.carbon4j.Energy;
import io.github.carbon4j.MachineHardware;
import io.github.carbon4j.MeasurementMethod;
import io.github.carbon4j.Power;
import io.github.carbon4j.Scope;
import io.github.carbon4j.internal.Notices;
import java.util.function.Supplier;

/**
 * Chooses the meters of this machine once, from the configuration: for the CPU a fixed power, else
 * Linux RAPL, else the TDP × load model; for RAM a fixed power, else the DIMM model; the GPU meter
 * (NVML, else none) is chosen by the caller. Thread-safe; every method returns new meters.
 *
 * @since 0.1
 */
public final class EnergyMeters {

    private EnergyMeters() {}

    /**
     * The best CPU and RAM meters this machine and the settings allow, beside the given GPU meter, which
     * is closed if they cannot be opened. Never throws for a missing sensor; degraded measurement is
     * reported once to the notices. Not API: the façade ({@code CarbonLogger.start}) calls it.
     *
     * @param settings the meter configuration: scope, fixed powers, TDP, RAPL zones, clock
     * @param gpu the GPU meter, chosen first: it is the one that rejects bad configuration, before any
     *     kernel file is open to leak
     * @param notices where degraded measurement is reported, once per cause
     * @return the CPU, GPU and RAM meters, to be closed by the caller
     */
    public static Meters detect(MeterSettings settings, EnergyMeter gpu, Notices notices) {
        return detect(settings, gpu, notices, true);
    }

    /**
     * As {@link #detect(MeterSettings, EnergyMeter, Notices)}, optionally without the thread that samples
     * the machine's CPU load for the TDP model ten times a second: the readings then sample it themselves,
     * once a 100 ms window has passed, which suits steps of 100 ms or more (JMH iterations) and leaves the
     * measured work alone between readings. RAPL's wrap guard, which reads only when nothing else has read
     * for half a minute or more, stays.
     *
     * @param settings the meter configuration: scope, fixed powers, TDP, RAPL zones, clock
     * @param gpu the GPU meter, closed if the others cannot be opened
     * @param notices where degraded measurement is reported, once per cause
     * @param backgroundSampling false for no load sampler thread
     * @return the CPU, GPU and RAM meters, to be closed by the caller
     * @since 0.2
     */
    public static Meters detect(MeterSettings settings, EnergyMeter gpu, Notices notices, boolean backgroundSampling) {
        // NVML's energy counter moves every 20–100 ms: read between its updates at their latest power.
        EnergyMeter stepped = new SteppedCounterMeter(gpu, settings.clock());
        try {
            Detection detection = new Detection(settings, Platform.system(), notices, backgroundSampling);
            EnergyMeter cpu = detection.cpu();
            try {
                return new Meters(cpu, stepped, detection.ram());
            } catch (RuntimeException | Error e) {
                cpu.close();
                throw e;
            }
        } catch (RuntimeException | Error e) {
            stepped.close();
            throw e;
        }
    }

    /**
     * Starts, on another thread, the slowest part of opening this machine's meters for the settings: the
     * JDK's thread MXBean in process scope. A caller that then probes the GPU first gets both done in the
     * time of one on a machine with two CPUs or more. Returns at once; {@link #detect} waits where it
     * must.
     *
     * @param settings the meter configuration whose scope decides
     * @since 0.2
     */
    public static void prepare(MeterSettings settings) {
        if (settings.scope() == Scope.PROCESS) {
            Platform.prepareThreadClocks();
        }
    }

    /**
     * The hardware facts of this machine as the meters probe them (once per JVM), with the GPUs the
     * given meters read, for reports. Never throws: what cannot be probed is empty or the JVM's own
     * view.
     *
     * @param meters the meters whose GPU devices are listed
     * @return the CPU model, logical CPUs, memory, GPUs and sockets of this machine
     */
    public static MachineHardware hardware(Meters meters) {
        HardwareInfo hw = Platform.system().hardware().get();
        return new MachineHardware(
                hw.cpuName(),
                hw.logicalCpus(),
                hw.totalMemoryBytes(),
                meters.gpu().devices(),
                hw.sockets());
    }

    /**
     * A meter for a constant power, as given in configuration.
     *
     * @param component the component measured
     * @param power the constant power
     * @param clock the clock whose monotonic time the energy is integrated over
     * @return a meter whose energy is the power times the time since it was made
     */
    public static EnergyMeter fixed(Component component, Power power, Clock clock) {
        return new FixedPowerMeter(
                component, power, clock, MeasurementMethod.configured("fixed power", power.toString()));
    }

    /**
     * A meter over a cumulative energy measured elsewhere (a smart plug, a PDU, a test's script).
     * Readings that go down count as no new energy, so the meter never decreases; whatever the
     * supplier throws reaches the caller (the logger's callers treat it as a broken sensor).
     *
     * @param component the component measured
     * @param method how the supplier's figure is obtained, as reports should show it
     * @param cumulative energy since any fixed origin, read at every step
     * @return a meter that reads the supplier's energy, never decreasing
     */
    public static EnergyMeter of(Component component, MeasurementMethod method, Supplier<Energy> cumulative) {
        return new SuppliedMeter(component, method, cumulative);
    }

    /**
     * A meter for a component that is not measured: zero energy, method "none".
     *
     * @param component the component not measured
     * @return a meter that always reads zero
     */
    public static EnergyMeter none(Component component) {
        return new NoMeter(component);
    }
}
