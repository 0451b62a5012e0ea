package io.github.carbon4j;

/**
 * What a group of steps belongs to: a training loop, a test class, a benchmark. Immutable.
 *
 * @param name the non-blank name, used as is in reports
 * @since 0.1
 */
public record Context(String name) {

    /** The training loop of a model. */
    public static final Context TRAINING = new Context("Training");
    /** The validation of a model. */
    public static final Context VALIDATION = new Context("Validation");
    /** The testing of a model. */
    public static final Context TESTING = new Context("Testing");

    /**
     * Checks the name.
     *
     * @param name the non-blank name
     * @throws IllegalArgumentException when it is null or blank
     */
    public Context {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a context needs a non-blank name, got \"" + name + "\"");
        }
    }

    /**
     * A context of the given name.
     *
     * @param name the non-blank name, used as is in reports
     * @return the context
     * @throws IllegalArgumentException when it is null or blank
     */
    public static Context of(String name) {
        return new Context(name);
    }

    // Written out, not the record's generated ones: their first call bootstraps method handles, which costs
    // a starting JVM milliseconds. The same values: equal names, and the name's hash.
    @Override
    public boolean equals(Object other) {
        return other instanceof Context c && name.equals(c.name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
