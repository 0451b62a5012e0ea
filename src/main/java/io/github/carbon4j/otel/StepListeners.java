package io.github.carbon4j.otel;

import io.github.carbon4j.CarbonConfig;
import io.github.carbon4j.ConfigKeys;
import io.github.carbon4j.Notices;
import java.util.Optional;

/**
 * The step listeners a configuration asks for: with {@link ConfigKeys#OTEL} set and
 * {@code io.opentelemetry:opentelemetry-api} on the class path, counters on {@code GlobalOpenTelemetry}.
 * Without the key nothing of OpenTelemetry is looked up or loaded. Thread-safe.
 *
 * @since 0.2
 */
public final class StepListeners {

    static final String API_CLASS = "io.opentelemetry.api.GlobalOpenTelemetry";

    private StepListeners() {}

    /** Empty unless {@code carbon4j.otel} is true; then empty with one notice when the API is missing. */
    public static Optional<StepListener> forConfig(CarbonConfig config) {
        return forConfig(config, StepListeners.class.getClassLoader());
    }

    /** As {@link #forConfig(CarbonConfig)}, looking for the API with the given loader. */
    static Optional<StepListener> forConfig(CarbonConfig config, ClassLoader loader) {
        if (!config.otel()) {
            return Optional.empty();
        }
        if (!apiPresent(loader)) {
            Notices.once("otel.missing", ConfigKeys.OTEL + " is set but io.opentelemetry:opentelemetry-api is not on the"
                    + " class path; add it with an SDK and an exporter to send the figures");
            return Optional.empty();
        }
        return Optional.of(Global.counters(config.experiment()));
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
