package io.github.carbon4j.junit;

import io.github.carbon4j.CarbonMetrics;
import io.github.carbon4j.ConfigKey;
import io.github.carbon4j.ConfigKeys;
import io.github.carbon4j.ConfigSource;
import io.github.carbon4j.ConfigTable;
import io.github.carbon4j.Emissions;
import io.github.carbon4j.Energy;
import io.github.carbon4j.Limit;
import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.commons.support.AnnotationSupport;

/** A parsed {@link CarbonBudget}: the limits it sets, each optional. Immutable. */
record Budget(Optional<Limit<Emissions>> emissions, Optional<Limit<Energy>> energy, Optional<Limit<Emissions>> sci) {

    /** The budget declared on the element (directly or through a meta-annotation), if any. */
    static Optional<Budget> on(AnnotatedElement element) {
        Optional<CarbonBudget> annotation = AnnotationSupport.findAnnotation(element, CarbonBudget.class);
        return annotation.isPresent() ? Optional.of(parse(annotation.get(), element)) : Optional.empty();
    }

    /**
     * The budget of every tracked test without a {@code @CarbonBudget} of its own, from
     * {@link ConfigKeys#BUDGET_TEST_ENERGY} and {@link ConfigKeys#BUDGET_TEST_EMISSIONS}; empty when
     * neither is set.
     *
     * @throws io.github.carbon4j.CarbonConfigurationException naming key and value when one is not a figure
     */
    static Optional<Budget> forEveryTest(ConfigSource config) {
        Optional<Energy> energy = setting(config, ConfigTable.BUDGET_TEST_ENERGY);
        Optional<Emissions> emissions = setting(config, ConfigTable.BUDGET_TEST_EMISSIONS);
        if (energy.isEmpty() && emissions.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Budget(
                emissions.isPresent() ? Optional.of(Limit.emissions(emissions.get())) : Optional.empty(),
                energy.isPresent() ? Optional.of(Limit.energy(energy.get())) : Optional.empty(),
                Optional.empty()));
    }

    private static <T> Optional<T> setting(ConfigSource config, ConfigKey<T> key) {
        Optional<String> value = config.get(key.name());
        return value.isPresent() && !value.get().isBlank()
                ? Optional.ofNullable(key.parse(value.get()))
                : Optional.empty();
    }

    static Budget parse(CarbonBudget annotation, Object where) {
        return new Budget(
                figure(annotation.emissions(), "emissions", Limit::emissions, where),
                figure(annotation.energy(), "energy", Limit::energy, where),
                figure(annotation.sci(), "sci", Limit::sci, where));
    }

    private static <T> Optional<T> figure(String text, String attribute, Function<String, T> parser, Object where) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parser.apply(text));
        } catch (IllegalArgumentException e) {
            throw new ExtensionConfigurationException(
                    "malformed @CarbonBudget(" + attribute + " = \"" + text + "\") on " + where + ": " + e.getMessage(),
                    e);
        }
    }

    /**
     * The failure message when the metrics exceed this budget, e.g.
     * {@code carbon budget exceeded: 7.2 mgCO2eq > 5 mgCO2eq (61 J; cpu estimated by TDP model; ...)}.
     *
     * @param what prefixed to the explanation, e.g. {@code "class total of 3 tests: "}; may be empty
     */
    Optional<String> violation(CarbonMetrics metrics, String what) {
        List<String> exceeded = new ArrayList<>();
        emissions.flatMap(limit -> limit.exceededBy(metrics.emissions())).ifPresent(exceeded::add);
        energy.flatMap(limit -> limit.exceededBy(metrics.energyConsumed())).ifPresent(exceeded::add);
        sci.flatMap(limit -> limit.exceededBy(metrics.sci()))
                .ifPresent(over -> exceeded.add("SCI " + over + " (" + metrics.emissions() + " operational + "
                        + metrics.embodiedEmissions() + " embodied)"));
        if (exceeded.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                "carbon budget exceeded: " + String.join(", ", exceeded) + " (" + what + metrics.explain() + ")");
    }
}
