package io.github.carbon4j;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Typed reads of raw configuration values; every failure names the key and the value. */
final class ConfigValues {

    private final ConfigSource source;

    ConfigValues(ConfigSource source) {
        this.source = source;
    }

    Optional<String> string(String key) {
        return source.get(key).map(String::trim);
    }

    Optional<Boolean> bool(String key) {
        return string(key).map(v -> convert(key, v, s -> switch (s.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new IllegalArgumentException("expected true or false");
        }));
    }

    /** A power in W, or with a unit: {@code 65}, {@code 65 W}. */
    Optional<Power> power(String key) {
        return string(key).map(v -> convert(key, v, s -> {
            String number = s.endsWith("W") ? s.substring(0, s.length() - 1).trim() : s;
            return Power.ofWatts(Double.parseDouble(number));
        }));
    }

    /** {@code coal=25,petroleum=35}: source names to shares, in the order given. */
    Optional<Map<String, Double>> shares(String key) {
        return string(key).map(v -> convert(key, v, s -> {
            Map<String, Double> shares = new LinkedHashMap<>();
            for (String part : s.split("[,;]")) {
                String[] kv = part.split("=", 2);
                if (kv.length != 2 || kv[0].isBlank()) {
                    throw new IllegalArgumentException("expected source=share pairs separated by commas");
                }
                shares.put(kv[0].trim(), Double.parseDouble(kv[1].trim()));
            }
            return shares;
        }));
    }

    <T> T convert(String key, String value, Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (RuntimeException e) {
            String reason = e instanceof NumberFormatException ? "not a number" : e.getMessage();
            throw new IllegalArgumentException("invalid " + key + " \"" + value + "\": " + reason, e);
        }
    }

    static <T> T requireNonNull(String key, T value) {
        if (value == null) {
            throw new IllegalArgumentException(key + " must not be null");
        }
        return value;
    }

    static String requireText(String key, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("invalid " + key + " \"" + value + "\": must not be blank");
        }
        return value.trim();
    }
}
