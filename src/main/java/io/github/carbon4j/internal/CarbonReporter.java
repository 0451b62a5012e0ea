package io.github.carbon4j.internal;

import io.github.carbon4j.CarbonMetrics;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Receives a logger's steps as they are logged. Called under the logger's lock, one call at a time,
 * in the order the steps were logged. A reporter must not throw for IO trouble (nor pass on an
 * {@code Error} such as running out of memory while writing): it reports it once and keeps the
 * logger running.
 *
 * <p>Not API: public only for carbon4j's own packages and modules; it may change in any release.
 *
 * @since 0.1
 */
public interface CarbonReporter extends AutoCloseable {

    /**
     * One logged interval; when this returns, the step is durable as far as this reporter goes.
     *
     * @param metrics the interval's energy, emissions and context
     */
    void step(CarbonMetrics metrics);

    /**
     * One logged interval with a name that stays the same from run to run (a JUnit test's unique id),
     * where its context and step number may not: steps of parallel tests are numbered as they start.
     * By default the name is dropped.
     *
     * @param metrics the interval's energy, emissions and context
     * @param name the step's stable name; empty when the context and step name it
     * @since 0.2
     */
    default void step(CarbonMetrics metrics, String name) {
        step(metrics);
    }

    /**
     * One logged interval with its stable name and a name for people (a JUnit test's display name,
     * which need not be unique nor stay the same). By default the display name is dropped.
     *
     * @param metrics the interval's energy, emissions and context
     * @param name the step's stable name; empty when the context and step name it
     * @param displayName the step's name for people; empty when it has none
     * @since 0.2
     */
    default void step(CarbonMetrics metrics, String name, String displayName) {
        step(metrics, name);
    }

    /**
     * Writes the HTML page of the output directory as it stands now into the file: the runs closed
     * there and this run's steps so far, its totals summed from them. The directory's own
     * {@code report.html} is written when the run closes. By default nothing is written.
     *
     * @param file where to write the page; replaced when it exists
     * @return whether the file was written
     * @throws IOException when the file cannot be written
     * @since 0.2
     */
    default boolean page(Path file) throws IOException {
        return false;
    }

    /**
     * The run ended: write summaries and release files.
     *
     * @param run the whole run as one interval, read from the meters from the logger's start to its
     *     close: the run's totals, which steps cannot give (parallel steps overlap, time between
     *     steps is in no step)
     */
    void close(CarbonMetrics run);

    /**
     * The run ended without a reading of the whole run (the meters failed at close): the reports
     * fall back to the sums of the logged steps and say so.
     */
    @Override
    void close();
}
