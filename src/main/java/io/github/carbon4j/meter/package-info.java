/**
 * Energy meters: {@link io.github.carbon4j.meter.EnergyMeter} reads the cumulative energy of one
 * component, {@link io.github.carbon4j.meter.Meters} holds the CPU, GPU and RAM meters of a logger and
 * {@link io.github.carbon4j.meter.EnergyMeters} builds them: Linux RAPL counters where the powercap tree
 * is readable, else labelled estimates (TDP × load for the CPU, a DIMM or host-slice model for RAM), or
 * fixed powers. Kernel files are read through small readers whose parsing is pure; OSHI is asked only
 * where {@code /proc} and {@code /sys} do not answer. A missing sensor degrades to an estimate, never to
 * an error. A new meter goes here (or in a package of its own, like {@code nvml}, when it needs a native
 * binding) and passes the shared meter contract test.
 *
 * @since 0.1
 */
package io.github.carbon4j.meter;
