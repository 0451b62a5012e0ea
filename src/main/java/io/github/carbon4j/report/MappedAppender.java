package io.github.carbon4j.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Appends records to a file through memory mapped from it: no system call per record. The file
 * grows a chunk at a time, written as zeros first so that the disk space is taken then (a full
 * disk fails that write, never a later store into the mapping). A chunk is as long as the file
 * already is, from {@link #FIRST_CHUNK} up to the appender's largest chunk: a test JVM that logs a
 * few steps writes 64 KB of zeros per file, not a megabyte. The caller stores a record at
 * {@link #at()} of the buffer {@link #space} returns, its commit mark last, then {@link #advance}s;
 * a killed JVM leaves its records in the page cache and the zeros of its last chunk after them.
 * {@link #close()} cuts the file to its records. Not thread-safe.
 */
final class MappedAppender implements AutoCloseable {

    // Only ever read from: each reservation writes from a duplicate of its own.
    private static final ByteBuffer ZEROS = ByteBuffer.allocateDirect(64 * 1024);

    /** The first chunk a file grows by, unless the appender's largest chunk is shorter. */
    static final int FIRST_CHUNK = 64 * 1024;

    private final FileChannel channel;
    private final int chunk;
    private MappedByteBuffer mapped;
    private long mappedAt;
    /** The length of the header and the whole records: where the next record goes. */
    private long end;

    /** @param chunk the largest chunk the file grows by */
    MappedAppender(FileChannel channel, long end, int chunk) {
        this.channel = channel;
        this.end = end;
        this.chunk = Math.max(1, chunk);
    }

    /** The mapping that has n bytes free after the last record, reserving and mapping more where needed. */
    MappedByteBuffer space(int n) throws IOException {
        if (mapped != null && end + n <= mappedAt + mapped.capacity()) {
            return mapped;
        }
        release();
        long size = reserve(n);
        mapped = channel.map(FileChannel.MapMode.READ_WRITE, end, size - end);
        mappedAt = end;
        return mapped;
    }

    /** Where in the buffer {@link #space} returned the next record goes. */
    int at() {
        return (int) (end - mappedAt);
    }

    /** Counts n bytes stored at {@link #at()} as a whole record. */
    void advance(int n) {
        end += n;
    }

    /** The length of the header and the whole records. */
    long end() {
        return end;
    }

    /** Unmaps the current chunk: nothing writes to it again. */
    private void release() {
        MappedByteBuffer old = mapped;
        mapped = null;
        if (old != null) {
            Unmapper.unmap(old);
        }
    }

    /** Grows the file with zeros to hold a chunk after the last record, or on a nearly full disk this one. */
    private long reserve(int n) throws IOException {
        int next = (int) Math.min(chunk, Math.max(FIRST_CHUNK, end));
        try {
            return zeroFill(end + Math.max(next, n));
        } catch (IOException e) {
            if (n >= next) {
                throw e;
            }
            cutBack();
            return zeroFill(end + n);
        }
    }

    /** Writes zeros from the end of the file to the target length; returns the file's length. */
    private long zeroFill(long target) throws IOException {
        long size = channel.size();
        channel.position(size);
        ByteBuffer zeros = ZEROS.duplicate();
        while (size < target) {
            zeros.clear().limit((int) Math.min(zeros.capacity(), target - size));
            size += channel.write(zeros);
        }
        return size;
    }

    /** Gives back what a failed reservation took; where that fails too, the zeros stay for later records. */
    private void cutBack() {
        try {
            if (channel.size() > end) {
                channel.truncate(end);
            }
        } catch (IOException | RuntimeException e) {
            // harmless: zeros after the last record are where the next records go, and what readers skip
        }
    }

    /**
     * Cuts the file to its records and closes it.
     *
     * @throws IOException when the cut fails (the file then ends in zeros, which readers skip) or closing does
     */
    @Override
    public void close() throws IOException {
        release();
        try {
            channel.truncate(end);
        } finally {
            channel.close();
        }
    }
}
