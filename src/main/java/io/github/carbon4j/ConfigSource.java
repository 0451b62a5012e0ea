package io.github.carbon4j;

import java.io.IOException;
import java.io.InputStream;
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

    /**
     * The raw value of the key, or empty when this source does not set it.
     *
     * @param key the key, e.g. {@code carbon4j.country}
     * @return the raw value; empty when not set
     */
    Optional<String> get(String key);

    /**
     * The names this source sets that look like carbon4j keys ({@code carbon4j.*}, or
     * {@code CARBON4J_*} for the environment), each with where it was found, so misspelt ones can be
     * pointed out; empty for a source that cannot list its names.
     *
     * @return where each listed name was found, by name
     */
    default Map<String, String> names() {
        return Map.of();
    }

    /**
     * This source, then the other for keys this one lacks.
     *
     * @param other the source for the keys this one lacks
     * @return the source
     */
    default ConfigSource or(ConfigSource other) {
        ConfigSource self = this;
        return new ConfigSource() {
            @Override
            public Optional<String> get(String key) {
                Optional<String> value = self.get(key);
                return value.isPresent() ? value : other.get(key);
            }

            @Override
            public Map<String, String> names() {
                Map<String, String> all = new java.util.LinkedHashMap<>(other.names());
                all.putAll(self.names());
                return all;
            }
        };
    }

    /**
     * A source that reads from the lookup and lists the given names, found where {@code where} says.
     *
     * @param lookup where values are read
     * @param names the names to list; those not like keys are left out
     * @param where where the names were found, for notices
     * @return the source
     */
    static ConfigSource listing(ConfigSource lookup, java.util.Collection<String> names, String where) {
        Map<String, String> listed = listed(names, where);
        return new ConfigSource() {
            @Override
            public Optional<String> get(String key) {
                return lookup.get(key);
            }

            @Override
            public Map<String, String> names() {
                return listed;
            }
        };
    }

    /** The names that look like keys, each found where {@code where} says. */
    private static Map<String, String> listed(java.util.Collection<String> names, String where) {
        Map<String, String> listed = new java.util.LinkedHashMap<>();
        for (String name : names) {
            if (name.startsWith(ConfigKeys.PREFIX) || name.startsWith("CARBON4J_")) {
                listed.put(name, where);
            }
        }
        return listed;
    }

    /**
     * Values from a map keyed by {@code carbon4j.*} keys; blank values count as unset.
     *
     * @param values the values by key
     * @return the source
     */
    static ConfigSource of(Map<String, String> values) {
        return new ConfigMapSource(values, ConfigMapSource.Lookup.KEYS, listed(values.keySet(), "the given values"));
    }

    /** {@return Java system properties, read at each lookup} */
    static ConfigSource systemProperties() {
        return new ConfigMapSource(
                Map.of(),
                ConfigMapSource.Lookup.SYSTEM,
                listed(System.getProperties().stringPropertyNames(), "the system properties"));
    }

    /**
     * Environment variables named as in {@link ConfigKeys#environmentName(String)}.
     *
     * @param environment the environment variables by name
     * @return the source
     */
    static ConfigSource environment(Map<String, String> environment) {
        return new ConfigMapSource(
                environment, ConfigMapSource.Lookup.ENVIRONMENT, listed(environment.keySet(), "the environment"));
    }

    /**
     * A {@code carbon4j.properties} file on the class path of the loader, if there is one.
     *
     * @param loader the class loader to look in
     * @return the source; empty when there is no such file
     * @throws CarbonConfigurationException naming the file when it cannot be read or parsed
     */
    static ConfigSource classpathProperties(ClassLoader loader) {
        return classpathProperties(loader, "carbon4j.properties");
    }

    /**
     * A properties file on the class path of the loader, if there is one.
     *
     * @param loader the class loader to look in
     * @param name the resource name of the file
     * @return the source; empty when there is no such file
     * @throws CarbonConfigurationException naming the file when it cannot be read or parsed
     */
    static ConfigSource classpathProperties(ClassLoader loader, String name) {
        Properties properties = new Properties();
        java.net.URL url = loader.getResource(name);
        if (url != null) {
            try (InputStream in = url.openStream()) {
                properties.load(in);
            } catch (IOException | IllegalArgumentException e) {
                throw new CarbonConfigurationException("cannot read " + name + " (" + url + "): " + e.getMessage(), e);
            }
        }
        return new ConfigMapSource(
                properties,
                ConfigMapSource.Lookup.PROPERTIES,
                listed(properties.stringPropertyNames(), url == null ? name : name + " (" + url + ")"));
    }

    /** {@return system properties, then environment, then {@code carbon4j.properties}: what {@link CarbonConfig#fromEnvironment()} reads} */
    static ConfigSource standard() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return systemProperties()
                .or(environment(System.getenv()))
                .or(classpathProperties(loader != null ? loader : ConfigSource.class.getClassLoader()));
    }
}
