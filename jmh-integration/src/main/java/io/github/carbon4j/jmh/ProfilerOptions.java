package io.github.carbon4j.jmh;

import io.github.carbon4j.CarbonConfig;
import io.github.carbon4j.ConfigKey;
import io.github.carbon4j.ConfigKeys;
import io.github.carbon4j.ConfigSource;
import io.github.carbon4j.ConfigTable;
import io.github.carbon4j.intensity.CarbonIntensities;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openjdk.jmh.profile.ProfilerException;

/**
 * Parses the profiler's option line, {@code key=value;key=value}, whose keys are the core's
 * configuration keys without the {@code carbon4j.} prefix. Options win over system properties,
 * the environment and {@code carbon4j.properties}. Pure apart from reading those sources.
 */
final class ProfilerOptions {

    /** Shorthand for both cloud keys: {@code cloud=gcp:europe-west1}. */
    static final String CLOUD = "cloud";

    static final String HELP = "help";

    private ProfilerOptions() {}

    /** Every option name, in the order of {@link ConfigKeys#ALL}, then {@code cloud}. */
    static List<String> names() {
        List<String> names =
                ConfigKeys.ALL.stream().map(ProfilerOptions::optionName).collect(Collectors.toList());
        names.add(CLOUD);
        return List.copyOf(names);
    }

    /**
     * The configuration the options ask for, validated as the logger would: unknown options, bad
     * values and unknown locations fail here, in the JVM that starts JMH, before any fork.
     *
     * @throws ProfilerException naming the option or value; carrying the help text for {@code help}
     */
    static CarbonConfig parse(String line) throws ProfilerException {
        Map<String, String> values = keys(line);
        try {
            CarbonConfig config = CarbonConfig.from(ConfigSource.of(values).or(ConfigSource.standard()));
            if (hasLocation(config)) {
                // Unknown places fail here, in the JVM that starts JMH, rather than as NaN in every fork.
                CarbonIntensities.resolve(config.intensitySettings());
            }
            return config;
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new ProfilerException("carbon profiler: " + e.getMessage() + "\n" + usage(), e);
        }
    }

    /** Without a location there is nothing to validate, and resolving would print the world-average notice on -lprof. */
    private static boolean hasLocation(CarbonConfig config) {
        return config.carbonIntensity().isPresent()
                || config.country().isPresent()
                || config.region().isPresent()
                || config.cloudProvider().isPresent()
                || config.cloudRegion().isPresent()
                || !config.energyMix().isEmpty();
    }

    /**
     * The options each fork must see as system properties: {@code notices}, which a fork's notices read
     * before any configuration exists ({@link ConfigKeys#NOTICES}).
     */
    static List<String> forkProperties(String line) throws ProfilerException {
        String notices = keys(line).get(ConfigKeys.NOTICES);
        return notices == null ? List.of() : List.of("-D" + ConfigKeys.NOTICES + "=" + notices);
    }

    /** The options as {@code carbon4j.*} keys and raw values. */
    static Map<String, String> keys(String line) throws ProfilerException {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> names = names();
        for (String token : line.split(";")) {
            String option = token.trim();
            if (option.isEmpty()) {
                continue;
            }
            if (option.equals(HELP)) {
                throw new ProfilerException(help());
            }
            int eq = option.indexOf('=');
            String name = (eq < 0 ? option : option.substring(0, eq)).trim();
            String value = eq < 0 ? "" : option.substring(eq + 1).trim();
            if (!names.contains(name)) {
                throw new ProfilerException("carbon profiler: unknown option \"" + name + "\"\n" + usage());
            }
            if (value.isEmpty()) {
                throw new ProfilerException(
                        "carbon profiler: option \"" + name + "\" needs a value, as in " + name + "=...\n" + usage());
            }
            if (name.equals(CLOUD)) {
                int colon = value.indexOf(':');
                if (colon <= 0 || colon == value.length() - 1) {
                    throw new ProfilerException("carbon profiler: invalid cloud \"" + value
                            + "\": expected provider:region, e.g. cloud=gcp:europe-west1");
                }
                put(values, ConfigKeys.CLOUD_PROVIDER, value.substring(0, colon).trim());
                put(values, ConfigKeys.CLOUD_REGION, value.substring(colon + 1).trim());
            } else {
                put(values, ConfigKeys.PREFIX + name, value);
            }
        }
        return values;
    }

    private static void put(Map<String, String> values, String key, String value) throws ProfilerException {
        if (values.putIfAbsent(key, value) != null) {
            throw new ProfilerException("carbon profiler: option \"" + optionName(key) + "\" is given twice");
        }
    }

    private static String optionName(String key) {
        return key.substring(ConfigKeys.PREFIX.length());
    }

    private static String usage() {
        return "Options: " + String.join(", ", names()) + "; use -prof carbon:help for details.";
    }

    /** What {@code -prof carbon:help} prints: one line per option, generated from the configuration table. */
    static String help() {
        List<String> lines = new java.util.ArrayList<>(List.of(
                "Usage: -prof 'carbon:key=value;key=value' (quote the ';' for the shell)",
                "Energy and emissions (CO2eq) per iteration and per operation, measured in the benchmark JVM.",
                "Options are carbon4j configuration keys without the carbon4j. prefix; they win over",
                "-Dcarbon4j.* system properties, CARBON4J_* variables and carbon4j.properties.",
                ""));
        lines.add(optionLine(
                CLOUD + "=gcp:europe-west1",
                "cloud provider and region at once (or cloud.provider=," + " cloud.region=)",
                ""));
        for (ConfigKey<?> key : ConfigTable.readBy(ConfigKey.Reader.CORE)) {
            String unit = key.unit().isEmpty() ? "" : ", " + key.unit();
            String dflt = key.defaultText().isEmpty() ? "" : " (default: " + key.defaultText() + ")";
            lines.add(optionLine(key.optionName() + "=" + key.example(), key.help() + unit, dflt));
        }
        lines.add("");
        lines.add("Results: " + String.join(", ", CarbonLabels.ALL));
        return String.join("\n", lines);
    }

    private static String optionLine(String example, String help, String defaultText) {
        return String.format(java.util.Locale.ROOT, "  %-28s %s%s", example, help, defaultText);
    }
}
