package io.github.carbon4j;

import io.github.carbon4j.internal.NoticeRoute;
import java.net.URI;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The parsers and checks of {@link ConfigTable}'s rows. Each throws an {@link IllegalArgumentException}
 * saying what is wrong; {@link ConfigKey} adds the key and the value. Pure functions. A row names its
 * parser and check ({@link #parse(String, String)}, {@link #check(String, Object)}) rather than holding
 * lambdas: a starting JVM would spin a class for each of them before it reads any configuration.
 */
final class ConfigChecks {

    static final String TEXT = "text";
    static final String FLAG = "flag";
    static final String NUMBER = "number";
    static final String PATH = "path";
    static final String POWER = "power";
    static final String INTENSITY = "intensity";
    static final String SHARES = "shares";
    static final String PUE = "pue";
    static final String SCOPE = "scope";
    static final String PROVIDER = "provider";
    static final String URL = "url";
    static final String MASS = "mass";
    static final String EMBODIED = "embodied";
    static final String LIFETIME = "lifetime";
    static final String SHARE = "share";
    static final String NOTICES = "notices";
    static final String ENERGY = "energy";
    static final String EMISSIONS = "emissions";

    /**
     * The largest power a key may set, W: one machine's CPU or RAM never draws 1 MW, and a larger
     * figure would overflow energies and emissions of long runs.
     */
    static final double MAX_WATTS = 1e6;
    /** The largest PUE: real data centres range from about 1.1 to 3. */
    static final double MAX_PUE = 10;
    /** The largest carbon intensity, g/kWh: the dirtiest grids are near 1,000. */
    static final double MAX_INTENSITY = 10_000;

    private ConfigChecks() {}

    /** The value of a stripped text by the parser of this name. */
    static Object parse(String parser, String text) {
        return switch (parser) {
            case TEXT -> text;
            case FLAG -> bool(text);
            case NUMBER -> Double.parseDouble(text);
            case PATH -> Path.of(text);
            case POWER -> power(text);
            case INTENSITY -> CarbonIntensity.ofGramsPerKilowattHour(Double.parseDouble(text));
            case SHARES -> shares(text);
            case SCOPE -> Scope.parse(text);
            case PROVIDER -> IntensityProvider.parse(text);
            case URL -> URI.create(text);
            case MASS -> mass(text);
            case NOTICES -> NoticeRoute.parse(text);
            case ENERGY -> Energy.parse(text);
            case EMISSIONS -> Emissions.parse(text);
            default ->
                throw new AssertionError("no parser " + parser); // a row of ConfigTable names one that is not here
        };
    }

    /** The value, checked by the check of this name; empty names none. */
    static Object check(String check, Object value) {
        return switch (check) {
            case "" -> value;
            case TEXT -> text((String) value);
            case POWER -> power((Power) value);
            case INTENSITY -> intensity((CarbonIntensity) value);
            case SHARES -> shares(sharesOf(value));
            case PUE -> pue((Double) value);
            case URL -> httpUrl((URI) value);
            case EMBODIED -> EmbodiedModel.checkTotal((Emissions) value);
            case LIFETIME -> EmbodiedModel.checkLifetime((Double) value);
            case SHARE -> EmbodiedModel.checkShare((Double) value);
            default -> throw new AssertionError("no check " + check);
        };
    }

    @SuppressWarnings("unchecked") // the check of ENERGY_MIX, a ConfigKey<Map<String, Double>>
    private static Map<String, Double> sharesOf(Object value) {
        return (Map<String, Double>) value;
    }

    static String text(String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException("must not be blank");
        }
        return value.strip();
    }

    static boolean bool(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new IllegalArgumentException("expected true or false");
        };
    }

    /** A power in W, or with its unit: {@code 65}, {@code 65 W}. */
    static Power power(String value) {
        String number =
                value.endsWith("W") ? value.substring(0, value.length() - 1).strip() : value;
        return Power.ofWatts(Double.parseDouble(number));
    }

    static Power power(Power power) {
        if (power.watts() > MAX_WATTS) {
            throw new IllegalArgumentException("must be at most 1 MW (" + (long) MAX_WATTS
                    + " W): no machine draws more, and larger figures overflow the reports");
        }
        return power;
    }

    static CarbonIntensity intensity(CarbonIntensity intensity) {
        double g = intensity.gramsPerKilowattHour();
        if (!(g >= 0) || g > MAX_INTENSITY) {
            throw new IllegalArgumentException("must be a number from 0 to " + (long) MAX_INTENSITY
                    + " g/kWh (the dirtiest grids are near 1,000)");
        }
        return intensity;
    }

    static double pue(double pue) {
        if (!(pue >= 1) || pue > MAX_PUE) {
            throw new IllegalArgumentException(
                    "PUE must be a number from 1 to " + (long) MAX_PUE + " (real data centres are about 1.1 to 3)");
        }
        return pue;
    }

    /** An absolute http or https URL. */
    static URI httpUrl(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
            throw new IllegalArgumentException("must be an absolute http or https URL");
        }
        return url;
    }

    /** {@code 0} alone is no mass with a unit, but means "off": accept it. */
    static Emissions mass(String text) {
        return text.matches("0+(\\.0*)?") ? Emissions.ZERO : Emissions.parse(text);
    }

    /** {@code coal=25,petroleum=35}: source names to shares, in the order given. */
    static Map<String, Double> shares(String value) {
        Map<String, Double> shares = new LinkedHashMap<>();
        for (String part : value.split("[,;]")) {
            String[] kv = part.split("=", 2);
            if (kv.length != 2 || kv[0].isBlank()) {
                throw new IllegalArgumentException("expected source=share pairs separated by commas");
            }
            shares.put(kv[0].strip(), Double.parseDouble(kv[1].strip()));
        }
        return shares;
    }

    /** Every share a number from 0 to 1e6; an unmodifiable copy in the given order. */
    static Map<String, Double> shares(Map<String, Double> shares) {
        for (Map.Entry<String, Double> entry : shares.entrySet()) {
            Double share = entry.getValue();
            if (share == null || !Double.isFinite(share) || share < 0 || share > 1e6) {
                throw new IllegalArgumentException("the share of " + entry.getKey() + " must be a number from 0 to 100"
                        + " (percent) or 0 to 1, got " + share);
            }
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(shares));
    }
}
