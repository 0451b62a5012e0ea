/**
 * Reports written from the logged steps: the steps file (one row per step, written as it comes so a
 * killed JVM loses nothing), the run summaries in JSON, CodeCarbon-compatible {@code emissions.csv},
 * yProv4ML-compatible PROV-JSON, the HTML page, and {@link io.github.carbon4j.report.ReportMain}, the
 * command line that rebuilds, summarises and checks report directories. Report writing never throws into
 * the user's code: a failure degrades to a notice and the steps file is kept. A new report format goes
 * here, fed by the run's accumulated totals rather than by reading the steps back.
 *
 * @since 0.1
 */
package io.github.carbon4j.report;
