package io.github.carbon4j.intensity;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** How names are compared: case, accents, spaces and punctuation do not matter. Pure. */
final class Names {

    private Names() {}

    /** Compiled on the first name that is not ASCII: every starting JVM indexes names, nearly all ASCII. */
    private static final class Marks {
        static final Pattern MARKS = Pattern.compile("\\p{M}");
    }

    /** "Côte d'Ivoire" and "cote divoire" give the same key, "cotedivoire". */
    static String key(String name) {
        // Tables index about a thousand names at load: ASCII ones, nearly all, skip the Unicode normalizer.
        String plain = name;
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) > 0x7f) {
                plain = Marks.MARKS
                        .matcher(Normalizer.normalize(name, Normalizer.Form.NFD))
                        .replaceAll("");
                break;
            }
        }
        StringBuilder key = new StringBuilder(plain.length());
        for (int i = 0; i < plain.length(); i++) {
            char c = Character.toLowerCase(plain.charAt(i));
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                key.append(c);
            }
        }
        return key.toString();
    }

    /** A number for labels: at most one decimal, none when whole ("56", "205.3"). */
    static String number(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded);
    }
}
