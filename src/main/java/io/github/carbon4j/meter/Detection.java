package io.github.carbon4j.meter;

import io.github.carbon4j.Clock;
import io.github.carbon4j.Component;
import io.github.carbon4j.MeasurementMethod;
import io.github.carbon4j.Power;
import io.github.carbon4j.Scope;
import io.github.carbon4j.internal.Notices;
import java.io.IOException;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/** Chooses and builds the meters for one configuration on one platform. Not thread-safe; used once. */
final class Detection {

    /** Ended children's CPU time moves in whole ticks: reading it ten times a second is plenty. */
    private static final long CHILDREN_INTERVAL_NANOS = 100_000_000;

    private final MeterSettings config;
    private final Platform platform;
    private final Notices notices;
    private final Clock clock;
    private final boolean backgroundSampling;
    private HardwareInfo hardware;
    private LongSupplier kernelCpu;
    private AutoCloseable childrenFile = KernelFigure.NONE;
    private ProcessCpuTime processCpu;

    Detection(MeterSettings config, Platform platform, Notices notices) {
        this(config, platform, notices, true);
    }

    /**
     * @param backgroundSampling whether the TDP model's machine load is sampled by a daemon thread once per
     *     window; without it, by the readings themselves (see {@link MachineLoad})
     */
    Detection(MeterSettings config, Platform platform, Notices notices, boolean backgroundSampling) {
        this.config = config;
        this.platform = platform;
        this.notices = notices;
        this.clock = config.clock();
        this.backgroundSampling = backgroundSampling;
    }

    /**
     * A fixed power, else RAPL, else the TDP model. In process scope this JVM's CPU time is priced at
     * the machine's power per logical CPU (see {@link ProcessCpuMeter}).
     */
    EnergyMeter cpu() {
        // Ifs, not Optional chains: each lambda of a chain is a class a starting JVM spins.
        EnergyMeter measured = measuredCpu();
        if (config.scope() == Scope.MACHINE) {
            return measured != null ? measured : tdpModel();
        }
        int cpus = hardware().logicalCpus();
        // The price before processCpu(), which reads the threads' clocks: the TDP is looked up while the thread
        // MXBean's lookup, begun on another thread (Platform.prepareThreadClocks), finishes.
        if (measured != null) {
            ProcessCpuMeter.Price price = ProcessCpuMeter.machine(measured, cpus, clock);
            return new ProcessCpuMeter(
                    processCpu(),
                    price,
                    clock,
                    "this JVM's CPU time × the machine's power per logical CPU (" + cpus + ")");
        }
        ProcessCpuMeter.Price price = ProcessCpuMeter.fullLoad(tdp(), cpus);
        return new ProcessCpuMeter(
                processCpu(), price, clock, "this JVM's CPU time × TDP per logical CPU (" + cpus + ")");
    }

    /** The machine's CPU at a fixed power, else by RAPL; null when neither. */
    private EnergyMeter measuredCpu() {
        if (config.cpuPower().isPresent()) {
            return fixed(Component.CPU, config.cpuPower().get(), "fixed power");
        }
        Optional<EnergyMeter> rapl = RaplZones.open(
                config.powercapRoot(),
                config.raplPsys(),
                platform.files(),
                clock,
                notices,
                new Fallback(this, null, 0, false));
        return rapl.isPresent() ? new SteppedCounterMeter(rapl.get(), clock) : null;
    }

    /**
     * A fixed power, else the RAPL dram zones (nothing added where the CPU's psys includes memory), else
     * a model of the memory: whole DIMMs on a physical machine, a slice of the host's in a virtual machine
     * or a container with a memory limit. Scaled by resident memory in process scope.
     */
    EnergyMeter ram() {
        HardwareInfo hw = hardware();
        long limit = MemoryProbe.cgroupLimit(platform.files(), platform.procRoot());
        long memory = limit > 0 && (hw.totalMemoryBytes() == 0 || limit < hw.totalMemoryBytes())
                ? limit
                : hw.totalMemoryBytes();
        EnergyMeter machine = machineRam(new Fallback(this, hw, memory, limit > 0 && memory == limit));
        if (config.scope() == Scope.MACHINE) {
            return machine;
        }
        return new ProcessShareMeter(machine, residentShare(hw, memory), clock, "process share by resident memory");
    }

    private EnergyMeter machineRam(Fallback model) {
        if (config.ramPower().isPresent()) {
            return fixed(Component.RAM, config.ramPower().get(), "fixed power");
        }
        Optional<EnergyMeter> rapl = RaplZones.openDram(
                config.powercapRoot(),
                config.cpuPower().isEmpty()
                        && RaplZones.choosesPsys(config.powercapRoot(), config.raplPsys(), platform.files(), notices),
                platform.files(),
                clock,
                notices,
                model);
        return rapl.isPresent() ? rapl.get() : model.get();
    }

    /** The estimate a RAPL meter falls back to: the TDP model for the CPU, the memory model for RAM. */
    private record Fallback(Detection detection, HardwareInfo hw, long memory, boolean limited)
            implements Supplier<EnergyMeter> {
        @Override
        public EnergyMeter get() {
            return hw == null ? detection.tdpModel() : detection.memoryModel(hw, memory, limited);
        }
    }

    private EnergyMeter memoryModel(HardwareInfo hw, long memory, boolean limited) {
        String slice = limited
                ? "container memory limit"
                : MemoryProbe.underHypervisor(platform.files(), platform.procRoot()) ? "virtual machine" : "";
        if (slice.isEmpty()) {
            return new FixedPowerMeter(
                    Component.RAM,
                    DimmModel.power(memory, hw.arm()),
                    clock,
                    MeasurementMethod.estimated("DIMM model", DimmModel.describe(memory, hw.arm())));
        }
        return new FixedPowerMeter(
                Component.RAM,
                HostSliceModel.power(memory),
                clock,
                MeasurementMethod.estimated("memory size model", HostSliceModel.describe(memory, slice)));
    }

    private CpuTdp tdp() {
        return CpuTdp.choose(config.cpuTdp(), hardware(), CpuTdpTable.bundled());
    }

    private EnergyMeter tdpModel() {
        return new TdpLoadMeter(machineLoad(), clock, tdp());
    }

    private EnergyMeter fixed(Component component, Power power, String name) {
        return new FixedPowerMeter(component, power, clock, MeasurementMethod.configured(name, power.toString()));
    }

    private HardwareInfo hardware() {
        if (hardware == null) {
            hardware = platform.hardware().get();
            if (hardware.problem().isPresent()) {
                notices.warn("hardware.probe", hardware.problem().get());
            }
        }
        return hardware;
    }

    private ProcessCpuTime processCpu() {
        if (processCpu == null) {
            processCpu = new ProcessCpuTime(kernelCpu(), platform.threads(), clock, childrenFile);
        }
        return processCpu;
    }

    /** The JVM's CPU time as the kernel counts it, with that of its ended children once they were waited for. */
    private LongSupplier kernelCpu() {
        if (kernelCpu == null) {
            // The kernel's figure moves in 10 ms ticks and only bounds the exact estimate: once a millisecond is
            // plenty.
            kernelCpu = KernelFigure.withChildren(Throttle.figure(platform.processCpuNanos(), clock), childrenCpu());
        }
        return kernelCpu;
    }

    private LongSupplier childrenCpu() {
        try {
            KernelFiles.KernelFile stat =
                    platform.files().open(platform.procRoot().resolve("self").resolve("stat"));
            childrenFile = stat;
            return Throttle.figure(KernelFigure.childrenCpuNanos(stat), clock, CHILDREN_INTERVAL_NANOS);
        } catch (IOException e) {
            return KernelFigure.NONE;
        }
    }

    private MachineLoad machineLoad() {
        CpuTimes.TickSource ticks;
        try {
            ticks = new CpuTimes.ProcStatTicks(
                    platform.files().open(platform.procRoot().resolve("stat")));
        } catch (IOException e) {
            ticks = platform.otherTicks().get();
        }
        MachineLoad load = new MachineLoad(ticks, TdpLoadMeter.LOAD_FACTOR, clock.monotonicTime(), notices);
        if (clock == Clock.SYSTEM && backgroundSampling) {
            // Another clock is a test's, which moves the machine by hand: it samples on reads alone.
            load.startSampling(clock);
        }
        return load;
    }

    private ProcessShareMeter.Share residentShare(HardwareInfo hw, long memory) {
        try {
            KernelFiles.KernelFile statm =
                    platform.files().open(platform.procRoot().resolve("self").resolve("statm"));
            LongSupplier resident = KernelFigure.residentBytes(statm, hw.pageSizeBytes());
            return Shares.resident(Throttle.figure(resident, clock), memory, statm);
        } catch (IOException e) {
            return Shares.resident(
                    Throttle.figure(platform.otherResidentBytes().get(), clock), memory, KernelFigure.NONE);
        }
    }
}
