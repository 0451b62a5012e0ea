package io.github.carbon4j.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The arguments of {@code ReportMain html}, {@code summary} and {@code finish}: the directories,
 * and html's {@code --out} and {@code --baseline}. Immutable.
 *
 * @param directories the directories to read, in order
 * @param out where html writes, when not the first directory
 * @param baseline the directory html compares with
 */
record ReportArguments(List<Path> directories, Optional<Path> out, Optional<Path> baseline) {

    /** A usage error, said with the usage. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /**
     * Parses the arguments after the command ({@code args[0]}).
     *
     * @throws UsageException for an option without its directory
     * @throws ReportFormatException for an argument that is not a path
     */
    static ReportArguments parse(String[] args) {
        List<Path> directories = new ArrayList<>();
        Optional<Path> out = Optional.empty();
        Optional<Path> baseline = Optional.empty();
        for (int i = 1; i < args.length; i++) {
            boolean option = args[i].equals("--out") || args[i].equals("--baseline");
            if (!args[0].equals("html") || !option) {
                directories.add(ReportMain.path(args[i]));
            } else if (++i == args.length) {
                throw new UsageException(args[i - 1] + " needs a directory");
            } else if (args[i - 1].equals("--out")) {
                out = Optional.of(ReportMain.path(args[i]));
            } else {
                baseline = Optional.of(ReportMain.path(args[i]));
            }
        }
        return new ReportArguments(List.copyOf(directories), out, baseline);
    }
}
