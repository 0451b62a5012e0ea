/**
 * Support code that several carbon4j packages and modules share: the notices of a logger, the run
 * description and step sink the reports receive, the configuration key names messages cite, the one
 * accumulator of figures ({@code Totals}) and the one unit table ({@code Units}). Not API: these types are
 * public only because other carbon4j packages need them, and may change in any release. This package
 * sits at the bottom layer with the value types of {@code io.github.carbon4j} and depends on nothing else
 * of carbon4j.
 */
package io.github.carbon4j.internal;
