package io.github.carbon4j.meter;

import io.github.carbon4j.CarbonConfig;
import io.github.carbon4j.Component;
import io.github.carbon4j.MeasurementMethod;
import io.github.carbon4j.Power;
import io.github.carbon4j.Scope;
import java.io.IOException;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/** Chooses and builds the meters for one configuration on one platform. Not thread-safe; used once. */
final class Detection {

    private final CarbonConfig config;
    private final Platform platform;
    private HardwareInfo hardware;
    private CpuTimes cpuTimes;

    Detection(CarbonConfig config, Platform platform) {
        this.config = config;
        this.platform = platform;
    }

    /** A fixed power, else RAPL, else the TDP model; scaled to this JVM in process scope. */
    EnergyMeter cpu() {
        EnergyMeter machine = config.cpuPower()
                .map(power -> fixed(Component.CPU, power, "fixed power"))
                .or(() -> RaplZones.open(config.powercapRoot(), config.raplPsys(), platform.files(), this::tdpModel))
                .orElseGet(this::tdpModel);
        if (config.scope() == Scope.MACHINE) {
            return machine;
        }
        return new ProcessShareMeter(machine, Shares.cpu(cpuTimes()), "process share by CPU time");
    }

    /**
     * A fixed power, else the RAPL dram zones (nothing added where the CPU's psys includes memory), else
     * the DIMM model; scaled by resident memory in process scope.
     */
    EnergyMeter ram() {
        HardwareInfo hw = hardware();
        Supplier<EnergyMeter> dimms = () -> new FixedPowerMeter(Component.RAM,
                DimmModel.power(hw.totalMemoryBytes(), hw.arm()), config.clock(),
                MeasurementMethod.estimated("DIMM model", DimmModel.describe(hw.totalMemoryBytes(), hw.arm())));
        EnergyMeter machine = config.ramPower()
                .map(power -> fixed(Component.RAM, power, "fixed power"))
                .or(() -> RaplZones.openDram(config.powercapRoot(), config.cpuPower().isEmpty()
                        && RaplZones.choosesPsys(config.powercapRoot(), config.raplPsys(), platform.files()),
                        platform.files(), config.clock(), dimms))
                .orElseGet(dimms);
        if (config.scope() == Scope.MACHINE) {
            return machine;
        }
        return new ProcessShareMeter(machine, residentShare(hw), "process share by resident memory");
    }

    private EnergyMeter tdpModel() {
        HardwareInfo hw = hardware();
        return new TdpLoadMeter(cpuTimes(), CpuTdp.choose(config.cpuTdp(), hw, CpuTdpTable.bundled()), hw.logicalCpus());
    }

    private EnergyMeter fixed(Component component, Power power, String name) {
        return new FixedPowerMeter(component, power, config.clock(),
                MeasurementMethod.configured(name, power.toString()));
    }

    private HardwareInfo hardware() {
        if (hardware == null) {
            hardware = platform.hardware().get();
        }
        return hardware;
    }

    private CpuTimes cpuTimes() {
        if (cpuTimes == null) {
            CpuTimes.TickSource ticks;
            try {
                ticks = new CpuTimes.ProcStatTicks(platform.files().open(platform.procRoot().resolve("stat")));
            } catch (IOException e) {
                ticks = platform.otherTicks().get();
            }
            cpuTimes = new CpuTimes(Throttle.ticks(ticks, config.clock()), platform.processCpuNanos(), config.clock());
        }
        return cpuTimes;
    }

    private ProcessShareMeter.Share residentShare(HardwareInfo hw) {
        try {
            KernelFiles.KernelFile statm = platform.files().open(platform.procRoot().resolve("self").resolve("statm"));
            LongSupplier resident = () -> {
                synchronized (statm) {
                    try {
                        return KernelText.parseStatmResidentPages(statm.read()) * hw.pageSizeBytes();
                    } catch (IOException | IllegalArgumentException e) {
                        return -1;
                    }
                }
            };
            return Shares.resident(Throttle.figure(resident, config.clock()), hw.totalMemoryBytes(), statm);
        } catch (IOException e) {
            return Shares.resident(Throttle.figure(platform.otherResidentBytes().get(), config.clock()),
                    hw.totalMemoryBytes(), () -> {});
        }
    }
}
