package io.github.carbon4j.meter;

import io.github.carbon4j.MeasurementMethod;

/**
 * The label of a process-scope meter: the machine meter's method with how this JVM's part is taken
 * appended. The machine meter may degrade once, so the label follows it. Thread-safe.
 */
final class ScopedMethod {

    private final String how;
    private MeasurementMethod machine;
    private MeasurementMethod scoped;

    ScopedMethod(String how) {
        this.how = how;
    }

    synchronized MeasurementMethod of(MeasurementMethod current) {
        if (current != machine) {
            machine = current;
            String detail = current.detail().isEmpty() ? how : current.detail() + "; " + how;
            scoped = new MeasurementMethod(current.kind(), current.name(), detail);
        }
        return scoped;
    }
}
