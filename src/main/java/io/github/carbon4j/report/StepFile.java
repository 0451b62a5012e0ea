package io.github.carbon4j.report;

import java.io.IOException;
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

    void append(StepRow row) throws IOException {
        SharedFiles.writeFully(channel, StepCsv.format(row));
    }

    Path path() {
        return path;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
