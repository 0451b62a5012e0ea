package io.github.carbon4j.junit;

import io.github.carbon4j.CarbonMetrics;
import io.github.carbon4j.Component;
import io.github.carbon4j.ComponentEnergies;
import io.github.carbon4j.Emissions;
import io.github.carbon4j.Energy;
import io.github.carbon4j.internal.Totals;
import java.time.Duration;
import java.util.Optional;

/**
 * The running total of a test class's tests, nested classes included, for class budgets.
 * Thread-safe: tests of one class may finish in parallel.
 */
final class ClassTotal {

    private final Totals.Sum sum = new Totals.Sum();
    private int tests;
    private CarbonMetrics first;

    synchronized void add(CarbonMetrics metrics) {
        sum.add(metrics);
        tests++;
        if (first == null) {
            first = metrics;
        }
    }

    synchronized int tests() {
        return tests;
    }

    /**
     * The sum as one interval of the class's context (step 0), with the first test's intensity, PUE and
     * methods; empty before any test finished.
     */
    synchronized Optional<CarbonMetrics> total() {
        if (first == null) {
            return Optional.empty();
        }
        Totals t = sum.totals();
        ComponentEnergies.Builder energies = ComponentEnergies.builder();
        for (Component c : Component.values()) {
            energies.put(c, Energy.ofJoules(t.joules(c)), first.method(c));
        }
        Duration duration = Duration.ofNanos(Math.round(t.seconds() * 1e9));
        return Optional.of(CarbonMetrics.of(
                first.context(),
                0,
                first.start(),
                duration,
                energies.build(),
                first.intensity(),
                first.intensitySource(),
                first.pue(),
                first.scope(),
                t.overlappedSteps() > 0,
                Emissions.ofGrams(t.embodiedGrams())));
    }
}
