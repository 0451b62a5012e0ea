package io.github.carbon4j.intensity;

import java.io.IOException;

/** One live source of the grid's current intensity. Implementations are thread-safe. */
interface GridFeed {

    /**
     * Asks the source once.
     *
     * @throws IOException for a network failure, an HTTP error status or an answer that cannot be read
     */
    IntensityEstimate fetch() throws IOException;

    /** What is asked, for notices, e.g. {@code Electricity Maps zone DE}; never holds a secret. */
    String describe();
}
