package io.github.carbon4j.junit;

import io.github.carbon4j.CarbonLogger;
import io.github.carbon4j.CarbonMetrics;
import io.github.carbon4j.Context;
import java.util.Optional;
import org.junit.jupiter.api.function.Executable;

/** A {@link CarbonRecorder} logging each block as the next step of the test's context. Thread-safe. */
final class SessionRecorder implements CarbonRecorder {

    private final CarbonSession session;
    private final Context context;

    SessionRecorder(CarbonSession session, Context context) {
        this.session = session;
        this.context = context;
    }

    @Override
    public CarbonMetrics measure(Executable block) {
        long step = session.nextStep(context);
        Optional<CarbonLogger.Span> span = session.begin();
        Throwable failure = null;
        try {
            block.execute();
        } catch (Throwable t) {
            failure = t;
        }
        CarbonMetrics metrics = span.flatMap(s -> session.end(s, context, step))
                .orElseGet(() -> session.unmeasured(context, step));
        if (failure != null) {
            throw SessionRecorder.<RuntimeException>rethrow(failure);
        }
        return metrics;
    }

    // Lets the block's checked exception through unchanged, as if the test had thrown it itself.
    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T rethrow(Throwable failure) throws T {
        throw (T) failure;
    }

    @Override
    public String toString() {
        return "CarbonRecorder[" + context + "]";
    }
}
