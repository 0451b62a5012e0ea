package io.github.carbon4j;

import io.github.carbon4j.intensity.CarbonIntensities;
import io.github.carbon4j.intensity.IntensityEstimate;
import io.github.carbon4j.intensity.LiveIntensity;
import io.github.carbon4j.intensity.PueEstimate;
import io.github.carbon4j.internal.Notices;
import io.github.carbon4j.internal.RandomIds;
import io.github.carbon4j.internal.RunInfo;
import io.github.carbon4j.meter.EnergyMeters;
import io.github.carbon4j.meter.Meters;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * A logger's measurement: reads the meters and turns two readings into a {@link CarbonMetrics} with the
 * current intensity, the PUE and the embodied share. Thread-safe as far as its meters and intensity are.
 */
final class IntervalMeter implements AutoCloseable {

    private static final Component[] COMPONENTS = Component.values();

    private final Meters meters;
    private final LiveIntensity intensity;
    private final Scope scope;
    private final Clock clock;
    private final double pue;
    private final String pueSource;
    private final MachineHardware hardware;
    private final EmbodiedModel embodied;
    private volatile SourceWithPue lastSource;

    IntervalMeter(CarbonConfig config, Meters meters, Notices notices) {
        this.meters = meters;
        this.scope = config.scope();
        this.clock = config.clock();
        // No lambdas here: each is a class a starting JVM spins.
        try {
            this.intensity = LiveIntensity.start(config.intensitySettings(), notices);
        } catch (IllegalArgumentException e) {
            throw configurationError(e);
        }
        try {
            // A cloud region without carbon4j.pue brings its provider's published PUE, cited beside the grid's source.
            Optional<PueEstimate> providerPue = providerPue(config);
            this.pue = providerPue.isPresent() ? providerPue.get().pue() : config.pue();
            this.pueSource = providerPue.isPresent() ? "; " + providerPue.get().source() : "";
            this.hardware = EnergyMeters.hardware(meters);
            this.embodied = Wiring.embodied(config, hardware);
        } catch (RuntimeException e) {
            intensity.close();
            throw e;
        }
    }

    /**
     * What the intensity package makes of the configured location alone: its every
     * {@link IllegalArgumentException} is a configuration error, as no meter takes part.
     */
    private static CarbonConfigurationException configurationError(IllegalArgumentException e) {
        return e instanceof CarbonConfigurationException c ? c : new CarbonConfigurationException(e.getMessage(), e);
    }

    private static Optional<PueEstimate> providerPue(CarbonConfig config) {
        try {
            return CarbonIntensities.providerPue(config.intensitySettings());
        } catch (IllegalArgumentException e) {
            throw configurationError(e);
        }
    }

    /** The run starting at the given reading, with the methods and the intensity of now. */
    RunInfo run(CarbonConfig config, Reading start) {
        IntensityEstimate atStart = intensity.current();
        return new RunInfo(
                RandomIds.uuid(),
                config.experiment(),
                start.wall(),
                config.outputDirectory(),
                config.scope(),
                pue,
                atStart.intensity(),
                atStart.source() + pueSource,
                methods());
    }

    MachineHardware hardware() {
        return hardware;
    }

    EmbodiedModel embodied() {
        return embodied;
    }

    /** One instant for the whole reading: every meter integrates or interpolates to it, so energy and duration agree. */
    Reading read() {
        long at = clock.monotonicTime();
        Energy[] energies = new Energy[COMPONENTS.length];
        for (Component c : COMPONENTS) {
            energies[c.ordinal()] = meters.meter(c).read(at);
        }
        return new Reading(at, Instant.ofEpochMilli(clock.wallTime()), energies);
    }

    /** The metrics of the interval between two readings. */
    CarbonMetrics metrics(Context context, long step, Reading from, Reading to, boolean overlapped) {
        Duration duration = Duration.ofNanos(Math.max(0, to.nanos() - from.nanos()));
        Energy[] energy = new Energy[COMPONENTS.length];
        // Asked each time: a meter may fall back to another method while the run goes on.
        MeasurementMethod[] methods = new MeasurementMethod[COMPONENTS.length];
        for (Component c : COMPONENTS) {
            energy[c.ordinal()] = to.energy(c).minusClamped(from.energy(c));
            methods[c.ordinal()] = meters.meter(c).method();
        }
        ComponentEnergies energies = ComponentEnergies.wrap(energy, methods);
        // The figure current when the interval ends: live providers publish for the hour or half hour.
        IntensityEstimate current = intensity.current();
        String source = pueSource.isEmpty() ? current.source() : withPue(current);
        return CarbonMetrics.of(
                context,
                step,
                from.wall(),
                duration,
                energies,
                current.intensity(),
                source,
                pue,
                scope,
                overlapped,
                embodied.over(duration));
    }

    /** How each meter obtains its component's energy now. */
    private Map<Component, MeasurementMethod> methods() {
        Map<Component, MeasurementMethod> methods = new EnumMap<>(Component.class);
        for (Component c : COMPONENTS) {
            methods.put(c, meters.meter(c).method());
        }
        return methods;
    }

    /** The estimate's source with the provider's PUE cited after it, built once per estimate, not per step. */
    private String withPue(IntensityEstimate current) {
        SourceWithPue cached = lastSource;
        if (cached == null || cached.estimate() != current) {
            cached = new SourceWithPue(current, current.source() + pueSource);
            lastSource = cached;
        }
        return cached.text();
    }

    private record SourceWithPue(IntensityEstimate estimate, String text) {}

    /** Stops the live intensity; the meters are the logger's to close. */
    @Override
    public void close() {
        intensity.close();
    }
}
