package io.github.carbon4j.intensity;

import java.text.Normalizer;
import java.util.Locale;

/** How names are compared: case, accents, spaces and punctuation do not matter. Pure. */
final class Names {

    private Names() {}

    /** "Côte d'Ivoire" and "cote divoire" give the same key, "cotedivoire". */
    static String key(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** A number for labels: at most one decimal, none when whole ("56", "205.3"). */
    static String number(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded);
    }
}
