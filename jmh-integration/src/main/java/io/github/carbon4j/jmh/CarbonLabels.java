package io.github.carbon4j.jmh;

import java.util.List;
import java.util.Map;

/**
 * The labels and units of the profiler's secondary results, as they appear in JMH's result table,
 * in {@code -rf json} under {@code secondaryMetrics}, and in {@code RunResult#getSecondaryResults()}.
 * Renaming one breaks every script and budget that reads it: they are pinned by a test.
 *
 * <p>The words are the API's ({@code energy}, {@code emissions}, {@code sci}); the prefix is the
 * profiler's name, {@code carbon} as in {@code -prof carbon}, the way JMH's own {@code gc} profiler
 * labels {@code gc.alloc.rate}, which keeps JMH's table readable. Before 0.3 the emissions labels
 * said {@code co2e} ({@link #LEGACY}); readers of result files accept both.
 *
 * <p>Per-iteration figures ({@link #ENERGY}, {@link #EMISSIONS}) aggregate as sums over the measurement
 * iterations of all forks; per-operation figures, rates and powers as means. A result the profiler
 * could not measure is {@code NaN}, never zero. Constants and a pure function, no state.
 *
 * @since 0.1
 */
public final class CarbonLabels {

    /** Energy of the iteration, PUE applied, in {@link #JOULES}; summed. */
    public static final String ENERGY = "carbon.energy";
    /** Energy per operation (the iteration's energy over its operation count), in {@link #MICROJOULES_PER_OP}; averaged. */
    public static final String ENERGY_PER_OP = "carbon.energy.norm";
    /** Emissions of the iteration in {@link #MICROGRAMS} of CO2 equivalent; summed (since 0.3). */
    public static final String EMISSIONS = "carbon.emissions";
    /** Emissions per operation in {@link #PICOGRAMS_PER_OP} of CO2 equivalent; averaged (since 0.3). */
    public static final String EMISSIONS_PER_OP = "carbon.emissions.norm";
    /** Emissions over the iteration's duration in {@link #MICROGRAMS_PER_SECOND}; averaged (since 0.3). */
    public static final String EMISSIONS_RATE = "carbon.emissions.rate";
    /** The label of {@link #EMISSIONS} before 0.3, found in older result files. */
    @Deprecated
    public static final String CO2E = "carbon.co2e";
    /** The label of {@link #EMISSIONS_PER_OP} before 0.3, found in older result files. */
    @Deprecated
    public static final String CO2E_PER_OP = "carbon.co2e.norm";
    /** The label of {@link #EMISSIONS_RATE} before 0.3, found in older result files. */
    @Deprecated
    public static final String CO2E_RATE = "carbon.co2e.rate";
    /** Mean CPU power of the iteration in {@link #WATTS}; averaged. */
    public static final String POWER_CPU = "carbon.power.cpu";
    /** Mean GPU power of the iteration in {@link #WATTS} (0 without a GPU meter); averaged. */
    public static final String POWER_GPU = "carbon.power.gpu";
    /** Mean RAM power of the iteration in {@link #WATTS}; averaged. */
    public static final String POWER_RAM = "carbon.power.ram";
    /** The iteration's part of the machine's embodied emissions in {@link #MICROGRAMS}; summed (since 0.2). */
    public static final String EMBODIED = "carbon.embodied";
    /** Embodied emissions per operation in {@link #PICOGRAMS_PER_OP}; averaged (since 0.2). */
    public static final String EMBODIED_PER_OP = "carbon.embodied.norm";
    /** The iteration's SCI, operational plus embodied emissions, in {@link #MICROGRAMS}; summed (since 0.2). */
    public static final String SCI = "carbon.sci";
    /** SCI per operation, the Software Carbon Intensity of one operation, in {@link #PICOGRAMS_PER_OP}; averaged (since 0.2). */
    public static final String SCI_PER_OP = "carbon.sci.norm";

    /*
     * The units are chosen so that JMH's table, which prints three decimals and "≈ 10⁻ⁿ" below them,
     * shows every figure for operations from 10 ns to 10 s at 1 to 500 W and 20 to 1000 g/kWh:
     * 10 ns at 1 W is 0.01 µJ and 0.06 pg at 20 g/kWh; 1 W at 20 g/kWh is 5.6 µg/s. Readers
     * (BudgetCheck, the assertions) take the unit from each result, never from these constants.
     */
    /** The unit of {@link #ENERGY}, joules. */
    public static final String JOULES = "J";
    /**
     * The unit of {@link #ENERGY_PER_OP}, microjoules per operation.
     *
     * @since 0.2
     */
    public static final String MICROJOULES_PER_OP = "µJ/op";
    /**
     * The unit of {@link #EMISSIONS} and {@link #EMBODIED}, micrograms CO2eq.
     *
     * @since 0.2
     */
    public static final String MICROGRAMS = "µg";
    /**
     * The unit of the per-operation emissions labels, picograms CO2eq per operation.
     *
     * @since 0.2
     */
    public static final String PICOGRAMS_PER_OP = "pg/op";
    /**
     * The unit of the emissions rate label, micrograms CO2eq per second.
     *
     * @since 0.2
     */
    public static final String MICROGRAMS_PER_SECOND = "µg/s";
    /** The unit of {@link #ENERGY_PER_OP} before 0.2. */
    public static final String JOULES_PER_OP = "J/op";
    /** The unit of {@link #CO2E} before 0.2. */
    public static final String GRAMS = "g";
    /** The unit of {@link #CO2E_PER_OP} before 0.2. */
    public static final String GRAMS_PER_OP = "g/op";
    /** The unit of {@link #CO2E_RATE} before 0.2. */
    public static final String GRAMS_PER_SECOND = "g/s";

    /** The unit of the mean powers {@link #POWER_CPU}, {@link #POWER_GPU} and {@link #POWER_RAM}, watts. */
    public static final String WATTS = "W";

    /** Every label, in the order the profiler returns them. */
    public static final List<String> ALL = List.of(
            ENERGY,
            ENERGY_PER_OP,
            EMISSIONS,
            EMISSIONS_PER_OP,
            EMISSIONS_RATE,
            POWER_CPU,
            POWER_GPU,
            POWER_RAM,
            EMBODIED,
            EMBODIED_PER_OP,
            SCI,
            SCI_PER_OP);

    /** The labels of earlier versions, each with the label that replaced it. @since 0.3 */
    @SuppressWarnings("deprecation")
    public static final Map<String, String> LEGACY =
            Map.of(CO2E, EMISSIONS, CO2E_PER_OP, EMISSIONS_PER_OP, CO2E_RATE, EMISSIONS_RATE);

    private CarbonLabels() {}

    /**
     * {@return the current label for a label read from a result file, old or current; other labels unchanged}
     *
     * @param label a label as read from a result file, e.g. {@code carbon.co2e.norm}
     * @since 0.3
     */
    public static String current(String label) {
        return LEGACY.getOrDefault(label, label);
    }
}
