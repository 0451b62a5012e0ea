package io.github.carbon4j.internal;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The notices this JVM gives while open, read from standard error (where they go in carbon4j's own test
 * JVMs, which route no logging), which still reaches the console: for tests of notices given through
 * {@link Notices#Notices()}, as before any carbon logger exists. Not for tests that run in parallel.
 */
public final class LoggedNotices implements AutoCloseable {

    private static final String PREFIX = "carbon4j: ";

    private final PrintStream original = System.err;
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

    public LoggedNotices() {
        if (Notices.thisJvm() != NoticeRoute.STDERR) {
            throw new IllegalStateException("this JVM's notices go to " + Notices.thisJvm() + ", not standard error");
        }
        OutputStream both = new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                original.write(bytes, offset, length);
                synchronized (captured) {
                    captured.write(bytes, offset, length);
                }
            }
        };
        System.setErr(new PrintStream(both, true, StandardCharsets.UTF_8));
    }

    /** The lines written to standard error so far, oldest first. */
    public List<String> lines() {
        synchronized (captured) {
            return captured.toString(StandardCharsets.UTF_8).lines().toList();
        }
    }

    /** The notices given so far, oldest first, without the {@code carbon4j: } prefix. */
    public List<String> messages() {
        return lines().stream()
                .filter(l -> l.startsWith(PREFIX))
                .map(l -> l.substring(PREFIX.length()))
                .toList();
    }

    @Override
    public void close() {
        System.setErr(original);
    }
}
