package io.github.carbon4j.samples;

import java.util.Map;
import java.util.TreeMap;

/** The work the sample tests measure: counting words in a text. */
final class WordCount {

    private WordCount() {}

    /** How often each space-separated word occurs. */
    static Map<String, Long> count(String text) {
        Map<String, Long> counts = new TreeMap<>();
        for (String word : text.split(" +")) {
            if (!word.isEmpty()) {
                counts.merge(word, 1L, Long::sum);
            }
        }
        return counts;
    }
}
