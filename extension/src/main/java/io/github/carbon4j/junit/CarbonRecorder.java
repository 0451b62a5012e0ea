package io.github.carbon4j.junit;

import io.github.carbon4j.CarbonMetrics;

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
     * still logged and the exception propagates unchanged. The exceptions the block may throw are
     * declared, as JUnit's {@code Executable} declares them: for a block that throws no checked
     * exception, {@code E} is inferred as {@link RuntimeException} and the caller declares nothing;
     * for {@code () -> Thread.sleep(5)} it is {@link InterruptedException}.
     *
     * @param <E> what the block may throw
     * @param block the code to measure
     * @return the energy and emissions of the block's interval
     * @throws E whatever the block throws, unchanged
     * @since 0.3 with the thrown type declared; before, checked exceptions passed undeclared
     */
    <E extends Throwable> CarbonMetrics measure(Block<E> block) throws E;

    /**
     * A block of test code, like JUnit's {@link org.junit.jupiter.api.function.Executable} but
     * with the exception it throws as a type parameter, so that {@link #measure} declares it.
     *
     * @param <E> what the block may throw
     * @since 0.3
     */
    @FunctionalInterface
    interface Block<E extends Throwable> {
        /**
         * Runs the block.
         *
         * @throws E whatever the block code throws
         */
        void run() throws E;
    }
}
