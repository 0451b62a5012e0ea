package io.github.carbon4j.meter;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A kernel file kept open and re-read with a positional read from offset 0 into a reused buffer.
 * Opening a procfs file costs more than generating it, and a fresh read per call would allocate; this
 * keeps a reading of {@code /proc/stat} at one system call and no garbage. Each reading is copied in one
 * piece into a reused array, which the parsers' {@link #charAt} reads: cheaper than a direct buffer's
 * checked access, above all in a starting JVM that still interprets it.
 */
final class ChannelKernelFile implements KernelFiles.KernelFile, CharSequence {

    private final Path path;
    private final FileChannel channel;
    private ByteBuffer buffer = ByteBuffer.allocateDirect(4096);
    private byte[] bytes = new byte[4096];
    private int length;

    private ChannelKernelFile(Path path, FileChannel channel) {
        this.path = path;
        this.channel = channel;
    }

    static KernelFiles.KernelFile open(Path path) throws IOException {
        return new ChannelKernelFile(path, FileChannel.open(path));
    }

    @Override
    public CharSequence read() throws IOException {
        while (true) {
            buffer.clear();
            int n = channel.read(buffer, 0);
            // procfs and sysfs hand out a whole generated file per read; only a full buffer may mean more.
            if (n < buffer.capacity()) {
                return copied(Math.max(n, 0));
            }
            buffer = ByteBuffer.allocateDirect(buffer.capacity() * 2);
        }
    }

    @Override
    public CharSequence readAll() throws IOException {
        int total = 0;
        while (true) {
            if (total == buffer.capacity()) {
                ByteBuffer larger = ByteBuffer.allocateDirect(buffer.capacity() * 2);
                larger.put(buffer.clear());
                buffer = larger;
            }
            buffer.limit(buffer.capacity()).position(total);
            int n = channel.read(buffer, total);
            if (n <= 0) {
                return copied(total);
            }
            total += n;
        }
    }

    /** Copies the reading's first {@code n} bytes out of the direct buffer. */
    private CharSequence copied(int n) {
        if (bytes.length < buffer.capacity()) {
            bytes = new byte[buffer.capacity()];
        }
        buffer.get(0, bytes, 0, n);
        length = n;
        return this;
    }

    @Override
    public Path path() {
        return path;
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // Nothing was written; a failed close of a read-only kernel file loses nothing.
        }
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException(index);
        }
        return (char) (bytes[index] & 0xff);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return toString().substring(start, end);
    }

    @Override
    public String toString() {
        return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
    }
}
