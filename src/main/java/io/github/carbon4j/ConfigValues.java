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

    /**
     * The largest power a key may set, W: one machine's CPU or RAM never draws 1 MW, and a larger
     * figure would overflow energies and emissions of long runs.
     */
    static final double MAX_WATTS = 1e6;
    /** The largest PUE: real data centres range from about 1.1 to 3. */
    static final double MAX_PUE = 10;
    /** The largest carbon intensity, g/kWh: the dirtiest grids are near 1,000. */
    static final double MAX_INTENSITY = 10_000;

    /** A power in W, or with a unit: {@code 65}, {@code 65 W}. */
    Optional<Power> power(String key) {
        return string(key).map(v -> convert(key, v, s -> {
            String number = s.endsWith("W") ? s.substring(0, s.length() - 1).trim() : s;
            return checkPower(Power.ofWatts(Double.parseDouble(number)));
        }));
    }

    static Power checkPower(Power power) {
        if (power.watts() > MAX_WATTS) {
            throw new IllegalArgumentException("must be at most 1 MW (" + (long) MAX_WATTS
                    + " W): no machine draws more, and larger figures overflow the reports");
        }
        return power;
    }

    static double checkIntensity(double gramsPerKilowattHour) {
        if (!(gramsPerKilowattHour >= 0) || gramsPerKilowattHour > MAX_INTENSITY) {
            throw new IllegalArgumentException("must be a number from 0 to " + (long) MAX_INTENSITY
                    + " g/kWh (the dirtiest grids are near 1,000)");
        }
        return gramsPerKilowattHour;
    }

    /** Applies the check to a value set in code, naming the key and the value like a parsed one. */
    static <T> T check(String key, T value, Function<T, T> check) {
        requireNonNull(key, value);
        try {
            return check.apply(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid " + key + " \"" + value + "\": " + e.getMessage(), e);
        }
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
                double share = Double.parseDouble(kv[1].trim());
                if (!Double.isFinite(share) || share < 0 || share > 1e6) {
                    throw new IllegalArgumentException("the share of " + kv[0].trim() + " must be a number from 0 to 100"
                            + " (percent) or 0 to 1, got " + kv[1].trim());
                }
                shares.put(kv[0].trim(), share);
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
