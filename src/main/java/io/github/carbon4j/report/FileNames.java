package io.github.carbon4j.report;

import java.util.HashMap;
import java.util.Map;

/**
 * File-name parts from free text (context names hold dots, brackets, spaces, slashes). Each instance
 * keeps the parts it gave out distinct: two names that clean to the same text get numbered. Not
 * thread-safe.
 */
final class FileNames {

    private final Map<String, String> given = new HashMap<>();
    private final Map<String, Integer> used = new HashMap<>();

    /** Letters, digits, dot, dash and underscore kept; anything else becomes an underscore. */
    static String safe(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean keep = c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_');
            sb.append(keep ? c : '_');
        }
        String s = sb.length() > 100 ? sb.substring(0, 100) : sb.toString();
        return s.startsWith(".") ? "_" + s.substring(1) : s;
    }

    String unique(String text) {
        // No computeIfAbsent or merge: their lambdas are classes a closing JVM spins.
        String name = given.get(text);
        if (name == null) {
            String base = safe(text);
            Integer before = used.get(base);
            int count = before == null ? 1 : before + 1;
            used.put(base, count);
            name = count == 1 ? base : base + "-" + count;
            given.put(text, name);
        }
        return name;
    }
}
