package io.github.carbon4j.jmh;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** Runs {@link BudgetCheck} in-process and keeps what it printed, for the command's tests. */
final class BudgetCheckConsole {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** {@return BudgetCheck's exit status for the result file and the further arguments} */
    int check(Path file, String... arguments) {
        String[] all = new String[arguments.length + 1];
        all[0] = file.toString();
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        return run(all, Map.of());
    }

    /** {@return BudgetCheck's exit status for the whole command line, in the given environment} */
    int run(String[] arguments, Map<String, String> environment) {
        return BudgetCheck.run(
                arguments,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                environment);
    }

    /** {@return everything printed on standard output so far} */
    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Forgets what was printed on standard output so far. */
    void clearOut() {
        out.reset();
    }

    /** {@return everything printed on standard error so far} */
    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
