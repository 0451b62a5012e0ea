package io.github.carbon4j.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs independent report-writing tasks at once: the first on the calling thread, each other on a
 * daemon thread of its own, and returns when all have ended. A closing JVM spends most of its
 * time loading and interpreting the writers of files that do not depend on each other, and a
 * million steps' metric files are formatting a second core can share.
 */
final class Concurrently {

    /** A piece of report writing. */
    interface Task {
        void run() throws IOException;
    }

    private Concurrently() {}

    /**
     * Runs the tasks and waits for all of them; then throws the first failure, in task order, with
     * the others' suppressed. An interrupt while waiting is kept for the caller, after the wait.
     *
     * @throws IOException the first task's that failed with one (an {@link UncheckedIOException}'s cause included)
     */
    static void run(List<Task> tasks) throws IOException {
        Throwable[] failures = new Throwable[tasks.size()];
        List<Thread> threads = new ArrayList<>();
        for (int i = 1; i < tasks.size(); i++) {
            int index = i;
            Thread thread = new Thread(() -> failures[index] = attempt(tasks.get(index)), "carbon4j-reports-" + i);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
        if (!tasks.isEmpty()) {
            failures[0] = attempt(tasks.get(0));
        }
        joinAll(threads);
        rethrow(failures);
    }

    private static Throwable attempt(Task task) {
        try {
            task.run();
            return null;
        } catch (IOException | RuntimeException | Error e) {
            return e;
        }
    }

    private static void joinAll(List<Thread> threads) {
        boolean interrupted = false;
        for (Thread thread : threads) {
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true; // the files are being written: wait for them, then say so
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void rethrow(Throwable[] failures) throws IOException {
        Throwable first = null;
        for (Throwable failure : failures) {
            if (failure != null && first == null) {
                first = failure instanceof UncheckedIOException e ? e.getCause() : failure;
            } else if (failure != null) {
                first.addSuppressed(failure);
            }
        }
        if (first instanceof IOException e) {
            throw e;
        } else if (first instanceof RuntimeException e) {
            throw e;
        } else if (first instanceof Error e) {
            throw e;
        }
    }
}
