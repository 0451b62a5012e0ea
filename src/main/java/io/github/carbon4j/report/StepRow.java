package io.github.carbon4j.report;

import io.github.carbon4j.CarbonMetrics;

/**
 * One logged interval as a steps file holds it: the metrics with the experiment and run they belong
 * to. Immutable.
 *
 * @param experiment the experiment name
 * @param runId the run that logged it
 * @param metrics the interval
 */
record StepRow(String experiment, String runId, CarbonMetrics metrics) {
}
