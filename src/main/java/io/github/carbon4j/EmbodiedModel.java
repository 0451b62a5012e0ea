package io.github.carbon4j;

import io.github.carbon4j.internal.Decimals;
import java.time.Duration;
import java.util.Optional;

/**
 * The embodied emissions of the machine a run uses, spread over time as the Software Carbon
 * Intensity specification (ISO/IEC 21031:2024) does: an interval of duration TiR is charged
 * {@code M = TE × (TiR / EL) × (RR / ToR)}, the machine's total embodied emissions TE times the
 * interval's part of its expected lifespan EL times the share of the machine reserved. Immutable and
 * thread-safe; {@link #over(Duration)} is a pure function.
 *
 * <p>A year is 365.25 days. With no TE configured, {@link #estimate(int, long, int)} estimates one
 * from the hardware and says so in {@link #source()}.
 *
 * @param total the machine's embodied emissions TE; zero turns embodied emissions off
 * @param lifetimeYears the expected lifespan EL, years, more than 0
 * @param share the part of the machine reserved, RR / ToR, in (0, 1]
 * @param source where TE came from, e.g. {@code "configured"} or the estimate with its figures
 * @since 0.2
 */
public record EmbodiedModel(Emissions total, double lifetimeYears, double share, String source) {

    /** The lifespan of a rack server that life-cycle assessments and estimate models assume, years. */
    public static final double DEFAULT_LIFETIME_YEARS = 4;
    /** The largest TE a key may set: 1000 t, far above any one machine, so sums never overflow. */
    static final double MAX_TOTAL_GRAMS = 1e9;

    static final double MAX_LIFETIME_YEARS = 100;
    private static final double SECONDS_PER_YEAR = 365.25 * 24 * 3600;

    // The estimate's coefficients, kgCO2eq: Cloud Carbon Footprint's embodied emissions model
    // (ccf-coefficients, constants of 2023, Apache License 2.0), from the Dell PowerEdge R740
    // life-cycle assessment and Teads' EC2 carbon data set.
    static final double BASE_SERVER_KG = 1000;
    static final double BASE_MEMORY_GIB = 16;
    static final double MEMORY_KG_PER_GIB = 533.0 / 384;
    static final double CPU_KG = 100;
    static final double GPU_KG = 150;

    /** Embodied emissions off: every interval gets zero. */
    public static final EmbodiedModel NONE = new EmbodiedModel(Emissions.ZERO, DEFAULT_LIFETIME_YEARS, 1, "off");

    /**
     * Checks the model.
     *
     * @param total the machine's embodied emissions TE; zero turns embodied emissions off
     * @param lifetimeYears the expected lifespan EL, years, more than 0
     * @param share the part of the machine reserved, RR / ToR, in (0, 1]
     * @param source where TE came from, not blank
     * @throws IllegalArgumentException when a value is out of range or missing
     */
    public EmbodiedModel {
        if (total == null || source == null || source.isBlank()) {
            throw new IllegalArgumentException("an embodied model needs a total and a source");
        }
        checkTotal(total);
        checkLifetime(lifetimeYears);
        checkShare(share);
    }

    /**
     * The estimate of a rack server's embodied emissions, after Cloud Carbon Footprint's model
     * (ccf-coefficients, 2023, Apache License 2.0): 1000 kgCO2eq for a one-socket server with 16 GiB
     * of memory and no local storage, plus 533/384 kgCO2eq (about 1.39 kg) per GiB of memory beyond
     * 16, 100 kgCO2eq per socket beyond the first, and 150 kgCO2eq per GPU. Storage is left out, as
     * the machine's disks are not probed. It is an estimate for a typical server, not this machine's
     * life-cycle assessment; configure {@code carbon4j.embodied.emissions} where one is known.
     *
     * @param sockets CPU packages, at least 1
     * @param memoryBytes physical memory in bytes, 0 when unknown (then the base 16 GiB)
     * @param gpus GPUs the run reads
     * @return TE in gCO2eq
     */
    public static Emissions estimate(int sockets, long memoryBytes, int gpus) {
        double memoryGib = Math.max(0, memoryBytes) / (double) (1L << 30);
        double kg = BASE_SERVER_KG
                + Math.max(0, memoryGib - BASE_MEMORY_GIB) * MEMORY_KG_PER_GIB
                + Math.max(0, sockets - 1) * CPU_KG
                + Math.max(0, gpus) * GPU_KG;
        return Emissions.ofKilograms(kg);
    }

    /**
     * The model a configuration asks for: TE as configured, else {@link #estimate} of the hardware;
     * EL as configured (default 4 years); the share as configured, else {@code availableProcessors /
     * logical CPUs} in process scope and 1 in machine scope.
     *
     * @param configuredTotal {@code carbon4j.embodied.emissions}, empty to estimate it
     * @param lifetimeYears {@code carbon4j.embodied.lifetime} in years
     * @param configuredShare {@code carbon4j.embodied.share}, empty to derive it
     * @param scope whose energy is counted
     * @param hardware the machine as the meters probed it
     * @param availableProcessors the processors this JVM may use
     * @return the model; charging zero when the configured total is zero
     * @since 0.3
     */
    public static EmbodiedModel resolve(
            Optional<Emissions> configuredTotal,
            double lifetimeYears,
            Optional<Double> configuredShare,
            Scope scope,
            MachineHardware hardware,
            int availableProcessors) {
        double share = configuredShare.isPresent()
                ? configuredShare.get()
                : scope == Scope.MACHINE
                        ? 1
                        : Math.min(1, Math.max(1, availableProcessors) / (double) hardware.logicalCpus());
        if (configuredTotal.isPresent()) {
            Emissions total = configuredTotal.get();
            return new EmbodiedModel(total, lifetimeYears, share, total.grams() == 0 ? "off" : "configured");
        }
        int gpus = hardware.gpuModels().size();
        double memoryGib = hardware.totalMemoryBytes() / (double) (1L << 30);
        // Not String.format: its first use costs a starting JVM the locale data.
        String source =
                "estimated: rack server with " + hardware.sockets() + " socket" + (hardware.sockets() == 1 ? "" : "s")
                        + ", " + Decimals.fixed(memoryGib, 0) + " GiB, " + gpus + " GPU" + (gpus == 1 ? "" : "s")
                        + " (Cloud Carbon Footprint coefficients 2023, Apache 2.0)";
        return new EmbodiedModel(
                estimate(hardware.sockets(), hardware.totalMemoryBytes(), gpus), lifetimeYears, share, source);
    }

    /**
     * The embodied emissions charged to an interval: {@code TE × duration / EL × share}.
     *
     * @param duration the interval's duration
     * @return the interval's part, gCO2eq; zero when off or for an empty interval
     */
    public Emissions over(Duration duration) {
        double seconds = Quantities.seconds(duration);
        if (total.grams() == 0 || seconds <= 0) {
            return Emissions.ZERO;
        }
        return Emissions.ofGrams(total.grams() * (seconds / (lifetimeYears * SECONDS_PER_YEAR)) * share);
    }

    /** {@return one line for reports, e.g. {@code 1.2 tCO2eq over 4 years, share 0.25 (estimated: ...)}} */
    public String describe() {
        if (total.grams() == 0) {
            return "embodied emissions off";
        }
        return total + " over " + Quantities.plain(lifetimeYears) + " years, share " + Quantities.plain(share) + " ("
                + source + ")";
    }

    static Emissions checkTotal(Emissions total) {
        if (total.grams() > MAX_TOTAL_GRAMS) {
            throw new IllegalArgumentException("must be at most 1000 t: no one machine embodies more");
        }
        return total;
    }

    static double checkLifetime(double years) {
        if (!(years > 0) || years > MAX_LIFETIME_YEARS) {
            throw new IllegalArgumentException(
                    "the lifetime must be a number of years more than 0 and at most " + (long) MAX_LIFETIME_YEARS);
        }
        return years;
    }

    static double checkShare(double share) {
        if (!(share > 0) || share > 1) {
            throw new IllegalArgumentException("the share must be a fraction more than 0 and at most 1");
        }
        return share;
    }
}
