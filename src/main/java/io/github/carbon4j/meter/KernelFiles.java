package io.github.carbon4j.meter;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Opens small kernel text files (procfs, sysfs) to read them again and again. This is the narrow
 * boundary tests replace, e.g. to deny reading {@code energy_uj} even when the tests run as root.
 */
@FunctionalInterface
interface KernelFiles {

    /** The real files, each kept open and re-read from offset 0. */
    KernelFiles SYSTEM = new KernelFiles() {
        @Override
        public KernelFile open(Path path) throws IOException {
            return ChannelKernelFile.open(path);
        }
    };

    /**
     * Opens the file for reading.
     *
     * @throws java.nio.file.AccessDeniedException when this user may not read it
     * @throws IOException when it does not exist or cannot be opened
     */
    KernelFile open(Path path) throws IOException;

    /** One open kernel file. Not thread-safe: its owner serializes reads. */
    interface KernelFile extends AutoCloseable {

        /** The whole current content of the file; valid until the next read. */
        CharSequence read() throws IOException;

        /**
         * The whole current content, also of files the kernel hands out in pieces: one read of a
         * seq file such as {@code /proc/cpuinfo} stops after a page of records. One read per piece
         * and one more, so for files read once; valid until the next read.
         */
        default CharSequence readAll() throws IOException {
            return read();
        }

        /** The file's path, for messages. */
        Path path();

        @Override
        void close();
    }
}
