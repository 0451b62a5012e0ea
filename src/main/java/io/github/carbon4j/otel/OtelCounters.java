package io.github.carbon4j.otel;

import io.github.carbon4j.CarbonMetrics;
import io.github.carbon4j.Component;
import io.github.carbon4j.MeasurementMethod;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.metrics.DoubleCounter;
import io.opentelemetry.api.metrics.Meter;
import java.util.Locale;
import java.util.Map;

/**
 * Adds each step to two OpenTelemetry counters. The only class that names OpenTelemetry types, so
 * nothing of the API loads unless it is wanted and present. Thread-safe, as the API's instruments are.
 */
final class OtelCounters implements StepListener {

    private static final AttributeKey<String> COMPONENT = AttributeKey.stringKey(OtelNames.COMPONENT);
    private static final AttributeKey<String> CONTEXT = AttributeKey.stringKey(OtelNames.CONTEXT);
    private static final AttributeKey<String> EXPERIMENT = AttributeKey.stringKey(OtelNames.EXPERIMENT);

    private final DoubleCounter energy;
    private final DoubleCounter emissions;
    private final String experiment;

    OtelCounters(Meter meter, String experiment) {
        this.energy = meter.counterBuilder(OtelNames.ENERGY)
                .ofDoubles()
                .setUnit(OtelNames.JOULES)
                .setDescription("Energy of the measured work per component, without PUE")
                .build();
        this.emissions = meter.counterBuilder(OtelNames.EMISSIONS)
                .ofDoubles()
                .setUnit(OtelNames.GRAMS)
                .setDescription("CO2-equivalent emissions of the measured work, with PUE")
                .build();
        this.experiment = experiment;
    }

    @Override
    public void stepLogged(CarbonMetrics metrics, Map<String, String> attributes) {
        AttributesBuilder common =
                Attributes.builder().put(CONTEXT, metrics.context().name()).put(EXPERIMENT, experiment);
        attributes.forEach((key, value) -> common.put(AttributeKey.stringKey(key), value));
        Attributes step = common.build();
        for (Component component : Component.values()) {
            // A component without a meter is no part of the work's energy, not a measured zero.
            if (metrics.method(component).kind() != MeasurementMethod.Kind.NONE) {
                energy.add(
                        metrics.energy(component).joules(),
                        step.toBuilder()
                                .put(COMPONENT, component.name().toLowerCase(Locale.ROOT))
                                .build());
            }
        }
        emissions.add(metrics.emissions().grams(), step);
    }
}
