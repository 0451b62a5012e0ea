package io.github.carbon4j.junit;

import io.github.carbon4j.CarbonMetrics;
import io.github.carbon4j.ComponentEnergies;
import io.github.carbon4j.Emissions;
import io.github.carbon4j.Energy;
import java.time.Duration;
import java.util.Optional;

/**
 * The running total of a test class's tests, nested classes included, for class budgets.
 * Thread-safe: tests of one class may finish in parallel.
 */
final class ClassTotal {

    private Energy cpu = Energy.ZERO;
    private Energy gpu = Energy.ZERO;
    private Energy ram = Energy.ZERO;
    private Emissions embodied = Emissions.ZERO;
    private Duration duration = Duration.ZERO;
    private boolean overlapped;
    private int tests;
    private CarbonMetrics first;

    synchronized void add(CarbonMetrics metrics) {
        cpu = cpu.plus(metrics.cpuEnergy());
        gpu = gpu.plus(metrics.gpuEnergy());
        ram = ram.plus(metrics.ramEnergy());
        embodied = embodied.plus(metrics.embodiedEmissions());
        duration = duration.plus(metrics.duration());
        overlapped |= metrics.overlapped();
        tests++;
        if (first == null) {
            first = metrics;
        }
    }

    synchronized int tests() {
        return tests;
    }

    /** The sum as one interval of the class's context (step 0); empty before any test finished. */
    synchronized Optional<CarbonMetrics> total() {
        if (first == null) {
            return Optional.empty();
        }
        ComponentEnergies energies = new ComponentEnergies(cpu, gpu, ram,
                first.cpuMethod(), first.gpuMethod(), first.ramMethod());
        return Optional.of(CarbonMetrics.of(first.context(), 0, first.start(), duration, energies,
                first.intensity(), first.intensitySource(), first.pue(), first.scope(), overlapped, embodied));
    }
}
