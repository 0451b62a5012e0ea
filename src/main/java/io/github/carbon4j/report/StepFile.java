package io.github.carbon4j.report;

import java.io.IOException;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The steps file of one run, appended row by row into memory mapped from the file: no system call
 * per row. The file grows a chunk at a time, written as zeros first so that the disk space is
 * taken then (a full disk fails that write, never a later store into the mapping); a row goes
 * into the mapping with its line break stored last, so a reader that sees the line break sees the
 * whole row. The rows are in the page cache once {@link #append} returns, which outlives the
 * process: a killed JVM loses no row, and leaves the zeros of its last chunk after them, which
 * {@link StepReader} reads as the end. There is no fsync, so rows do not survive the machine
 * losing power. {@link #close()} cuts the file to its rows. One file per run keeps concurrent
 * JVMs apart. Not thread-safe: the logger calls it under its lock.
 */
final class StepFile implements AutoCloseable {

    /** Bytes the file grows by at a time: about 2,000 rows. */
    static final int CHUNK = 1 << 20;

    /** Opens the channel the file is written through; tests pass one that fails on demand. */
    interface Opener {
        FileChannel open(Path path) throws IOException;

        /** Bytes to reserve at a time (at least a row's): tests reserve row by row to fail a given step. */
        default int chunkBytes() {
            return CHUNK;
        }
    }

    static final Opener FILES = path ->
            FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ, StandardOpenOption.WRITE);

    // Only ever read from: each reservation writes from a duplicate of its own.
    private static final ByteBuffer ZEROS = ByteBuffer.allocateDirect(64 * 1024);

    private final Path path;
    private final FileChannel channel;
    private final int chunk;
    // Reused for every row: the logger calls append under its lock, one row at a time.
    private final StringBuilder line = new StringBuilder(1024);
    private byte[] bytes = new byte[4096];
    private MappedByteBuffer mapped;
    private long mappedAt;
    /** The length of the header and the whole rows: where the next row goes. */
    private long end;

    private StepFile(Path path, FileChannel channel, long end, int chunk) {
        this.path = path;
        this.channel = channel;
        this.end = end;
        this.chunk = chunk;
    }

    /** Creates the run's file with its header; fails if the file exists. */
    static StepFile create(Path path) throws IOException {
        return create(path, FILES);
    }

    static StepFile create(Path path, Opener opener) throws IOException {
        FileChannel channel = opener.open(path);
        try {
            SharedFiles.writeFully(channel, StepCsv.HEADER);
            return new StepFile(path, channel, channel.size(), Math.max(1, opener.chunkBytes()));
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * Formats the row into a reused buffer and stores it after the last whole row.
     *
     * @throws IOException when no space could be reserved for the row; the file then holds the
     *     rows before it, and the next row goes where this one would have
     */
    void append(StepRow row) throws IOException {
        line.setLength(0);
        StepRowWriter.append(line, row);
        if (bytes.length < line.length() * 3) {
            // UTF-8 takes at most 3 bytes per UTF-16 char (4 per surrogate pair), so a row always fits.
            bytes = new byte[line.length() * 3];
        }
        int n = Utf8.encode(line, bytes);
        MappedByteBuffer target = space(n);
        int at = (int) (end - mappedAt);
        target.put(at, bytes, 0, n - 1);
        // The line break last: a reader (or a killed JVM's file) never has a line break without its row.
        VarHandle.releaseFence();
        target.put(at + n - 1, (byte) '\n');
        end += n;
    }

    /** The mapping that has n bytes free after the last row, reserving and mapping more where needed. */
    private MappedByteBuffer space(int n) throws IOException {
        if (mapped != null && end + n <= mappedAt + mapped.capacity()) {
            return mapped;
        }
        release();
        long size = reserve(n);
        mapped = channel.map(FileChannel.MapMode.READ_WRITE, end, size - end);
        mappedAt = end;
        return mapped;
    }

    /** Unmaps the current chunk: nothing writes to it again. */
    private void release() {
        MappedByteBuffer old = mapped;
        mapped = null;
        if (old != null) {
            Unmapper.unmap(old);
        }
    }

    /** Grows the file with zeros to hold a chunk after the last row, or on a nearly full disk this row. */
    private long reserve(int n) throws IOException {
        try {
            return zeroFill(end + Math.max(chunk, n));
        } catch (IOException e) {
            if (n >= chunk) {
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

    /** Gives back what a failed reservation took; where that fails too, the zeros stay for later rows. */
    private void cutBack() {
        try {
            if (channel.size() > end) {
                channel.truncate(end);
            }
        } catch (IOException | RuntimeException e) {
            // harmless: zeros after the last row are where the next rows go, and what readers skip
        }
    }

    Path path() {
        return path;
    }

    /**
     * Cuts the file to its rows and closes it.
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
