package io.github.carbon4j;

import java.util.Optional;

/**
 * A configuration error: a {@code carbon4j.*} key whose value is malformed, out of range or names
 * something unknown (a country, a cloud region, a GPU), or keys that contradict each other. Thrown
 * for configuration only, never for a figure a meter computes, so callers such as the JUnit
 * extension can fail fast on it and degrade on anything else. The message names the key and its
 * value (a secret value such as a token is never quoted).
 *
 * <p>It extends {@link IllegalArgumentException} because every configuration error was one before
 * 0.3: code that catches that keeps working.
 *
 * @since 0.3
 */
public class CarbonConfigurationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The key, when the error is about one key; empty for a message that names several. */
    private final String key;

    /**
     * An invalid value of one key: {@code invalid carbon4j.pue "0.5": PUE must be ...}.
     *
     * @param key the configuration key, e.g. {@code carbon4j.pue}
     * @param value the value as given; quoted in the message
     * @param reason why it is invalid
     * @param cause the parser's exception, may be null
     */
    public CarbonConfigurationException(String key, String value, String reason, Throwable cause) {
        super("invalid " + key + " \"" + value + "\": " + reason, cause);
        this.key = key;
    }

    /**
     * A configuration error whose message already names the keys and values concerned.
     *
     * @param message the whole message
     * @param cause the underlying exception, may be null
     */
    public CarbonConfigurationException(String message, Throwable cause) {
        super(message, cause);
        this.key = null;
    }

    /** A configuration error about one key, with a message that names it but not its (secret) value. */
    static CarbonConfigurationException about(String key, String message) {
        return new CarbonConfigurationException(key, message);
    }

    private CarbonConfigurationException(String key, String message) {
        super(message);
        this.key = key;
    }

    /** {@return the configuration key this error is about; empty when the message names several} */
    public Optional<String> key() {
        return Optional.ofNullable(key);
    }
}
