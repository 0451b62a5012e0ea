package io.github.carbon4j.meter;

import io.github.carbon4j.Component;
import io.github.carbon4j.Energy;
import io.github.carbon4j.MeasurementMethod;

/**
 * The machine's CPU energy estimated as TDP × (0.1 + 0.9·u³) integrated over time, u being the
 * machine's CPU load over exactly each interval between reads. Thread-safe.
 */
final class TdpLoadMeter implements EnergyMeter {

    private final CpuTimes times;
    private final double machineTdpWatts;
    private final int logicalCpus;
    private final MeasurementMethod method;
    private CpuSample last;
    private double joules;

    TdpLoadMeter(CpuTimes times, CpuTdp tdp, int logicalCpus) {
        this.times = times;
        this.machineTdpWatts = tdp.machine().watts();
        this.logicalCpus = logicalCpus;
        this.method = MeasurementMethod.estimated("TDP model", tdp.detail() + "; power = TDP × (0.1 + 0.9·load³)");
        this.last = times.sample();
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
    public synchronized Energy read() {
        CpuSample now = times.sample();
        long nanos = now.nanos() - last.nanos();
        if (nanos > 0) {
            joules += machineTdpWatts * loadFactor(now.loadSince(last, logicalCpus)) * nanos / 1e9;
            last = now;
        }
        return Energy.ofJoules(joules);
    }

    @Override
    public void close() {
        times.close();
    }
}
