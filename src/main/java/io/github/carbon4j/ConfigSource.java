package io.github.carbon4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Where configuration values come from: a lookup from a {@code carbon4j.*} key to its raw value.
 * Sources chain with {@link #or(ConfigSource)}, the first one that has a key winning.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface ConfigSource {

    /** The raw value of the key, or empty when this source does not set it. */
    Optional<String> get(String key);

    /** This source, then the other for keys this one lacks. */
    default ConfigSource or(ConfigSource other) {
        return key -> {
            Optional<String> value = get(key);
            return value.isPresent() ? value : other.get(key);
        };
    }

    /** Values from a map keyed by {@code carbon4j.*} keys; blank values count as unset. */
    static ConfigSource of(Map<String, String> values) {
        return key -> Optional.ofNullable(values.get(key)).filter(v -> !v.isBlank());
    }

    /** Java system properties, read at each lookup. */
    static ConfigSource systemProperties() {
        return key -> Optional.ofNullable(System.getProperty(key)).filter(v -> !v.isBlank());
    }

    /** Environment variables named as in {@link ConfigKeys#environmentName(String)}. */
    static ConfigSource environment(Map<String, String> environment) {
        return key -> Optional.ofNullable(environment.get(ConfigKeys.environmentName(key))).filter(v -> !v.isBlank());
    }

    /** A {@code carbon4j.properties} file on the class path of the loader, if there is one. */
    static ConfigSource classpathProperties(ClassLoader loader) {
        Properties properties = new Properties();
        try (InputStream in = loader.getResourceAsStream("carbon4j.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read carbon4j.properties from the class path", e);
        }
        return key -> Optional.ofNullable(properties.getProperty(key)).map(String::trim).filter(v -> !v.isEmpty());
    }

    /** System properties, then environment, then {@code carbon4j.properties}: what {@link CarbonConfig#fromEnvironment()} reads. */
    static ConfigSource standard() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return systemProperties()
                .or(environment(System.getenv()))
                .or(classpathProperties(loader != null ? loader : ConfigSource.class.getClassLoader()));
    }
}
