package io.github.carbon4j.junit;

import io.github.carbon4j.CarbonIntensity;
import io.github.carbon4j.CarbonMetrics;
import io.github.carbon4j.Component;
import io.github.carbon4j.MeasurementMethod;
import io.github.carbon4j.report.DoubleWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the report entry of a test ({@link CarbonReportEntries}): every key, with the same text as
 * {@link DoubleWriter#text}, {@link Boolean#toString} and {@link CarbonMetrics#explain()} give. A test JVM
 * builds one per test, so what is the same from test to test is formatted once: the part of the
 * explanation after the energy (the methods and the intensity), the intensity and a zero. Thread-safe.
 */
final class TestEntry {

    private static final String ZERO = DoubleWriter.text(0.0);

    /** The figures of the last test that are the same from test to test, and their text. */
    private volatile Constant last;

    /** The entry of the test that these metrics measured, its keys in the order of {@link CarbonReportEntries#ALL}. */
    Map<String, String> of(CarbonMetrics metrics) {
        Constant constant = constant(metrics);
        Map<String, String> entry = new LinkedHashMap<>(32);
        entry.put(CarbonReportEntries.CONTEXT, metrics.context().name());
        entry.put(CarbonReportEntries.STEP, Long.toString(metrics.step()));
        entry.put(CarbonReportEntries.EMISSIONS, decimal(metrics.emissions().grams()));
        entry.put(CarbonReportEntries.ENERGY, decimal(metrics.energyConsumed().joules()));
        entry.put(
                CarbonReportEntries.CPU_ENERGY,
                decimal(metrics.energy(Component.CPU).joules()));
        entry.put(
                CarbonReportEntries.GPU_ENERGY,
                decimal(metrics.energy(Component.GPU).joules()));
        entry.put(
                CarbonReportEntries.RAM_ENERGY,
                decimal(metrics.energy(Component.RAM).joules()));
        entry.put(CarbonReportEntries.DURATION, decimal(metrics.duration().toNanos() / 1e9));
        entry.put(CarbonReportEntries.INTENSITY, constant.intensity);
        entry.put(CarbonReportEntries.OVERLAPPED, Boolean.toString(metrics.overlapped()));
        entry.put(CarbonReportEntries.EXPLAIN, metrics.energyConsumed() + "; " + constant.howMeasured);
        entry.put(
                CarbonReportEntries.EMBODIED,
                decimal(metrics.embodiedEmissions().grams()));
        entry.put(CarbonReportEntries.SCI, decimal(metrics.sci().grams()));
        return entry;
    }

    /** The last test's constant part when these metrics share it (the same objects), else theirs. */
    private Constant constant(CarbonMetrics metrics) {
        Constant constant = last;
        if (constant == null || !constant.sameAs(metrics)) {
            constant = new Constant(metrics);
            last = constant;
        }
        return constant;
    }

    /**
     * The shortest decimal that reads back to the value ({@link DoubleWriter}, as in the reports: Java 17's
     * {@code Double.toString} is slower and sometimes writes a digit more), without formatting the zero of a
     * component that used no energy each time.
     */
    private static String decimal(double value) {
        return Double.doubleToRawLongBits(value) == 0L ? ZERO : DoubleWriter.text(value);
    }

    /**
     * What {@link CarbonMetrics#explain()} says after the energy and the intensity's text, for the
     * methods and intensity of one test; immutable. Compared by identity: a logger gives each step the
     * same method and intensity objects while they do not change, and a miss only formats them again.
     */
    private static final class Constant {
        final MeasurementMethod cpu;
        final MeasurementMethod gpu;
        final MeasurementMethod ram;
        final CarbonIntensity intensityFigure;
        final String intensitySource;
        final String intensity;
        final String howMeasured;

        Constant(CarbonMetrics metrics) {
            cpu = metrics.method(Component.CPU);
            gpu = metrics.method(Component.GPU);
            ram = metrics.method(Component.RAM);
            intensityFigure = metrics.intensity();
            intensitySource = metrics.intensitySource();
            intensity = DoubleWriter.text(intensityFigure.gramsPerKilowattHour());
            howMeasured = metrics.howMeasured();
        }

        boolean sameAs(CarbonMetrics metrics) {
            return metrics.method(Component.CPU) == cpu
                    && metrics.method(Component.GPU) == gpu
                    && metrics.method(Component.RAM) == ram
                    && metrics.intensity() == intensityFigure
                    && metrics.intensitySource() == intensitySource;
        }
    }
}
