package io.github.carbon4j.meter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** How CPU model names are compared, for {@link CpuTdpTable}: as lists of lower-case words. Pure. */
final class CpuNames {

    private static final Set<String> NOISE = Set.of("cpu", "processor");

    private CpuNames() {}

    /** The comparable words of a CPU name: lower case, no trademarks, nothing from the clock speed on. */
    static List<String> words(String name) {
        String text = name.toLowerCase(Locale.ROOT)
                .replace("(r)", " ")
                .replace("(tm)", " ")
                .replace("®", " ")
                .replace("™", " ");
        int at = text.indexOf('@');
        if (at >= 0) {
            text = text.substring(0, at);
        }
        // The runs of [a-z0-9], found by hand: a regular expression costs a starting JVM its compiler.
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            boolean word = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                String w = text.substring(start, i);
                if (!NOISE.contains(w)) {
                    words.add(w);
                }
                start = -1;
            }
        }
        return words;
    }

    /**
     * The word a table row is filed under: its longest model number, or without one its longest word, the
     * first of them on a tie ("" for no words). A row matches a model only if the model has all the row's
     * words: so the model has the row's key among its numbers, or, for a row without one (which only an exact
     * match can take), has the same key.
     */
    static String key(List<String> words) {
        String key = "";
        boolean number = false;
        for (String word : words) {
            boolean digit = hasDigit(word);
            if (digit && !number || digit == number && word.length() > key.length()) {
                key = word;
                number = digit;
            }
        }
        return key;
    }

    /** The words of a model name that have a digit: its model numbers. */
    static List<String> numbers(List<String> words) {
        List<String> numbers = new ArrayList<>();
        for (String word : words) {
            if (hasDigit(word)) {
                numbers.add(word);
            }
        }
        return numbers;
    }

    // A name without any digit ("Intel Celeron") names a family, not a model: too loose to match by words.
    static boolean hasModelNumber(List<String> words) {
        for (String word : words) {
            if (hasDigit(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
