package io.github.carbon4j.otel;

import io.github.carbon4j.internal.KeyNames;
import io.github.carbon4j.internal.Notices;
import java.util.Optional;

/**
 * The step listeners a configuration asks for: with {@code carbon4j.otel} set and
 * {@code io.opentelemetry:opentelemetry-api} on the class path, counters on {@code GlobalOpenTelemetry}.
 * Without the key nothing of OpenTelemetry is looked up or loaded. Thread-safe.
 *
 * @since 0.2
 */
public final class StepListeners {

    static final String API_CLASS = "io.opentelemetry.api.GlobalOpenTelemetry";

    private StepListeners() {}

    /**
     * Empty unless {@code enabled} ({@code carbon4j.otel}); then empty with one notice when the API is
     * missing. Not API: the façade ({@code CarbonLogger}) calls it.
     *
     * @param enabled whether {@code carbon4j.otel} asks for the export
     * @param experiment the experiment name the counters carry
     * @param notices where a missing OpenTelemetry API is reported, once
     * @return the OpenTelemetry listener, or empty when not enabled or the API is missing
     * @since 0.3
     */
    public static Optional<StepListener> open(boolean enabled, String experiment, Notices notices) {
        return open(enabled, experiment, notices, StepListeners.class.getClassLoader());
    }

    /** As {@link #open(boolean, String, Notices)}, looking for the API with the given loader. */
    static Optional<StepListener> open(boolean enabled, String experiment, Notices notices, ClassLoader loader) {
        if (!enabled) {
            return Optional.empty();
        }
        if (!apiPresent(loader)) {
            notices.warn(
                    "otel.missing",
                    KeyNames.OTEL + " is set but io.opentelemetry:opentelemetry-api is not on the"
                            + " class path; add it with an SDK and an exporter to send the figures");
            return Optional.empty();
        }
        return Optional.of(Global.counters(experiment));
    }

    private static boolean apiPresent(ClassLoader loader) {
        try {
            Class.forName(API_CLASS, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Loaded only once the API is known to be there. */
    private static final class Global {
        static StepListener counters(String experiment) {
            return new OtelCounters(io.opentelemetry.api.GlobalOpenTelemetry.getMeter(OtelNames.SCOPE), experiment);
        }
    }
}
