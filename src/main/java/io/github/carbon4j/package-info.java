/**
 * The carbon4j API. Two kinds of types live here, in two layers of their own:
 *
 * <ul>
 *   <li>values, at the bottom of the library: the quantities ({@link io.github.carbon4j.Energy},
 *       {@link io.github.carbon4j.Power}, {@link io.github.carbon4j.Emissions},
 *       {@link io.github.carbon4j.EmissionsRate}, {@link io.github.carbon4j.CarbonIntensity}), what a
 *       figure is about ({@link io.github.carbon4j.Component}, {@link io.github.carbon4j.Scope},
 *       {@link io.github.carbon4j.Context}, {@link io.github.carbon4j.MeasurementMethod}), the measurement
 *       of one interval ({@link io.github.carbon4j.CarbonMetrics}) and the {@link io.github.carbon4j.Clock};
 *   <li>the façade, on top: {@link io.github.carbon4j.CarbonLogger} and
 *       {@link io.github.carbon4j.CarbonConfig}, which wire the meters, the carbon intensity and the
 *       reports together from one configuration.
 * </ul>
 *
 * <p>Meters ({@code meter}, {@code nvml}), intensity ({@code intensity}), reports ({@code report}) and
 * OpenTelemetry ({@code otel}) sit between the two and never use the façade. Quantities are immutable and
 * thread-safe, and never hold a negative or NaN figure.
 *
 * @since 0.1
 */
package io.github.carbon4j;
