package io.github.carbon4j.internal;

import io.github.carbon4j.CarbonIntensity;
import io.github.carbon4j.Component;
import io.github.carbon4j.MeasurementMethod;
import io.github.carbon4j.Scope;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What is known about a logger's run when it starts. Immutable.
 *
 * <p>Not API: public only for carbon4j's own packages and modules; it may change in any release.
 *
 * @param runId unique id of this run (one logger in one JVM)
 * @param experiment the configured experiment name
 * @param start when the logger started
 * @param outputDirectory where reports go
 * @param scope whose energy is counted
 * @param pue the power usage effectiveness applied
 * @param intensity the carbon intensity used
 * @param intensitySource where it came from
 * @param methods how each component's energy is obtained, one for every {@link Component}
 *
 * @since 0.1 (with a field per component's method in 0.1)
 */
public record RunInfo(
        String runId,
        String experiment,
        Instant start,
        Path outputDirectory,
        Scope scope,
        double pue,
        CarbonIntensity intensity,
        String intensitySource,
        Map<Component, MeasurementMethod> methods) {

    /**
     * Copies the methods into an unmodifiable map.
     *
     * @param runId unique id of this run
     * @param experiment the configured experiment name
     * @param start when the logger started
     * @param outputDirectory where reports go
     * @param scope whose energy is counted
     * @param pue the power usage effectiveness applied
     * @param intensity the carbon intensity used
     * @param intensitySource where it came from
     * @param methods how each component's energy is obtained, one for every component
     * @throws IllegalArgumentException when a component has no method
     */
    public RunInfo {
        EnumMap<Component, MeasurementMethod> copy = new EnumMap<>(Component.class);
        copy.putAll(methods);
        if (copy.size() != Component.values().length) {
            throw new IllegalArgumentException("a method for every component is needed, got " + methods);
        }
        methods = Collections.unmodifiableMap(copy);
    }

    /**
     * {@return how one component's energy is obtained}
     *
     * @param component the component
     */
    public MeasurementMethod method(Component component) {
        return methods.get(component);
    }
}
