package io.github.carbon4j;

import java.util.Objects;
import java.util.Optional;

/**
 * One row of the configuration table ({@link ConfigTable}): a key's name, how its text is parsed,
 * the check every value passes (parsed or set in code alike), its default, unit and help. Immutable
 * and thread-safe.
 *
 * @param <T> the type of the key's value
 * @since 0.3
 */
public final class ConfigKey<T> {

    /** Who reads a key. */
    public enum Reader {
        /** {@link CarbonConfig}: every logger, the JUnit extension and the JMH profiler's options. */
        CORE,
        /** The JUnit extension only, as configuration parameters. */
        JUNIT
    }

    private final String name;
    private final Reader reader;
    /** How the text is parsed: one of {@link ConfigChecks}'s parser names (a name, not a lambda: see there). */
    private final String parser;
    /** The check every value passes: one of {@link ConfigChecks}'s check names, empty for none. */
    private final String check;

    private final Optional<T> defaultValue;
    private final String defaultText;
    private final String unit;
    private final String example;
    private final String help;
    private final boolean secret;

    private ConfigKey(
            String name,
            Reader reader,
            String parser,
            String check,
            Optional<T> defaultValue,
            String defaultText,
            String unit,
            String example,
            String help,
            boolean secret) {
        this.name = name;
        this.reader = reader;
        this.parser = parser;
        this.check = check;
        this.defaultValue = defaultValue;
        this.defaultText = defaultText;
        this.unit = unit;
        this.example = example;
        this.help = help;
        this.secret = secret;
    }

    /** A key read by {@link CarbonConfig}, without a default, unit, check or help yet. */
    static <T> ConfigKey<T> of(String name, String parser, String help, String example) {
        return new ConfigKey<>(name, Reader.CORE, parser, "", Optional.empty(), "", "", example, help, false);
    }

    ConfigKey<T> checked(String newCheck) {
        return new ConfigKey<>(name, reader, parser, newCheck, defaultValue, defaultText, unit, example, help, secret);
    }

    ConfigKey<T> defaults(T value, String text) {
        return new ConfigKey<>(name, reader, parser, check, Optional.of(value), text, unit, example, help, secret);
    }

    /** A default that is no value of the key (an estimate, a derived figure), described for people. */
    ConfigKey<T> defaults(String text) {
        return new ConfigKey<>(name, reader, parser, check, defaultValue, text, unit, example, help, secret);
    }

    ConfigKey<T> unit(String newUnit) {
        return new ConfigKey<>(name, reader, parser, check, defaultValue, defaultText, newUnit, example, help, secret);
    }

    ConfigKey<T> readBy(Reader newReader) {
        return new ConfigKey<>(name, newReader, parser, check, defaultValue, defaultText, unit, example, help, secret);
    }

    ConfigKey<T> secret() {
        return new ConfigKey<>(name, reader, parser, check, defaultValue, defaultText, unit, example, help, true);
    }

    /** {@return the key, e.g. {@code carbon4j.cpu.tdp}} */
    public String name() {
        return name;
    }

    /** {@return the key without the {@code carbon4j.} prefix, as the JMH profiler's option: {@code cpu.tdp}} */
    public String optionName() {
        return name.substring(ConfigKeys.PREFIX.length());
    }

    /** {@return the environment variable: {@code CARBON4J_CPU_TDP}} */
    public String environmentName() {
        return ConfigKeys.environmentName(name);
    }

    /** {@return who reads the key} */
    public Reader reader() {
        return reader;
    }

    /** {@return the default value, when it is a value of the key; empty when it is derived or there is none} */
    public Optional<T> defaultValue() {
        return defaultValue;
    }

    /** {@return the default as people read it, e.g. {@code 1}, {@code the provider's published PUE, else 1}; empty if none} */
    public String defaultText() {
        return defaultText;
    }

    /** {@return the unit of a bare number, e.g. {@code W}, {@code g/kWh}; empty for values without one} */
    public String unit() {
        return unit;
    }

    /** {@return an example value, e.g. {@code 65}} */
    public String example() {
        return example;
    }

    /** {@return what the key means, one line} */
    public String help() {
        return help;
    }

    /**
     * Parses and checks a raw value as a source gives it (surrounding blanks ignored).
     *
     * @param raw the value as the source gives it
     * @return the parsed, checked value
     * @throws CarbonConfigurationException naming the key and the value (never a secret one)
     */
    @SuppressWarnings("unchecked") // the parser of a ConfigKey<T> gives a T: ConfigTable's rows pair them
    public T parse(String raw) {
        String text = Objects.requireNonNull(raw, name).strip();
        T value;
        try {
            value = (T) ConfigChecks.parse(parser, text);
        } catch (RuntimeException e) {
            throw invalid(text, e instanceof NumberFormatException ? "not a number" : e.getMessage(), e);
        }
        return check(value, text);
    }

    /**
     * Checks a value set in code as a parsed one would be.
     *
     * @param value the value, not null
     * @return the value
     * @throws CarbonConfigurationException naming the key and the value
     */
    public T check(T value) {
        if (value == null) {
            throw CarbonConfigurationException.about(name, name + " must not be null");
        }
        return check(value, String.valueOf(value));
    }

    @SuppressWarnings("unchecked") // a check gives back the value it was given
    private T check(T value, String text) {
        try {
            return (T) ConfigChecks.check(check, value);
        } catch (IllegalArgumentException e) {
            throw invalid(text, e.getMessage(), e);
        }
    }

    private CarbonConfigurationException invalid(String text, String reason, RuntimeException cause) {
        if (secret) {
            return CarbonConfigurationException.about(name, name + " " + reason);
        }
        return new CarbonConfigurationException(name, text, reason, cause);
    }

    @Override
    public String toString() {
        return name;
    }
}
