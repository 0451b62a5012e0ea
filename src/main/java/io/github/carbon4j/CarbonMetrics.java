package io.github.carbon4j;

import java.time.Duration;
import java.time.Instant;

/**
 * The energy and emissions of one interval: a step logged with
 * {@link CarbonLogger#logCarbonMetrics(Context, long)} or a {@link CarbonLogger.Span}. Immutable.
 *
 * <p>The nine metrics: {@link #emissions()} (gCO2eq), {@link #emissionsRate()} (gCO2eq/s, of this
 * interval), {@link #cpuPower()}, {@link #gpuPower()}, {@link #ramPower()} (W, the interval's energy
 * over its duration), {@link #cpuEnergy()}, {@link #gpuEnergy()}, {@link #ramEnergy()} (J, without
 * PUE) and {@link #energyConsumed()} (J, {@code (cpu + gpu + ram) × pue}). No value is ever negative
 * or NaN; a component without a meter has zero energy and method {@link MeasurementMethod#NONE}.
 *
 * <p>{@link #emissions()} are operational only, as CodeCarbon's; {@link #embodiedEmissions()} is the
 * interval's part of the machine's embodied emissions ({@link EmbodiedModel}), and {@link #sci()}
 * the two together: the Software Carbon Intensity of this interval as one functional unit.
 *
 * @param context what the step belongs to
 * @param step the step number, at least 0
 * @param start when the interval began
 * @param duration how long it lasted
 * @param emissions {@code intensity × energyConsumed}
 * @param emissionsRate {@code emissions / duration} of this interval (zero for an empty interval)
 * @param cpuPower mean CPU power
 * @param gpuPower mean GPU power
 * @param ramPower mean RAM power
 * @param cpuEnergy CPU energy
 * @param gpuEnergy GPU energy
 * @param ramEnergy RAM energy
 * @param energyConsumed total energy with PUE applied
 * @param intensity the carbon intensity used
 * @param intensitySource where the intensity came from, naming data set and year
 * @param pue the power usage effectiveness applied, at least 1
 * @param scope whose energy was counted
 * @param cpuMethod how the CPU energy was obtained
 * @param gpuMethod how the GPU energy was obtained
 * @param ramMethod how the RAM energy was obtained
 * @param overlapped true when another span was open during this one (tests run in parallel), so
 *     machine-level figures were shared with other work
 * @param embodiedEmissions the interval's part of the machine's embodied emissions (zero when off)
 * @since 0.1
 */
public record CarbonMetrics(
        Context context,
        long step,
        Instant start,
        Duration duration,
        Emissions emissions,
        EmissionsRate emissionsRate,
        Power cpuPower,
        Power gpuPower,
        Power ramPower,
        Energy cpuEnergy,
        Energy gpuEnergy,
        Energy ramEnergy,
        Energy energyConsumed,
        CarbonIntensity intensity,
        String intensitySource,
        double pue,
        Scope scope,
        MeasurementMethod cpuMethod,
        MeasurementMethod gpuMethod,
        MeasurementMethod ramMethod,
        boolean overlapped,
        Emissions embodiedEmissions) {

    /** Metrics without embodied emissions, as carbon4j 0.1 built them. */
    public CarbonMetrics(Context context, long step, Instant start, Duration duration, Emissions emissions,
            EmissionsRate emissionsRate, Power cpuPower, Power gpuPower, Power ramPower, Energy cpuEnergy,
            Energy gpuEnergy, Energy ramEnergy, Energy energyConsumed, CarbonIntensity intensity,
            String intensitySource, double pue, Scope scope, MeasurementMethod cpuMethod, MeasurementMethod gpuMethod,
            MeasurementMethod ramMethod, boolean overlapped) {
        this(context, step, start, duration, emissions, emissionsRate, cpuPower, gpuPower, ramPower, cpuEnergy,
                gpuEnergy, ramEnergy, energyConsumed, intensity, intensitySource, pue, scope, cpuMethod, gpuMethod,
                ramMethod, overlapped, Emissions.ZERO);
    }

    public CarbonMetrics {
        if (embodiedEmissions == null) {
            throw new IllegalArgumentException("embodiedEmissions must not be null (Emissions.ZERO when off)");
        }
        if (step < 0) {
            throw new IllegalArgumentException("step must be >= 0, got " + step);
        }
        if (duration.isNegative()) {
            throw new IllegalArgumentException("duration must not be negative, got " + duration);
        }
    }

    /**
     * Derives the nine metrics from the three component energies of one interval.
     *
     * @param energies CPU, GPU and RAM energy of the interval, without PUE
     */
    public static CarbonMetrics of(Context context, long step, Instant start, Duration duration,
            ComponentEnergies energies, CarbonIntensity intensity, String intensitySource, double pue,
            Scope scope, boolean overlapped) {
        return of(context, step, start, duration, energies, intensity, intensitySource, pue, scope, overlapped,
                Emissions.ZERO);
    }

    /**
     * As {@link #of(Context, long, Instant, Duration, ComponentEnergies, CarbonIntensity, String, double,
     * Scope, boolean)}, with the interval's embodied emissions.
     *
     * @param embodied the interval's part of the machine's embodied emissions, e.g.
     *     {@link EmbodiedModel#over(Duration)}
     */
    public static CarbonMetrics of(Context context, long step, Instant start, Duration duration,
            ComponentEnergies energies, CarbonIntensity intensity, String intensitySource, double pue,
            Scope scope, boolean overlapped, Emissions embodied) {
        Energy total = energies.cpu().plus(energies.gpu()).plus(energies.ram()).times(pue);
        Emissions emissions = intensity.emissionsFor(total);
        return new CarbonMetrics(context, step, start, duration, emissions, emissions.per(duration),
                energies.cpu().per(duration), energies.gpu().per(duration), energies.ram().per(duration),
                energies.cpu(), energies.gpu(), energies.ram(), total, intensity, intensitySource, pue, scope,
                energies.cpuMethod(), energies.gpuMethod(), energies.ramMethod(), overlapped, embodied);
    }

    /**
     * The Software Carbon Intensity of this interval as one functional unit: operational
     * {@link #emissions()} plus {@link #embodiedEmissions()}, gCO2eq.
     */
    public Emissions sci() {
        return emissions.plus(embodiedEmissions);
    }

    /** When the interval ended. */
    public Instant end() {
        return start.plus(duration);
    }

    /** The energy of one component, without PUE. */
    public Energy energy(Component component) {
        return switch (component) {
            case CPU -> cpuEnergy;
            case GPU -> gpuEnergy;
            case RAM -> ramEnergy;
        };
    }

    /** The mean power of one component. */
    public Power power(Component component) {
        return switch (component) {
            case CPU -> cpuPower;
            case GPU -> gpuPower;
            case RAM -> ramPower;
        };
    }

    /** How one component's energy was obtained. */
    public MeasurementMethod method(Component component) {
        return switch (component) {
            case CPU -> cpuMethod;
            case GPU -> gpuMethod;
            case RAM -> ramMethod;
        };
    }

    /**
     * One line for messages and logs, e.g.
     * {@code 61 J; cpu estimated by TDP model; 56 g/kWh (grid of FRA, Our World in Data 2023)}: the
     * energy, then {@link #howMeasured()}.
     */
    public String explain() {
        return energyConsumed + "; " + howMeasured();
    }

    /**
     * How the figures were obtained, e.g.
     * {@code cpu estimated by TDP model; 56 g/kWh (grid of FRA, Our World in Data 2023)}: each
     * component's method (components without a meter are left out), the intensity and its source.
     */
    public String howMeasured() {
        StringBuilder sb = new StringBuilder();
        for (Component c : Component.values()) {
            MeasurementMethod m = method(c);
            if (m.kind() != MeasurementMethod.Kind.NONE) {
                sb.append(m.describe(c)).append("; ");
            }
        }
        return sb.append(intensity).append(" (").append(intensitySource).append(')').toString();
    }
}
