package io.github.carbon4j.meter;

import io.github.carbon4j.Clock;
import io.github.carbon4j.Power;
import io.github.carbon4j.Scope;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What choosing the CPU and RAM meters needs from a configuration, and nothing more; the façade
 * ({@code CarbonConfig}) builds it. Immutable.
 *
 * @param scope whose energy is counted: this JVM's share or the whole machine
 * @param cpuPower a fixed CPU power that replaces any measurement, empty to measure or estimate
 * @param ramPower a fixed RAM power, empty to measure or estimate
 * @param cpuTdp the CPU's TDP for the TDP model, empty to look the CPU model up
 * @param powercapRoot where the RAPL zones are listed, {@code /sys/class/powercap}
 * @param raplPsys whether to prefer the psys zone (whole platform) over the packages
 * @param clock times every reading
 * @since 0.3
 */
public record MeterSettings(
        Scope scope,
        Optional<Power> cpuPower,
        Optional<Power> ramPower,
        Optional<Power> cpuTdp,
        Path powercapRoot,
        boolean raplPsys,
        Clock clock) {}
