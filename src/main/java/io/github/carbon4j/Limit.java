package io.github.carbon4j;

import java.util.Optional;

/**
 * A budget on one figure: the figure must be at most the limit ({@code figure ≤ limit}), and the
 * words that say whether it is. The one budget value behind {@code @CarbonBudget}, the JUnit and
 * JMH assertions, the JMH {@code BudgetCheck} and {@code ReportMain check}. Immutable and
 * thread-safe.
 *
 * @param figure what is bounded, as messages name it: {@code energy}, {@code emissions} or {@code SCI}
 * @param limit the largest figure within budget
 * @param <Q> the quantity, {@link Energy} or {@link Emissions}
 * @since 0.3
 */
public record Limit<Q extends Comparable<Q>>(String figure, Q limit) {

    /**
     * Checks that both parts are there.
     *
     * @param figure what is bounded, not blank
     * @param limit the largest figure within budget
     * @throws IllegalArgumentException when either is missing
     */
    public Limit {
        if (figure == null || figure.isBlank() || limit == null) {
            throw new IllegalArgumentException("a limit needs a figure name and a limit, got " + figure + ", " + limit);
        }
    }

    /**
     * A limit on energy.
     *
     * @param max the largest energy within budget
     * @return the limit
     */
    public static Limit<Energy> energy(Energy max) {
        return new Limit<>("energy", max);
    }

    /**
     * A limit on energy written as {@link Energy#parse} reads it, e.g. {@code "50 J"}.
     *
     * @param max the largest energy within budget, with its unit
     * @return the limit
     * @throws IllegalArgumentException quoting a malformed limit
     */
    public static Limit<Energy> energy(String max) {
        return energy(Energy.parse(max));
    }

    /**
     * A limit on operational emissions.
     *
     * @param max the largest emissions within budget
     * @return the limit
     */
    public static Limit<Emissions> emissions(Emissions max) {
        return new Limit<>("emissions", max);
    }

    /**
     * A limit on operational emissions written as {@link Emissions#parse} reads it, e.g. {@code "5 mg"}.
     *
     * @param max the largest emissions within budget, with its unit
     * @return the limit
     * @throws IllegalArgumentException quoting a malformed limit
     */
    public static Limit<Emissions> emissions(String max) {
        return emissions(Emissions.parse(max));
    }

    /**
     * A limit on SCI: operational plus embodied emissions.
     *
     * @param max the largest SCI within budget
     * @return the limit
     */
    public static Limit<Emissions> sci(Emissions max) {
        return new Limit<>("SCI", max);
    }

    /**
     * A limit on SCI written as {@link Emissions#parse} reads it, e.g. {@code "2 µg"}.
     *
     * @param max the largest SCI within budget, with its unit
     * @return the limit
     * @throws IllegalArgumentException quoting a malformed limit
     */
    public static Limit<Emissions> sci(String max) {
        return sci(Emissions.parse(max));
    }

    /**
     * Whether the value is within budget: at most the limit.
     *
     * @param value the figure
     * @return whether it is at most the limit
     */
    public boolean admits(Q value) {
        return value.compareTo(limit) <= 0;
    }

    /**
     * {@code "7.2 mgCO2eq > 5 mgCO2eq"} when the value is over the limit; empty when within.
     *
     * @param value the figure
     * @return the excess in words; empty when within budget
     */
    public Optional<String> exceededBy(Q value) {
        return admits(value) ? Optional.empty() : Optional.of(value + " > " + limit);
    }

    /**
     * The verdict in words, per unit of work: {@code "energy 1.2 mJ/op <= limit 2 mJ/op"} or
     * {@code "emissions 7 µg > limit 5 µg"}.
     *
     * @param value the figure
     * @param per appended to both figures, e.g. {@code "/op"}; empty for none
     * @return the verdict
     */
    public String verdict(Q value, String per) {
        return figure + " " + value + per + (admits(value) ? " <= " : " > ") + "limit " + limit + per;
    }

    /** {@code "energy <= 50 J"}. */
    @Override
    public String toString() {
        return figure + " <= " + limit;
    }
}
