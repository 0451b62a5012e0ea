package io.github.carbon4j.meter;

import java.util.function.LongSupplier;

/** The two process shares: of the machine's busy CPU time, and of its memory. */
final class Shares {

    private Shares() {}

    /**
     * This JVM's share of the machine's busy CPU time over each interval (see
     * {@link CpuSample#processShareSince}). Busy time rather than all CPU time, because whoever keeps a
     * CPU busy also keeps it out of its idle states: the idle floor is shared out too, and the shares of
     * all processes add up to the whole machine. An interval without a tick extends into the next one.
     */
    static ProcessShareMeter.Share cpu(CpuTimes times) {
        return new ProcessShareMeter.Share() {
            private CpuSample last = times.sample();
            private long mark;

            @Override
            public synchronized void beforeMachineRead() {
                mark = times.taken();
            }

            @Override
            public synchronized double next() {
                // The TDP model, when it is the machine meter, has just sampled: share its sample.
                CpuSample now = times.sampleSince(mark);
                double share = now.processShareSince(last);
                if (!Double.isNaN(share)) {
                    last = now;
                }
                return share;
            }

            @Override
            public void close() {
                times.close();
            }
        };
    }

    /** This JVM's resident memory over the machine's memory, now; NaN when either is unknown. */
    static ProcessShareMeter.Share resident(LongSupplier residentBytes, long totalBytes, AutoCloseable source) {
        return new ProcessShareMeter.Share() {
            @Override
            public double next() {
                long resident = residentBytes.getAsLong();
                return resident < 0 || totalBytes <= 0 ? Double.NaN : Math.min(1, (double) resident / totalBytes);
            }

            @Override
            public void close() {
                try {
                    source.close();
                } catch (Exception e) {
                    // A read-only kernel file: nothing to lose when closing it fails.
                }
            }
        };
    }
}
