package io.github.carbon4j.nvml;

/**
 * The energy of one device as it accrues: from its energy counter or from its power over time.
 * Not thread-safe; the meter serialises calls.
 */
abstract sealed class Channel permits Channel.Counter, Channel.PowerOverTime {

    final GpuDevice device;

    private Channel(GpuDevice device) {
        this.device = device;
    }

    /**
     * Joules since the previous call (or since opening), never negative.
     *
     * @param nanos the clock's monotonic time now
     * @throws NvmlException when NVML fails for this device
     */
    abstract double advance(Nvml nvml, long nanos);

    /** Whether this channel reads a hardware counter rather than integrating power. */
    abstract boolean counter();

    /** The delta of {@code nvmlDeviceGetTotalEnergyConsumption}, millijoules since driver load. */
    static final class Counter extends Channel {
        private long last;

        Counter(GpuDevice device, long firstMillijoules) {
            super(device);
            this.last = firstMillijoules;
        }

        @Override
        double advance(Nvml nvml, long nanos) {
            long now = nvml.totalEnergyMillijoules(device.handle());
            // A reloaded driver restarts the counter from zero: that interval counts nothing, not minus everything.
            long delta = Math.max(0, now - last);
            last = now;
            return delta / 1000.0;
        }

        @Override
        boolean counter() {
            return true;
        }
    }

    /**
     * {@code nvmlDeviceGetPowerUsage} integrated by the trapezoid rule between samples, for devices
     * without the energy counter (before Volta).
     */
    static final class PowerOverTime extends Channel {
        private long lastMilliwatts;
        private long lastNanos;

        PowerOverTime(GpuDevice device, long firstMilliwatts, long nanos) {
            super(device);
            this.lastMilliwatts = firstMilliwatts;
            this.lastNanos = nanos;
        }

        @Override
        double advance(Nvml nvml, long nanos) {
            long milliwatts = nvml.powerMilliwatts(device.handle());
            long elapsed = Math.max(0, nanos - lastNanos);
            double joules = (lastMilliwatts + milliwatts) / 2.0 / 1000.0 * elapsed / 1e9;
            lastMilliwatts = milliwatts;
            lastNanos = Math.max(lastNanos, nanos);
            return joules;
        }

        @Override
        boolean counter() {
            return false;
        }
    }
}
