/**
 * OpenTelemetry metrics: each logged step adds its energy and emissions to counters on
 * {@code GlobalOpenTelemetry}, which the user's SDK and exporter send on, so fleets of test and benchmark
 * runs add up in the usual collectors. Nothing of OpenTelemetry is looked up unless {@code carbon4j.otel}
 * is set; the API is an optional dependency.
 *
 * @since 0.2
 */
package io.github.carbon4j.otel;
