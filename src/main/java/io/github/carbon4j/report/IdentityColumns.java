package io.github.carbon4j.report;

/**
 * The steps file's experiment, run id and context columns as UTF-8, kept from the row before while they stay
 * equal: the experiment and the run id never change within a run, and a test class's tests or a benchmark's
 * iterations share a context. Comparing three strings is cheaper than checking them for quotes and encoding
 * them again: in a JFR profile of the JUnit extension's tests, that check and encoding of a row's six text
 * columns had a tenth of the samples in carbon4j's code. Not thread-safe: one per steps file, called under the
 * logger's lock (a fresh one for a single row).
 */
final class IdentityColumns {

    private String experiment;
    private String runId;
    private String context;
    private final ByteText encoded = new ByteText(128);

    /** Appends {@code experiment,runId,context,} to the buffer, each quoted as a CSV field needs. */
    ByteText append(ByteText sb, String experiment, String runId, String context) {
        if (!experiment.equals(this.experiment) || !runId.equals(this.runId) || !context.equals(this.context)) {
            encoded.setLength(0);
            StepRowWriter.field(encoded, experiment).ascii(',');
            StepRowWriter.field(encoded, runId).ascii(',');
            StepRowWriter.field(encoded, context).ascii(',');
            this.experiment = experiment;
            this.runId = runId;
            this.context = context;
        }
        return sb.append(encoded.array(), 0, encoded.length());
    }
}
