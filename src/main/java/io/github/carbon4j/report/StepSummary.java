package io.github.carbon4j.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;

/**
 * The Markdown file a CI job shows on its summary page: GitHub Actions names it in
 * {@code GITHUB_STEP_SUMMARY} and shows at most 1 MiB of it per step, so each section carbon4j
 * appends is cut to {@link #MAX_SECTION_CHARS}. Several steps and JVMs append to the same file, each
 * section in one write. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class StepSummary {

    /** The environment variable that names the file. */
    public static final String VARIABLE = "GITHUB_STEP_SUMMARY";
    /** At most this many characters per section (UTF-8 takes at most 3 bytes each): 192 KiB of the 1 MiB. */
    public static final int MAX_SECTION_CHARS = 64 * 1024;

    private StepSummary() {}

    /**
     * The file the environment names, if any (blank counts as none).
     *
     * @param environment the environment variables, e.g. {@link System#getenv()}
     * @return the file {@value #VARIABLE} names, or empty when unset or blank
     * @throws IllegalArgumentException when the variable is not a path
     */
    public static Optional<Path> file(Map<String, String> environment) {
        String value = environment.get(VARIABLE);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(value));
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException(VARIABLE + " is not a path: \"" + value + "\"", e);
        }
    }

    /**
     * Appends the section to the file the environment names; does nothing when it names none.
     *
     * @param environment the environment variables, e.g. {@link System#getenv()}
     * @param markdown the section, cut at {@link #MAX_SECTION_CHARS}
     * @return whether a section was written
     * @throws IOException when the file cannot be written
     */
    public static boolean append(Map<String, String> environment, String markdown) throws IOException {
        Optional<Path> file = file(environment);
        if (file.isEmpty()) {
            return false;
        }
        Files.writeString(
                file.get(),
                cut(markdown),
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND,
                StandardOpenOption.WRITE);
        return true;
    }

    /** The section, cut at a line break before {@link #MAX_SECTION_CHARS} with a note when longer; ends with a blank line. */
    static String cut(String markdown) {
        String text = markdown.endsWith("\n") ? markdown : markdown + "\n";
        if (text.length() > MAX_SECTION_CHARS) {
            int end = text.lastIndexOf('\n', MAX_SECTION_CHARS - 200);
            text = text.substring(0, Math.max(end, 0)) + "\n\n_(cut: the full list is in the job's log)_\n";
        }
        return text + "\n";
    }

    /**
     * A table cell: pipes and line breaks would end it, and angle brackets start HTML.
     *
     * @param text any text
     * @return the text escaped for one Markdown table cell, control characters written as {@code \\uXXXX}
     */
    public static String cell(String text) {
        return Terminal.safe(text)
                .replace("\\", "\\\\")
                .replace("|", "\\|")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\r", " ")
                .replace("\n", " ")
                .replace("`", "\\`");
    }
}
