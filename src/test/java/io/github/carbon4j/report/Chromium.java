package io.github.carbon4j.report;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Chromium for the HTML tests: Debian's {@code chromium} (installed by {@code .ci/run}), or
 * the binary named by {@code CARBON4J_CHROMIUM}. Without one the tests fail on CI (where {@code CI}
 * is set) and are aborted with the reason elsewhere.
 */
final class Chromium {

    /** What one headless run printed. */
    record Result(String stdout, String stderr) {

        /** Console messages Chromium logged (errors, warnings, failed loads). */
        List<String> consoleLines() {
            return stderr.lines().filter(l -> l.contains(":CONSOLE")).toList();
        }
    }

    private final Path binary;
    private final Path workDirectory;

    private Chromium(Path binary, Path workDirectory) {
        this.binary = binary;
        this.workDirectory = workDirectory;
    }

    static Chromium find(Path workDirectory) {
        Optional<Path> binary = Optional.ofNullable(System.getenv("CARBON4J_CHROMIUM"))
                .map(Path::of)
                .or(() -> onPath("chromium", "chromium-browser", "google-chrome"));
        if (binary.isEmpty()) {
            String why =
                    "no headless Chromium: install Debian's chromium (apt-get install chromium) or set CARBON4J_CHROMIUM";
            if (System.getenv("CI") != null) {
                fail(why);
            }
            Assumptions.abort(why);
        }
        return new Chromium(binary.get(), workDirectory);
    }

    Result dumpDom(Path page) throws IOException, InterruptedException {
        return run(page, "--dump-dom");
    }

    Result screenshot(Path page, Path png) throws IOException, InterruptedException {
        return run(page, "--screenshot=" + png, "--window-size=1280,2000", "--hide-scrollbars");
    }

    private Result run(Path page, String... action) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(workDirectory, "chromium-profile");
        List<String> command = new ArrayList<>(List.of(
                binary.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile,
                "--enable-logging=stderr",
                "--v=0"));
        command.addAll(List.of(action));
        command.add(page.toUri().toString());
        Path out = workDirectory.resolve("chromium-" + System.nanoTime() + ".out");
        Path err = workDirectory.resolve("chromium-" + System.nanoTime() + ".err");
        Process process = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            fail("chromium did not finish within 90 s: " + command);
        }
        return new Result(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static Optional<Path> onPath(String... names) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String name : names) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
