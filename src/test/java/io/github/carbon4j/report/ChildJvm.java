package io.github.carbon4j.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Starts {@link StepLoggingMain} in a new JVM with this test's class path. */
final class ChildJvm {

    private ChildJvm() {}

    static Process start(Path directory, long steps, long pauseMillis, long startAtMillis, Path log)
            throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(
                java,
                "-Xmx64m",
                "-XX:TieredStopAtLevel=1",
                "-Xshare:auto",
                "-cp",
                System.getProperty("java.class.path"),
                StepLoggingMain.class.getName(),
                directory.toString(),
                Long.toString(steps),
                Long.toString(pauseMillis),
                Long.toString(startAtMillis));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }
}
