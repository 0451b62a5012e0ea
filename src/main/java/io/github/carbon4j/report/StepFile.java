package io.github.carbon4j.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The steps file of one run, appended row by row. Each row goes to the OS in one write before
 * {@link #append} returns, so it survives the JVM being killed; there is no fsync, so it does not
 * survive the machine losing power. A row is on disk whole or not at all: a write that fails half
 * way (a full disk) is cut back to the last whole row, and where even that fails the next row
 * starts on a line of its own, so a reader sees one torn row and skips it. One file per run keeps
 * concurrent JVMs apart. Not thread-safe: the logger calls it under its lock.
 */
final class StepFile implements AutoCloseable {

    /** Opens the channel the file is written through; tests pass one that fails on demand. */
    interface Opener {
        FileChannel open(Path path) throws IOException;
    }

    static final Opener FILES = path -> FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
            StandardOpenOption.APPEND);

    private final Path path;
    private final FileChannel channel;
    // Reused for every row: the logger calls append under its lock, one row at a time.
    private final StringBuilder line = new StringBuilder(1024);
    private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private ByteBuffer bytes = ByteBuffer.allocate(4096);
    private long whole;
    private boolean torn;

    private StepFile(Path path, FileChannel channel, long whole) {
        this.path = path;
        this.channel = channel;
        this.whole = whole;
    }

    /** Creates the run's file with its header; fails if the file exists. */
    static StepFile create(Path path) throws IOException {
        return create(path, FILES);
    }

    static StepFile create(Path path, Opener opener) throws IOException {
        FileChannel channel = opener.open(path);
        try {
            SharedFiles.writeFully(channel, StepCsv.HEADER);
            return new StepFile(path, channel, channel.size());
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * Formats the row into a reused buffer and writes it in one call.
     *
     * @throws IOException when the row could not be written; the file then holds whole rows only
     *     (or, where the cut failed too, one torn row that the next append closes)
     */
    void append(StepRow row) throws IOException {
        line.setLength(0);
        if (torn) {
            line.append('\n');
        }
        StepCsv.append(line, row);
        // UTF-8 takes at most 3 bytes per UTF-16 char, so one encode call always fits.
        if (bytes.capacity() < line.length() * 3) {
            bytes = ByteBuffer.allocate(line.length() * 3);
        }
        bytes.clear();
        encode();
        bytes.flip();
        try {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        } catch (IOException e) {
            cutBack();
            throw e;
        }
        whole = torn ? channel.size() : whole + bytes.limit();
        torn = false;
    }

    /** ASCII rows (nearly all) are copied byte for byte; others go through the encoder, which allocates. */
    private void encode() {
        byte[] array = bytes.array();
        int n = line.length();
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            if (c >= 0x80) {
                bytes.clear();
                encoder.reset();
                encoder.encode(CharBuffer.wrap(line), bytes, true);
                encoder.flush(bytes);
                return;
            }
            array[i] = (byte) c;
        }
        bytes.position(n);
    }

    private void cutBack() {
        try {
            if (channel.size() > whole) {
                channel.truncate(whole);
            }
        } catch (IOException | RuntimeException e) {
            torn = true;
        }
    }

    Path path() {
        return path;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
