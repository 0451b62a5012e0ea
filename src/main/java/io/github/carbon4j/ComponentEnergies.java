package io.github.carbon4j;

import java.util.Arrays;
import java.util.Objects;

/**
 * The energy of each {@link Component} over one interval (J, without PUE) with how each was obtained:
 * the input from which {@link CarbonMetrics} derives its figures. Immutable and thread-safe. A
 * component that was not given has zero energy and method {@link MeasurementMethod#NONE}.
 *
 * <p>Built with {@link #builder()}, one {@link Builder#put put} per measured component, e.g.
 * {@code ComponentEnergies.builder().put(Component.CPU, Energy.ofJoules(36), method).build()}.
 *
 * @since 0.1 (a record of six components in 0.1)
 */
public final class ComponentEnergies {

    private static final Component[] COMPONENTS = Component.values();

    /** Every component without energy and without a meter. */
    public static final ComponentEnergies NONE = builder().build();

    private final Energy[] energies;
    private final MeasurementMethod[] methods;

    private ComponentEnergies(Energy[] energies, MeasurementMethod[] methods) {
        this.energies = energies;
        this.methods = methods;
    }

    /** {@return a builder with every component at zero energy and method {@link MeasurementMethod#NONE}} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Takes the arrays, indexed by {@link Component#ordinal()}, as they are, without a copy: the caller
     * never changes them afterwards. For the logger, which builds one per step.
     */
    static ComponentEnergies wrap(Energy[] energies, MeasurementMethod[] methods) {
        return new ComponentEnergies(energies, methods);
    }

    /**
     * The component's energy, J, without PUE.
     *
     * @param component the component
     * @return the energy; zero when it was not given
     */
    public Energy energy(Component component) {
        return energies[component.ordinal()];
    }

    /**
     * How the component's energy was obtained.
     *
     * @param component the component
     * @return the method; {@link MeasurementMethod#NONE} when it was not given
     */
    public MeasurementMethod method(Component component) {
        return methods[component.ordinal()];
    }

    /** {@return the energy of all components together, without PUE} */
    public Energy total() {
        double joules = 0;
        for (Energy e : energies) {
            joules += e.joules();
        }
        return Energy.ofJoules(joules);
    }

    /** Appends each metered component's method, e.g. {@code cpu estimated by TDP model; }. */
    StringBuilder describeMethods(StringBuilder sb) {
        for (Component c : COMPONENTS) {
            MeasurementMethod m = method(c);
            if (m.kind() != MeasurementMethod.Kind.NONE) {
                sb.append(m.describe(c)).append("; ");
            }
        }
        return sb;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ComponentEnergies other
                && Arrays.equals(energies, other.energies)
                && Arrays.equals(methods, other.methods);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(energies) + Arrays.hashCode(methods);
    }

    /** E.g. {@code cpu 36 J (measured: RAPL), gpu 0 J (not measured: none), ram 2 J (...)}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Component c : COMPONENTS) {
            sb.append(sb.length() == 0 ? "" : ", ")
                    .append(c.key())
                    .append(' ')
                    .append(energy(c))
                    .append(" (")
                    .append(method(c))
                    .append(')');
        }
        return sb.toString();
    }

    /** Collects the components' energies; not thread-safe, each {@link #build()} takes a copy. */
    public static final class Builder {
        private final Energy[] energies = new Energy[COMPONENTS.length];
        private final MeasurementMethod[] methods = new MeasurementMethod[COMPONENTS.length];

        private Builder() {
            Arrays.fill(energies, Energy.ZERO);
            Arrays.fill(methods, MeasurementMethod.NONE);
        }

        /**
         * Sets one component's energy and method, replacing what was set before for it.
         *
         * @param component the component
         * @param energy the component's energy over the interval, J, without PUE
         * @param method how it was obtained
         * @return this builder
         */
        public Builder put(Component component, Energy energy, MeasurementMethod method) {
            energies[component.ordinal()] = Objects.requireNonNull(energy, "energy");
            methods[component.ordinal()] = Objects.requireNonNull(method, "method");
            return this;
        }

        /** {@return the energies put so far; zero and {@link MeasurementMethod#NONE} for the others} */
        public ComponentEnergies build() {
            return new ComponentEnergies(energies.clone(), methods.clone());
        }
    }
}
