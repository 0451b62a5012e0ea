package io.github.carbon4j.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;

/**
 * A file channel over a real file that fails on demand, as a full disk does: a write can put part of
 * its bytes on disk and then fail, a truncate can fail, closing can throw an {@code Error}. Not
 * thread-safe; tests drive it from one thread.
 */
final class FailingChannel extends FileChannel {

    private final FileChannel file;
    /** Writes still to fail. */
    int failingWrites;
    /** Bytes a failing write puts on disk before it fails. */
    int bytesBeforeFailure;

    boolean failTruncate;
    Error errorOnClose;

    private FailingChannel(FileChannel file) {
        this.file = file;
    }

    /**
     * An opener for {@link StepFile} that hands out this channel through {@code holder[0]} and
     * reserves space row by row, so that each step makes one write that can fail.
     */
    static StepFile.Opener opener(FailingChannel[] holder) {
        return opener(holder, 1);
    }

    /** An opener for {@link StepFile} that hands out this channel and reserves that many bytes at a time. */
    static StepFile.Opener opener(FailingChannel[] holder, int chunkBytes) {
        return new StepFile.Opener() {
            @Override
            public FileChannel open(Path path) throws IOException {
                return holder[0] = new FailingChannel(StepFile.FILES.open(path));
            }

            @Override
            public int chunkBytes() {
                return chunkBytes;
            }
        };
    }

    static FailingChannel open(Path path) throws IOException {
        return new FailingChannel(StepFile.FILES.open(path));
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        if (failingWrites > 0) {
            failingWrites--;
            if (bytesBeforeFailure > 0) {
                ByteBuffer part = src.slice();
                part.limit(Math.min(part.remaining(), bytesBeforeFailure));
                int written = file.write(part);
                src.position(src.position() + written);
            }
            throw new IOException("No space left on device");
        }
        return file.write(src);
    }

    @Override
    public FileChannel truncate(long size) throws IOException {
        if (failTruncate) {
            throw new IOException("No space left on device");
        }
        file.truncate(size);
        return this;
    }

    @Override
    protected void implCloseChannel() throws IOException {
        file.close();
        if (errorOnClose != null) {
            throw errorOnClose;
        }
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        return file.read(dst);
    }

    @Override
    public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
        return file.read(dsts, offset, length);
    }

    @Override
    public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
        throw new IOException("not used by carbon4j");
    }

    @Override
    public long position() throws IOException {
        return file.position();
    }

    @Override
    public FileChannel position(long newPosition) throws IOException {
        file.position(newPosition);
        return this;
    }

    @Override
    public long size() throws IOException {
        return file.size();
    }

    @Override
    public void force(boolean metaData) throws IOException {
        file.force(metaData);
    }

    @Override
    public long transferTo(long position, long count, WritableByteChannel target) throws IOException {
        return file.transferTo(position, count, target);
    }

    @Override
    public long transferFrom(ReadableByteChannel src, long position, long count) throws IOException {
        return file.transferFrom(src, position, count);
    }

    @Override
    public int read(ByteBuffer dst, long position) throws IOException {
        return file.read(dst, position);
    }

    @Override
    public int write(ByteBuffer src, long position) throws IOException {
        throw new IOException("not used by carbon4j");
    }

    @Override
    public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
        return file.map(mode, position, size);
    }

    @Override
    public FileLock lock(long position, long size, boolean shared) throws IOException {
        return file.lock(position, size, shared);
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) throws IOException {
        return file.tryLock(position, size, shared);
    }
}
