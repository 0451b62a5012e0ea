package io.github.carbon4j.nvml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Which processes the driver lists on a GPU are this JVM's: the JVM itself and the processes it
 * started, however deep. Thread-safe.
 */
interface ProcessTree {

    /**
     * Whether the process NVML lists under this pid counts as this JVM's.
     *
     * @param pid a process ID from one of NVML's running-process lists
     */
    boolean claims(long pid);

    /** What the rule is, for the report's method detail. */
    String rule();

    /**
     * This JVM. A pid is claimed when it is this process's or a descendant's (found by walking up from
     * the pid through its parents: a few {@code /proc} reads, where listing every descendant would read
     * all of {@code /proc}).
     *
     * <p>In a container with its own PID namespace, many drivers list the host's pids (newer ones
     * translate them), which cannot be matched with the container's: there a pid this namespace does
     * not know is claimed too, so that a GPU the container uses is not read as idle (on a GPU shared with other
     * containers that counts their contexts as well).
     */
    static ProcessTree current() {
        return of(ProcessHandle.current(), ownPidNamespace());
    }

    static ProcessTree of(ProcessHandle self, boolean ownPidNamespace) {
        long me = self.pid();
        return new ProcessTree() {
            @Override
            public boolean claims(long pid) {
                if (pid == me) {
                    return true;
                }
                Optional<ProcessHandle> process = ProcessHandle.of(pid);
                if (process.isEmpty()) {
                    return ownPidNamespace;
                }
                for (int depth = 0; depth < 64 && process.isPresent(); depth++) {
                    if (process.get().pid() == me) {
                        return true;
                    }
                    process = process.get().parent();
                }
                return false;
            }

            @Override
            public String rule() {
                return ownPidNamespace
                        ? "while this JVM, a process it started, or a process this container's PID namespace"
                                + " cannot see has a context on it"
                        : "while this JVM or a process it started has a context on it";
            }
        };
    }

    /**
     * Whether this process lives in a PID namespace other than the host's: the initial namespace has the
     * fixed inode {@code 0xEFFFFFFC} ({@code PROC_PID_INIT_INO}).
     */
    static boolean ownPidNamespace() {
        try {
            return !Files.readSymbolicLink(Path.of("/proc/self/ns/pid"))
                    .toString()
                    .equals("pid:[4026531836]");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}
