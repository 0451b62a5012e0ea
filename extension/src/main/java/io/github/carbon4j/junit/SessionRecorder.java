package io.github.carbon4j.junit;

import io.github.carbon4j.CarbonLogger;
import io.github.carbon4j.CarbonMetrics;
import io.github.carbon4j.Context;
import java.util.Optional;

/** A {@link CarbonRecorder} logging each block as the next step of the test's context. Thread-safe. */
final class SessionRecorder implements CarbonRecorder {

    private final CarbonSession session;
    private final Context context;

    SessionRecorder(CarbonSession session, Context context) {
        this.session = session;
        this.context = context;
    }

    @Override
    public <E extends Throwable> CarbonMetrics measure(Block<E> block) throws E {
        long step = session.nextStep(context);
        Optional<CarbonLogger.Span> span = session.begin();
        Throwable failure = null;
        try {
            block.run();
        } catch (Throwable t) {
            failure = t;
        }
        CarbonMetrics metrics =
                span.flatMap(s -> session.end(s, context, step)).orElseGet(() -> session.unmeasured(context, step));
        if (failure != null) {
            throw SessionRecorder.<E>declared(failure);
        }
        return metrics;
    }

    /**
     * The block's failure as the type it declares: an unchecked exception or an error, or else the
     * checked {@code E} that the compiler let the block throw (the cast is erased to Throwable).
     */
    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E declared(Throwable failure) {
        return (E) failure;
    }

    @Override
    public String toString() {
        return "CarbonRecorder[" + context + "]";
    }
}
