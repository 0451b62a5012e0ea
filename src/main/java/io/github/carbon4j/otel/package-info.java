/**
 * OpenTelemetry metrics: each logged step adds its energy and emissions to counters of the user's
 * {@code OpenTelemetry} instance, so fleets of test and benchmark runs can be aggregated by the usual
 * collectors. Used only when the OpenTelemetry API is on the class path and configured; the API is an
 * optional dependency.
 *
 * @since 0.2
 */
package io.github.carbon4j.otel;
