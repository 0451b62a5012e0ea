package io.github.carbon4j;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The energy and emissions of one interval: a step logged with
 * {@link CarbonLogger#logCarbonMetrics(Context, long)} or a {@link CarbonLogger.Span}. Immutable and
 * thread-safe.
 *
 * <p>The nine metrics: {@link #emissions()} (gCO2eq), {@link #emissionsRate()} (gCO2eq/s, of this
 * interval), {@link #cpuPower()}, {@link #gpuPower()}, {@link #ramPower()} (W, the interval's energy
 * over its duration), {@link #cpuEnergy()}, {@link #gpuEnergy()}, {@link #ramEnergy()} (J, without
 * PUE) and {@link #energyConsumed()} (J, {@code (cpu + gpu + ram) × pue}). No value is ever negative
 * or NaN; a component without a meter has zero energy and method {@link MeasurementMethod#NONE}.
 *
 * <p>Only the component energies and methods, the duration, the intensity and the PUE are given
 * ({@link #of}); every other figure is derived from them once, so no instance is inconsistent.
 * {@link #emissions()} are operational only, as CodeCarbon's; {@link #embodiedEmissions()} is the
 * interval's part of the machine's embodied emissions ({@link EmbodiedModel}); {@link #sci()} is both.
 *
 * @since 0.1 (a record with public constructors in 0.1)
 */
public final class CarbonMetrics {

    private final Context context;
    private final long step;
    private final Instant start;
    private final Duration duration;
    private final ComponentEnergies energies;
    private final CarbonIntensity intensity;
    private final String intensitySource;
    private final double pue;
    private final Scope scope;
    private final boolean overlapped;
    private final Emissions embodiedEmissions;
    // Derived once: every sum reads them. Powers and the rate are derived on each call instead, where
    // the JIT can drop the quantity a caller only reads a number from (the per-step writers).
    private final Energy energyConsumed;
    private final Emissions emissions;

    private CarbonMetrics(
            Context context,
            long step,
            Instant start,
            Duration duration,
            ComponentEnergies energies,
            CarbonIntensity intensity,
            String intensitySource,
            double pue,
            Scope scope,
            boolean overlapped,
            Emissions embodiedEmissions) {
        this.context = Objects.requireNonNull(context, "context");
        this.step = step;
        this.start = Objects.requireNonNull(start, "start");
        this.duration = Objects.requireNonNull(duration, "duration");
        this.energies = Objects.requireNonNull(energies, "energies");
        this.intensity = Objects.requireNonNull(intensity, "intensity");
        this.intensitySource = Objects.requireNonNull(intensitySource, "intensitySource");
        this.pue = pue;
        this.scope = Objects.requireNonNull(scope, "scope");
        this.overlapped = overlapped;
        this.embodiedEmissions =
                Objects.requireNonNull(embodiedEmissions, "embodiedEmissions (Emissions.ZERO when off)");
        if (step < 0 || duration.isNegative() || !(pue >= 1) || Double.isInfinite(pue)) {
            throw new IllegalArgumentException("step must be >= 0, duration not negative and pue a finite number"
                    + " >= 1, got step " + step + ", duration " + duration + ", pue " + pue);
        }
        this.energyConsumed = energies.total().times(pue);
        this.emissions = intensity.emissionsFor(energyConsumed);
    }

    /**
     * Derives the nine metrics from the component energies of one interval, without embodied emissions.
     *
     * @param context what the step belongs to
     * @param step the step number, at least 0
     * @param start when the interval began
     * @param duration how long it lasted, not negative
     * @param energies each component's energy of the interval, J, without PUE, and how it was obtained
     * @param intensity the carbon intensity of the grid, g/kWh
     * @param intensitySource where the intensity came from
     * @param pue the power usage effectiveness, finite and at least 1
     * @param scope whose energy was counted
     * @param overlapped whether another span was open during this one
     * @return the metrics of the interval
     * @throws IllegalArgumentException for a negative step or duration, or a PUE below 1
     */
    public static CarbonMetrics of(
            Context context,
            long step,
            Instant start,
            Duration duration,
            ComponentEnergies energies,
            CarbonIntensity intensity,
            String intensitySource,
            double pue,
            Scope scope,
            boolean overlapped) {
        return of(
                context,
                step,
                start,
                duration,
                energies,
                intensity,
                intensitySource,
                pue,
                scope,
                overlapped,
                Emissions.ZERO);
    }

    /**
     * As {@link #of(Context, long, Instant, Duration, ComponentEnergies, CarbonIntensity, String, double,
     * Scope, boolean)}, with the interval's embodied emissions.
     *
     * @param context what the step belongs to
     * @param step the step number, at least 0
     * @param start when the interval began
     * @param duration how long it lasted, not negative
     * @param energies each component's energy of the interval, J, without PUE, and how it was obtained
     * @param intensity the carbon intensity of the grid, g/kWh
     * @param intensitySource where the intensity came from
     * @param pue the power usage effectiveness, finite and at least 1
     * @param scope whose energy was counted
     * @param overlapped whether another span was open during this one
     * @param embodied the interval's part of the machine's embodied emissions, e.g.
     *     {@link EmbodiedModel#over(Duration)}
     * @return the metrics of the interval
     */
    public static CarbonMetrics of(
            Context context,
            long step,
            Instant start,
            Duration duration,
            ComponentEnergies energies,
            CarbonIntensity intensity,
            String intensitySource,
            double pue,
            Scope scope,
            boolean overlapped,
            Emissions embodied) {
        return new CarbonMetrics(
                context, step, start, duration, energies, intensity, intensitySource, pue, scope, overlapped, embodied);
    }

    /** {@return what the step belongs to} */
    public Context context() {
        return context;
    }

    /** {@return the step number, at least 0} */
    public long step() {
        return step;
    }

    /** {@return when the interval began, wall-clock time} */
    public Instant start() {
        return start;
    }

    /** {@return how long the interval lasted, never negative} */
    public Duration duration() {
        return duration;
    }

    /** {@return operational emissions, gCO2eq: {@code intensity × energyConsumed}} */
    public Emissions emissions() {
        return emissions;
    }

    /** {@return {@code emissions / duration} of this interval, gCO2eq/s; zero for an empty interval} */
    public EmissionsRate emissionsRate() {
        return emissions.per(duration);
    }

    /** {@return the CPU's mean power over the interval, W; zero for an empty interval or without a meter} */
    public Power cpuPower() {
        return power(Component.CPU);
    }

    /** {@return the GPU's mean power over the interval, W; zero for an empty interval or without a meter} */
    public Power gpuPower() {
        return power(Component.GPU);
    }

    /** {@return the RAM's mean power over the interval, W; zero for an empty interval or without a meter} */
    public Power ramPower() {
        return power(Component.RAM);
    }

    /** {@return the CPU's energy over the interval, J, without PUE; zero without a meter} */
    public Energy cpuEnergy() {
        return energy(Component.CPU);
    }

    /** {@return the GPU's energy over the interval, J, without PUE; zero without a meter} */
    public Energy gpuEnergy() {
        return energy(Component.GPU);
    }

    /** {@return the RAM's energy over the interval, J, without PUE; zero without a meter} */
    public Energy ramEnergy() {
        return energy(Component.RAM);
    }

    /** {@return total energy with PUE applied, J: {@code (cpu + gpu + ram) × pue}} */
    public Energy energyConsumed() {
        return energyConsumed;
    }

    /** {@return the carbon intensity used, g/kWh} */
    public CarbonIntensity intensity() {
        return intensity;
    }

    /** {@return where the intensity came from, naming data set and year} */
    public String intensitySource() {
        return intensitySource;
    }

    /** {@return the power usage effectiveness applied, dimensionless, at least 1} */
    public double pue() {
        return pue;
    }

    /** {@return whose energy was counted} */
    public Scope scope() {
        return scope;
    }

    /** {@return how the CPU's energy was obtained; {@link MeasurementMethod#NONE} without a meter} */
    public MeasurementMethod cpuMethod() {
        return method(Component.CPU);
    }

    /** {@return how the GPU's energy was obtained; {@link MeasurementMethod#NONE} without a meter} */
    public MeasurementMethod gpuMethod() {
        return method(Component.GPU);
    }

    /** {@return how the RAM's energy was obtained; {@link MeasurementMethod#NONE} without a meter} */
    public MeasurementMethod ramMethod() {
        return method(Component.RAM);
    }

    /**
     * {@return whether another span was open during this one (tests run in parallel), so machine-level
     * figures were shared with other work}
     */
    public boolean overlapped() {
        return overlapped;
    }

    /** {@return the interval's part of the machine's embodied emissions, gCO2eq; zero when off} */
    public Emissions embodiedEmissions() {
        return embodiedEmissions;
    }

    /** {@return the component energies and methods every other figure is derived from} */
    public ComponentEnergies energies() {
        return energies;
    }

    /**
     * {@return the Software Carbon Intensity of this interval as one functional unit, gCO2eq: operational
     * {@link #emissions()} plus {@link #embodiedEmissions()}}
     */
    public Emissions sci() {
        return emissions.plus(embodiedEmissions);
    }

    /** {@return when the interval ended: {@link #start()} plus {@link #duration()}} */
    public Instant end() {
        // What start.plus(duration) computes, without its unit switch: ChronoUnit and its kin are classes a
        // starting JVM would load at the first step for it.
        return start.plusSeconds(duration.getSeconds()).plusNanos(duration.getNano());
    }

    /**
     * {@return the energy of one component over the interval, J, without PUE; zero without a meter}
     *
     * @param component the component
     */
    public Energy energy(Component component) {
        return energies.energy(component);
    }

    /**
     * {@return the mean power of one component over the interval, W; zero for an empty interval}
     *
     * @param component the component
     */
    public Power power(Component component) {
        return energies.energy(component).per(duration);
    }

    /**
     * {@return how one component's energy was obtained; {@link MeasurementMethod#NONE} without a meter}
     *
     * @param component the component
     */
    public MeasurementMethod method(Component component) {
        return energies.method(component);
    }

    /**
     * {@return one line for messages and logs, e.g.
     * {@code 61 J; cpu estimated by TDP model; 56 g/kWh (grid of FRA, Our World in Data 2023)}: the
     * energy, then {@link #howMeasured()}}
     */
    public String explain() {
        return energyConsumed + "; " + howMeasured();
    }

    /**
     * {@return how the figures were obtained, e.g.
     * {@code cpu estimated by TDP model; 56 g/kWh (grid of FRA, Our World in Data 2023)}: each
     * component's method (components without a meter are left out), the intensity and its source}
     */
    public String howMeasured() {
        return energies.describeMethods(new StringBuilder())
                .append(intensity)
                .append(" (")
                .append(intensitySource)
                .append(')')
                .toString();
    }

    @Override
    public boolean equals(Object o) {
        return MetricsIdentity.equal(this, o);
    }

    @Override
    public int hashCode() {
        return MetricsIdentity.hash(this);
    }

    @Override
    public String toString() {
        return "CarbonMetrics[context=" + context.name() + ", step=" + step + ", start=" + start + ", duration="
                + duration + ", emissions=" + emissions + ", energyConsumed=" + energyConsumed + ", " + energies
                + ", intensity=" + intensity + " (" + intensitySource + "), pue=" + pue + ", scope=" + scope.key()
                + ", overlapped=" + overlapped + ", embodiedEmissions=" + embodiedEmissions + "]";
    }
}
