package io.github.carbon4j.report;

import io.github.carbon4j.CarbonMetrics;
import io.github.carbon4j.MeasurementMethod;

/**
 * The steps file's middle columns ({@link StepRowWriter#methods}: the intensity, its source and
 * the three components' methods) as UTF-8, kept from the step before while they stay equal. They are
 * about half of a row's text, and the same on every step of a run whose meters and intensity do
 * not change: checking them is cheaper than quoting and encoding them again. Not thread-safe: one
 * per steps file, called under the logger's lock.
 */
final class MethodColumns {

    private double intensity;
    private String source;
    private MeasurementMethod cpu;
    private MeasurementMethod gpu;
    private MeasurementMethod ram;
    private byte[] encoded;
    private int length;

    /** The columns of these metrics as UTF-8 in {@link #bytes()}, {@link #length()} of them. */
    void update(CarbonMetrics m) {
        if (encoded != null
                && Double.doubleToRawLongBits(intensity)
                        == Double.doubleToRawLongBits(m.intensity().gramsPerKilowattHour())
                && source.equals(m.intensitySource())
                && same(cpu, m.cpuMethod())
                && same(gpu, m.gpuMethod())
                && same(ram, m.ramMethod())) {
            return;
        }
        ByteText text = StepRowWriter.methods(new ByteText(256), m);
        encoded = text.array();
        length = text.length();
        intensity = m.intensity().gramsPerKilowattHour();
        source = m.intensitySource();
        cpu = m.cpuMethod();
        gpu = m.gpuMethod();
        ram = m.ramMethod();
    }

    /**
     * The record's equality written out: its generated {@code equals} is bootstrapped through method
     * handles ({@code ObjectMethods}; 167 classes in a JVM that has spun no lambda yet) at a run's second step.
     */
    private static boolean same(MeasurementMethod a, MeasurementMethod b) {
        return a == b
                || a.kind() == b.kind()
                        && a.name().equals(b.name())
                        && a.detail().equals(b.detail());
    }

    /** The encoded columns of the last {@link #update}, in the first {@link #length()} bytes. */
    byte[] bytes() {
        return encoded;
    }

    int length() {
        return length;
    }
}
