package io.github.carbon4j;

/**
 * How a component's energy was obtained, so that every estimate is labelled as one. Immutable.
 *
 * @param kind whether the figure was measured, estimated, configured, or not obtained at all
 * @param name what did it, e.g. {@code "RAPL package counters"} or {@code "TDP model"}
 * @param detail more about it for reports (model name, TDP, devices); may be empty
 * @since 0.1
 */
public record MeasurementMethod(Kind kind, String name, String detail) {

    /** The four kinds of figure. */
    public enum Kind {
        /** Read from a hardware energy counter. */
        MEASURED("measured by"),
        /** Computed from a model (TDP × load, DIMM count, power × time). */
        ESTIMATED("estimated by"),
        /** A fixed power given in configuration. */
        CONFIGURED("configured as"),
        /** Not measured; the energy is zero. */
        NONE("not measured:");

        private final String verb;

        Kind(String verb) {
            this.verb = verb;
        }
    }

    /** No meter for this component: zero energy. */
    public static final MeasurementMethod NONE = new MeasurementMethod(Kind.NONE, "none", "");

    /**
     * Checks that every part is there.
     *
     * @param kind how the figure was obtained
     * @param name the method's short name
     * @param detail more about it; empty for none
     * @throws IllegalArgumentException when a part is null
     */
    public MeasurementMethod {
        if (kind == null || name == null || detail == null) {
            throw new IllegalArgumentException("kind, name and detail are required");
        }
    }

    /**
     * A method of kind {@link Kind#MEASURED}: read from a hardware counter.
     *
     * @param name the method's short name, e.g. {@code RAPL}
     * @param detail more, e.g. the zones read; empty for none
     * @return the method
     */
    public static MeasurementMethod measured(String name, String detail) {
        return new MeasurementMethod(Kind.MEASURED, name, detail);
    }

    /**
     * A method of kind {@link Kind#ESTIMATED}: derived from a model.
     *
     * @param name the method's short name, e.g. {@code RAPL}
     * @param detail more, e.g. the zones read; empty for none
     * @return the method
     */
    public static MeasurementMethod estimated(String name, String detail) {
        return new MeasurementMethod(Kind.ESTIMATED, name, detail);
    }

    /**
     * A method of kind {@link Kind#CONFIGURED}: a fixed figure from the configuration.
     *
     * @param name the method's short name, e.g. {@code RAPL}
     * @param detail more, e.g. the zones read; empty for none
     * @return the method
     */
    public static MeasurementMethod configured(String name, String detail) {
        return new MeasurementMethod(Kind.CONFIGURED, name, detail);
    }

    /** {@return whether the figure is an estimate: true unless it came from a hardware counter} */
    public boolean isEstimate() {
        return kind != Kind.MEASURED;
    }

    /**
     * Reads like {@code "cpu estimated by TDP model"}.
     *
     * @param component the component measured
     * @return the component, the kind's verb and the name
     */
    public String describe(Component component) {
        return component.key() + " " + kind.verb + " " + name;
    }

    @Override
    public String toString() {
        return detail.isEmpty() ? name : name + " (" + detail + ")";
    }
}
