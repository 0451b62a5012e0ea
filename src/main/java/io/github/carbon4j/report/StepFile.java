package io.github.carbon4j.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The steps file of one run, appended row by row. Each row goes to the OS in one write before
 * {@link #append} returns, so it survives the JVM being killed; there is no fsync, so it does not
 * survive the machine losing power. One file per run keeps concurrent JVMs apart. Not thread-safe:
 * the logger calls it under its lock.
 */
final class StepFile implements AutoCloseable {

    private final Path path;
    private final FileChannel channel;
    // Reused for every row: the logger calls append under its lock, one row at a time.
    private final StringBuilder line = new StringBuilder(1024);
    private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private ByteBuffer bytes = ByteBuffer.allocate(4096);

    private StepFile(Path path, FileChannel channel) {
        this.path = path;
        this.channel = channel;
    }

    /** Creates the run's file with its header; fails if the file exists. */
    static StepFile create(Path path) throws IOException {
        FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        try {
            SharedFiles.writeFully(channel, StepCsv.HEADER);
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        return new StepFile(path, channel);
    }

    /** Formats the row into a reused buffer and writes it in one call. */
    void append(StepRow row) throws IOException {
        line.setLength(0);
        StepCsv.append(line, row);
        // UTF-8 takes at most 3 bytes per UTF-16 char, so one encode call always fits.
        if (bytes.capacity() < line.length() * 3) {
            bytes = ByteBuffer.allocate(line.length() * 3);
        }
        bytes.clear();
        encoder.reset();
        encoder.encode(CharBuffer.wrap(line), bytes, true);
        encoder.flush(bytes);
        bytes.flip();
        while (bytes.hasRemaining()) {
            channel.write(bytes);
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
