package io.github.carbon4j.report;

import io.github.carbon4j.CarbonMetrics;

/**
 * Receives a logger's steps as they are logged. Called under the logger's lock, one call at a time,
 * in the order the steps were logged. A reporter must not throw for IO trouble: it reports it once
 * and keeps the logger running.
 *
 * @since 0.1
 */
public interface CarbonReporter extends AutoCloseable {

    /** One logged interval; when this returns, the step is durable as far as this reporter goes. */
    void step(CarbonMetrics metrics);

    /** The run ended: write summaries and release files. */
    @Override
    void close();
}
