package io.github.carbon4j.report;

import io.github.carbon4j.internal.Totals;
import java.time.Instant;

/**
 * One run in a summary: what it was, when it ended, what it cost, what it logged, and whether its
 * reports are complete. Immutable.
 *
 * @param record the run, its machine and location
 * @param end when it closed, or its last step for a run killed before close
 * @param totals the whole run's cost
 * @param steps the sums of its logged steps
 * @param unwrittenSteps steps logged but not written to the steps file (a full disk, say): they are
 *     in the totals but missing from the steps file and the files built from it
 * @param killed true when the run never closed and its reports were completed later from its steps
 *     file ({@code ReportMain finish}), so its totals are sums of the steps it had written
 */
record RunEntry(RunRecord record, Instant end, Totals totals, Totals steps, long unwrittenSteps, boolean killed) {

    String runId() {
        return record.run().runId();
    }

    boolean complete() {
        return unwrittenSteps == 0 && !killed;
    }

    /** What a reader must know about this run's files; empty text when complete. */
    String incompleteness() {
        if (killed) {
            return "never closed (killed, or still running): its reports come from its steps file and its totals are the sums of its logged steps";
        }
        if (unwrittenSteps > 0) {
            return unwrittenSteps + (unwrittenSteps == 1 ? " step was" : " steps were")
                    + " not written to the steps file; the totals include them, the per-step files do not";
        }
        return "";
    }

    /** The short status of emissions.csv's carbon4j column. */
    String status() {
        if (killed) {
            return "killed";
        }
        return unwrittenSteps > 0 ? "incomplete: " + unwrittenSteps + " steps not written" : "complete";
    }
}
