package io.github.carbon4j.report;

import io.github.carbon4j.internal.Notices;
import io.github.carbon4j.internal.RandomIds;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Writing files that several JVMs share. A file lock keeps other JVMs out; since a JVM may hold only
 * one lock on a file, threads of this JVM queue on an in-process lock first. Whole files are
 * replaced by an atomic rename, so a reader sees the old or the new file, never half of one.
 */
final class SharedFiles {

    private static final ReentrantLock IN_PROCESS = new ReentrantLock();

    /** Work done while holding the directory's lock. */
    interface Locked<T> {
        T run() throws IOException;
    }

    private SharedFiles() {}

    static <T> T withLock(Path directory, Locked<T> work) throws IOException {
        IN_PROCESS.lock();
        try (FileChannel channel = FileChannel.open(
                directory.resolve(ReportNames.LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            java.nio.channels.FileLock lock = channel.lock();
            try {
                return work.run();
            } finally {
                lock.release();
            }
        } finally {
            IN_PROCESS.unlock();
        }
    }

    /**
     * Appends whole lines, writing the header first when the file is new or empty. A torn last line
     * (a write that a full disk or a killed JVM cut) is removed first, and a write that fails half
     * way is cut back, so the file holds whole lines only. Call under the lock.
     */
    static void append(Path file, String header, String text, Notices notices) throws IOException {
        try (FileChannel channel =
                FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long whole = wholeLines(channel);
            if (whole < channel.size()) {
                channel.truncate(whole);
                notices.warn(
                        "report.torn." + file,
                        "removed a torn last row from " + file + " (cut by a failed write) before appending");
            }
            String content = whole == 0 ? header + text : text;
            channel.position(whole);
            try {
                writeFully(channel, content);
            } catch (IOException e) {
                try {
                    channel.truncate(whole);
                } catch (IOException ignored) {
                    // the next append removes the torn line
                }
                throw e;
            }
        }
    }

    /** The length of the file up to and including its last line break (0 when it has none). */
    static long wholeLines(FileChannel channel) throws IOException {
        long size = channel.size();
        ByteBuffer buffer = ByteBuffer.allocate(4096);
        long end = size;
        while (end > 0) {
            long from = Math.max(0, end - buffer.capacity());
            buffer.clear().limit((int) (end - from));
            while (buffer.hasRemaining() && channel.read(buffer, from + buffer.position()) > 0) {
                // fill the window
            }
            for (int i = buffer.position() - 1; i >= 0; i--) {
                if (buffer.get(i) == '\n') {
                    return from + i + 1;
                }
            }
            end = from;
        }
        return 0;
    }

    /** Replaces the file's content at once: readers never see a partial file. */
    static void replace(Path file, String content) throws IOException {
        Path temp = temporary(file);
        try {
            // Not Files.writeString: a lone surrogate in a user's name would fail the whole file.
            Files.write(temp, content.getBytes(StandardCharsets.UTF_8));
            move(temp, file);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A fresh name beside the file for writing it before {@link #move} puts it in place. */
    static Path temporary(Path file) {
        return file.resolveSibling("." + file.getFileName() + "." + RandomIds.uuid() + ".tmp");
    }

    /** Puts a written temporary file in the file's place at once where the file system allows. */
    static void move(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** One write call per row where the OS allows it, so a killed JVM leaves whole rows. */
    static void writeFully(FileChannel channel, String text) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }
}
