package io.github.carbon4j.junit;

import io.github.carbon4j.CarbonMetrics;
import io.github.carbon4j.Emissions;
import io.github.carbon4j.Energy;
import io.github.carbon4j.Limit;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on {@link CarbonMetrics}; obtain one with {@link CarbonAssertions#assertThat}.
 * Failure messages show the figure, the limit and how the figure was obtained. Not thread-safe (as
 * any AssertJ assert).
 *
 * @since 0.1
 */
public final class CarbonMetricsAssert extends AbstractAssert<CarbonMetricsAssert, CarbonMetrics> {

    CarbonMetricsAssert(CarbonMetrics actual) {
        super(actual, CarbonMetricsAssert.class);
    }

    /**
     * Emissions at most the limit, written as in {@link Emissions#parse}, e.g. {@code "1 mg"}.
     *
     * @param limit the most emissions allowed, with its unit
     * @return this assertion
     * @throws IllegalArgumentException quoting a malformed limit
     */
    public CarbonMetricsAssert hasEmissionsAtMost(String limit) {
        return hasEmissionsAtMost(Emissions.parse(limit));
    }

    /**
     * Asserts that the interval's operational emissions are at most the limit.
     *
     * @param limit the most emissions allowed
     * @return this assertion
     */
    public CarbonMetricsAssert hasEmissionsAtMost(Emissions limit) {
        isNotNull();
        if (!Limit.emissions(limit).admits(actual.emissions())) {
            failWithMessage(
                    "%nExpecting emissions of %s step %s to be at most%n  %s%nbut were%n  %s%n(%s)",
                    actual.context(), actual.step(), limit, actual.emissions(), actual.explain());
        }
        return this;
    }

    /**
     * SCI (operational plus embodied emissions, {@link CarbonMetrics#sci()}) at most the limit,
     * written as in {@link Emissions#parse}, e.g. {@code "5 mg"}.
     *
     * @param limit the most SCI allowed, with its unit
     * @return this assertion
     * @throws IllegalArgumentException quoting a malformed limit
     * @since 0.2
     */
    public CarbonMetricsAssert hasSciAtMost(String limit) {
        return hasSciAtMost(Emissions.parse(limit));
    }

    /**
     * Asserts that the interval's SCI (operational plus embodied emissions) is at most the limit.
     *
     * @param limit the most SCI allowed
     * @return this assertion
     * @since 0.2
     */
    public CarbonMetricsAssert hasSciAtMost(Emissions limit) {
        isNotNull();
        if (!Limit.sci(limit).admits(actual.sci())) {
            failWithMessage(
                    "%nExpecting SCI of %s step %s to be at most%n  %s%nbut was%n  %s (%s operational + %s"
                            + " embodied)%n(%s)",
                    actual.context(),
                    actual.step(),
                    limit,
                    actual.sci(),
                    actual.emissions(),
                    actual.embodiedEmissions(),
                    actual.explain());
        }
        return this;
    }

    /**
     * Energy (with PUE) at most the limit, written as in {@link Energy#parse}, e.g. {@code "10 J"}.
     *
     * @param limit the most energy allowed, with its unit
     * @return this assertion
     * @throws IllegalArgumentException quoting a malformed limit
     */
    public CarbonMetricsAssert hasEnergyAtMost(String limit) {
        return hasEnergyAtMost(Energy.parse(limit));
    }

    /**
     * Asserts that the interval's energy consumed (with PUE applied) is at most the limit.
     *
     * @param limit the most energy allowed
     * @return this assertion
     */
    public CarbonMetricsAssert hasEnergyAtMost(Energy limit) {
        isNotNull();
        if (!Limit.energy(limit).admits(actual.energyConsumed())) {
            failWithMessage(
                    "%nExpecting energy of %s step %s to be at most%n  %s%nbut was%n  %s%n(%s)",
                    actual.context(), actual.step(), limit, actual.energyConsumed(), actual.explain());
        }
        return this;
    }
}
