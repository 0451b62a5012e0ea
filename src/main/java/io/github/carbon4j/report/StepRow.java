package io.github.carbon4j.report;

import io.github.carbon4j.CarbonMetrics;

/**
 * One logged interval as a steps file holds it: the metrics with the experiment and run they belong
 * to. Immutable.
 *
 * @param experiment the experiment name
 * @param runId the run that logged it
 * @param metrics the interval
 * @param name the step's name that stays the same from run to run (a JUnit test's unique id);
 *     empty when its context and step number are that name, and in files written before 0.2
 * @param displayName the step's name for people (a JUnit test's display name); empty when it has
 *     none, and in files written before display names
 */
record StepRow(String experiment, String runId, CarbonMetrics metrics, String name, String displayName) {

    StepRow(String experiment, String runId, CarbonMetrics metrics) {
        this(experiment, runId, metrics, "", "");
    }

    StepRow(String experiment, String runId, CarbonMetrics metrics, String name) {
        this(experiment, runId, metrics, name, "");
    }

    /** The name of the step from run to run: its own, else {@code context #step}. */
    String stableName() {
        return name.isEmpty() ? stableName(metrics.context().name(), metrics.step()) : name;
    }

    /** The name a step without its own has from run to run: its context and step number. */
    static String stableName(String context, long step) {
        return context + " #" + step;
    }
}
