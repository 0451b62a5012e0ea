package io.github.carbon4j.otel;

import io.github.carbon4j.CarbonMetrics;
import java.util.Map;

/**
 * Receives every step a logger records, after the reports have it. Implementations must be
 * thread-safe and quick: they run on the logging thread.
 *
 * @since 0.2
 */
@FunctionalInterface
public interface StepListener {

    /**
     * Receives one logged step.
     *
     * @param metrics the step
     * @param attributes what the caller said about the step beyond its context, e.g.
     *     {@code test.class}; empty when it said nothing
     */
    void stepLogged(CarbonMetrics metrics, Map<String, String> attributes);
}
