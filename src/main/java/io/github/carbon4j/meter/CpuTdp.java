package io.github.carbon4j.meter;

import io.github.carbon4j.Power;
import java.util.Optional;

/**
 * The TDP the TDP × load model uses, and where it came from. Immutable.
 *
 * @param perSocket thermal design power of one socket
 * @param sockets how many sockets the machine has
 * @param detail where the figure came from, for reports
 */
record CpuTdp(Power perSocket, int sockets, String detail) {

    /** Per logical CPU when the model is not in the table. */
    static final Power PER_LOGICAL_CPU = Power.ofWatts(4);
    /** When not even the model name is known. */
    static final Power GENERIC = Power.ofWatts(85);

    /** The machine's TDP: all sockets. */
    Power machine() {
        return perSocket.times(sockets);
    }

    /**
     * Chooses the TDP: the configured one, else the table's for the model, else 4 W per logical CPU for
     * an unknown model, else 85 W per socket.
     */
    static CpuTdp choose(Optional<Power> configured, HardwareInfo hardware, CpuTdpTable table) {
        int sockets = hardware.sockets();
        String of = sockets == 1 ? "" : " per socket × " + sockets + " sockets";
        if (configured.isPresent()) {
            return new CpuTdp(configured.get(), sockets, "configured TDP " + configured.get() + of);
        }
        if (hardware.cpuName().isEmpty()) {
            return new CpuTdp(GENERIC, sockets, "CPU model unknown, generic TDP " + GENERIC + of);
        }
        String name = hardware.cpuName().get();
        Optional<CpuTdpTable.Match> match = table.find(name);
        if (match.isPresent()) {
            return new CpuTdp(
                    match.get().tdp(),
                    sockets,
                    name + " as " + match.get().tableName() + ", TDP "
                            + match.get().tdp() + of);
        }
        // The logical CPU count covers every socket already, so the machine figure is not multiplied again.
        Power machine = PER_LOGICAL_CPU.times(hardware.logicalCpus());
        return new CpuTdp(
                machine.times(1.0 / sockets),
                sockets,
                name + " not in the TDP table, " + hardware.logicalCpus() + " logical CPUs × " + PER_LOGICAL_CPU + " = "
                        + machine);
    }
}
