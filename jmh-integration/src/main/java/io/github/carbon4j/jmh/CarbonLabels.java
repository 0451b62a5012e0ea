package io.github.carbon4j.jmh;

import java.util.List;

/**
 * The labels and units of the profiler's secondary results, as they appear in JMH's result table,
 * in {@code -rf json} under {@code secondaryMetrics}, and in {@code RunResult#getSecondaryResults()}.
 * Renaming one breaks every script and budget that reads it: they are pinned by a test.
 *
 * <p>Per-iteration figures ({@link #ENERGY}, {@link #CO2E}) aggregate as sums over the measurement
 * iterations of all forks; per-operation figures, rates and powers as means. A result the profiler
 * could not measure is {@code NaN}, never zero.
 *
 * @since 0.1
 */
public final class CarbonLabels {

    /** Energy of the iteration, PUE applied, in {@link #JOULES}; summed. */
    public static final String ENERGY = "carbon.energy";
    /** Energy per operation (the iteration's energy over its operation count), in {@link #JOULES_PER_OP}; averaged. */
    public static final String ENERGY_PER_OP = "carbon.energy.norm";
    /** Emissions of the iteration in {@link #GRAMS} of CO2 equivalent; summed. */
    public static final String CO2E = "carbon.co2e";
    /** Emissions per operation in {@link #GRAMS_PER_OP} of CO2 equivalent; averaged. */
    public static final String CO2E_PER_OP = "carbon.co2e.norm";
    /** Emissions over the iteration's duration in {@link #GRAMS_PER_SECOND}; averaged. */
    public static final String CO2E_RATE = "carbon.co2e.rate";
    /** Mean CPU power of the iteration in {@link #WATTS}; averaged. */
    public static final String POWER_CPU = "carbon.power.cpu";
    /** Mean GPU power of the iteration in {@link #WATTS} (0 without a GPU meter); averaged. */
    public static final String POWER_GPU = "carbon.power.gpu";
    /** Mean RAM power of the iteration in {@link #WATTS}; averaged. */
    public static final String POWER_RAM = "carbon.power.ram";
    /** The iteration's part of the machine's embodied emissions in {@link #GRAMS}; summed (since 0.2). */
    public static final String EMBODIED = "carbon.embodied";
    /** Embodied emissions per operation in {@link #GRAMS_PER_OP}; averaged (since 0.2). */
    public static final String EMBODIED_PER_OP = "carbon.embodied.norm";
    /** The iteration's SCI, operational plus embodied emissions, in {@link #GRAMS}; summed (since 0.2). */
    public static final String SCI = "carbon.sci";
    /** SCI per operation, the Software Carbon Intensity of one operation, in {@link #GRAMS_PER_OP}; averaged (since 0.2). */
    public static final String SCI_PER_OP = "carbon.sci.norm";

    public static final String JOULES = "J";
    public static final String JOULES_PER_OP = "J/op";
    public static final String GRAMS = "g";
    public static final String GRAMS_PER_OP = "g/op";
    public static final String GRAMS_PER_SECOND = "g/s";
    public static final String WATTS = "W";

    /** Every label, in the order the profiler returns them. */
    public static final List<String> ALL = List.of(ENERGY, ENERGY_PER_OP, CO2E, CO2E_PER_OP, CO2E_RATE,
            POWER_CPU, POWER_GPU, POWER_RAM, EMBODIED, EMBODIED_PER_OP, SCI, SCI_PER_OP);

    private CarbonLabels() {}
}
