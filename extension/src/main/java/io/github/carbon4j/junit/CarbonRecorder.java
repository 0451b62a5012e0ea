package io.github.carbon4j.junit;

import io.github.carbon4j.CarbonMetrics;
import org.junit.jupiter.api.function.Executable;

/**
 * Measures blocks inside a tracked test; declare it as a parameter of a test (or lifecycle) method.
 * Each block is logged as a step of the test's context and its metrics are returned, so a test can
 * assert on the part that matters (see {@link CarbonAssertions}).
 *
 * <p>Thread-safe. A block's interval overlaps the test's own, so both records are flagged as
 * overlapped.
 *
 * @since 0.1
 */
public interface CarbonRecorder {

    /**
     * Runs the block and returns its energy and emissions. When the block throws, the interval is
     * still logged and the exception propagates unchanged.
     */
    CarbonMetrics measure(Executable block);
}
