package io.github.carbon4j.intensity;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The known names closest to a mistyped one, for error messages. Pure and thread-safe. */
final class Suggestions {

    static final int COUNT = 5;

    private Suggestions() {}

    /**
     * The labels whose names are closest to the input by edit distance, best first.
     *
     * @param namesByLabel each label (what the message shows, e.g. "France (FRA)") with the names it is known by
     */
    static List<String> closest(String input, Map<String, Set<String>> namesByLabel) {
        String wanted = Names.key(input);
        return namesByLabel.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, Set<String>> e) -> e.getValue().stream()
                                .mapToInt(name -> distance(wanted, Names.key(name)))
                                .min()
                                .orElse(Integer.MAX_VALUE))
                        .thenComparing(Map.Entry::getKey))
                .limit(COUNT)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** "unknown country "Frnace"; closest known: France (FRA), ..." */
    static IllegalArgumentException unknown(String what, String input, Map<String, Set<String>> namesByLabel) {
        return new IllegalArgumentException("unknown " + what + " \"" + input + "\"; closest known: "
                + String.join(", ", closest(input, namesByLabel)));
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
