package io.github.carbon4j;

/**
 * The CPU, GPU and RAM energy of one interval with how each was obtained. Immutable.
 *
 * @since 0.1
 */
public record ComponentEnergies(Energy cpu, Energy gpu, Energy ram,
        MeasurementMethod cpuMethod, MeasurementMethod gpuMethod, MeasurementMethod ramMethod) {
}
