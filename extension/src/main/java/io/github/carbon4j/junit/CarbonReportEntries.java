package io.github.carbon4j.junit;

import java.util.List;

/**
 * The keys of the report entry each tracked test publishes (one entry per test, all keys in it).
 * Numbers are plain decimals in the unit the key documents; IDEs and the console launcher show them,
 * Maven Surefire drops them (the run summary on standard output and the report files carry the same
 * figures). Renaming a key breaks users: they are pinned by a test. Constants only, no state.
 *
 * @since 0.1
 */
public final class CarbonReportEntries {

    /** The carbon context the test is a step of. */
    public static final String CONTEXT = "carbon4j.context";
    /** The step number within the context, from 0. */
    public static final String STEP = "carbon4j.step";
    /** Emissions of the test in gCO2eq. */
    public static final String EMISSIONS = "carbon4j.emissions";
    /** Total energy of the test in J, with PUE applied. */
    public static final String ENERGY = "carbon4j.energy";
    /** CPU energy in J, without PUE. */
    public static final String CPU_ENERGY = "carbon4j.cpu.energy";
    /** GPU energy in J, without PUE. */
    public static final String GPU_ENERGY = "carbon4j.gpu.energy";
    /** RAM energy in J, without PUE. */
    public static final String RAM_ENERGY = "carbon4j.ram.energy";
    /** Duration of the measured interval in seconds. */
    public static final String DURATION = "carbon4j.duration";
    /** Carbon intensity used, in gCO2eq/kWh. */
    public static final String INTENSITY = "carbon4j.intensity";
    /** {@code true} when other tests ran during this one, so machine-level figures were shared. */
    public static final String OVERLAPPED = "carbon4j.overlapped";
    /** One readable line: energy, how each component was measured, intensity and its source. */
    public static final String EXPLAIN = "carbon4j.explain";
    /** The test's part of the machine's embodied emissions in gCO2eq (since 0.2). */
    public static final String EMBODIED = "carbon4j.embodied";
    /** The test's SCI in gCO2eq: {@link #EMISSIONS} (operational) plus {@link #EMBODIED} (since 0.2). */
    public static final String SCI = "carbon4j.sci";

    /** Every key above, in the order of this class. */
    public static final List<String> ALL = List.of(
            CONTEXT,
            STEP,
            EMISSIONS,
            ENERGY,
            CPU_ENERGY,
            GPU_ENERGY,
            RAM_ENERGY,
            DURATION,
            INTENSITY,
            OVERLAPPED,
            EXPLAIN,
            EMBODIED,
            SCI);

    private CarbonReportEntries() {}
}
