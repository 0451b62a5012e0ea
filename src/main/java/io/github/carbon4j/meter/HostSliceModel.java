package io.github.carbon4j.meter;

import io.github.carbon4j.Power;
import io.github.carbon4j.internal.Decimals;

/**
 * RAM power of a virtual machine or a container: its memory is a slice of a host's DIMMs, so it draws
 * in proportion to its size rather than as whole DIMMs of its own. 0.392 W per GB is the memory
 * coefficient of Cloud Carbon Footprint's methodology (Apache-2.0), itself from cloud providers'
 * server specifications; an estimate. Pure.
 */
final class HostSliceModel {

    static final double WATTS_PER_GB = 0.392;

    private HostSliceModel() {}

    static Power power(long bytes) {
        return Power.ofWatts(WATTS_PER_GB * bytes / 1e9);
    }

    /** For reports: {@code "23.5 GiB slice of a host, 0.392 W/GB (virtual machine)"}. */
    static String describe(long bytes, String why) {
        return Decimals.fixed(bytes / (double) (1L << 30), 1) + " GiB slice of a host, " + WATTS_PER_GB + " W/GB ("
                + why + ")";
    }
}
