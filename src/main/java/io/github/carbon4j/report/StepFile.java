package io.github.carbon4j.report;

import java.io.IOException;
import java.lang.invoke.VarHandle;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
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
 * JVMs apart. After each row its metric values go into the side file ({@link MetricValues}), from
 * which closing writes the yProv4ML metric files; any trouble there deletes the side file, and
 * closing reads this file instead. Not thread-safe: the logger calls it under its lock.
 */
final class StepFile implements AutoCloseable {

    /** The most bytes the file grows by at a time (about 2,000 rows), from {@link MappedAppender#FIRST_CHUNK} up. */
    static final int CHUNK = 1 << 20;

    /** Opens the channel the file is written through; tests pass one that fails on demand. */
    interface Opener {
        FileChannel open(Path path) throws IOException;

        /** The most bytes to reserve at a time (at least a row's): tests reserve row by row to fail a given step. */
        default int chunkBytes() {
            return CHUNK;
        }

        /** Opens the channel the side file ({@link MetricValues}) is written through; tests fail it on demand. */
        default FileChannel openValues(Path path) throws IOException {
            return FILES.open(path);
        }
    }

    static final Opener FILES = new Opener() {
        @Override
        public FileChannel open(Path path) throws IOException {
            return FileChannel.open(
                    path, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ, StandardOpenOption.WRITE);
        }
    };

    private final Path path;
    private final MappedAppender file;
    // Reused for every row: the logger calls append under its lock, one row at a time.
    private final ByteText line = new ByteText(1024);
    private final MethodColumns methods = new MethodColumns();
    private final IdentityColumns identity = new IdentityColumns();
    /** The side file of the metric files' values; null once it failed (closing then reads this file). */
    private MetricValues values;

    private StepFile(Path path, MappedAppender file, MetricValues values) {
        this.path = path;
        this.file = file;
        this.values = values;
    }

    /** Creates the run's file with its header, and its side file ({@link MetricValues}); fails if the file exists. */
    static StepFile create(Path path) throws IOException {
        return create(path, FILES);
    }

    static StepFile create(Path path, Opener opener) throws IOException {
        FileChannel channel = opener.open(path);
        MappedAppender file;
        try {
            SharedFiles.writeFully(channel, StepCsv.HEADER);
            file = new MappedAppender(channel, channel.size(), opener.chunkBytes());
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        return new StepFile(path, file, sideFile(path, opener));
    }

    /** The side file, or null where it cannot be created: closing then reads the steps file. */
    private static MetricValues sideFile(Path path, Opener opener) {
        Path values = MetricValues.of(path);
        try {
            return MetricValues.create(values, opener.openValues(values), opener.chunkBytes());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Formats the row into a reused buffer and stores it after the last whole row, then its values
     * in the side file.
     *
     * @throws IOException when no space could be reserved for the row; the file then holds the
     *     rows before it, and the next row goes where this one would have
     */
    void append(StepRow row) throws IOException {
        methods.update(row.metrics());
        line.setLength(0);
        StepRowWriter.head(line, row, identity).append(methods.bytes(), 0, methods.length());
        StepRowWriter.tail(line, row);
        int n = line.length();
        byte[] bytes = line.array();
        MappedByteBuffer target = file.space(n);
        int at = file.at();
        target.put(at, bytes, 0, n - 1);
        // The line break last: a reader (or a killed JVM's file) never has a line break without its row.
        VarHandle.releaseFence();
        target.put(at + n - 1, (byte) '\n');
        file.advance(n);
        appendValues(row);
    }

    /** The row's values into the side file; on any trouble the side file goes, and closing reads this file. */
    private void appendValues(StepRow row) {
        if (values == null) {
            return;
        }
        try {
            String context = row.metrics().context().name();
            int index = values.index(context);
            if (index < 0) {
                index = values.add(context);
            }
            values.append(index, row.metrics(), file.end());
        } catch (IOException | RuntimeException e) {
            dropValues();
        }
    }

    /** Deletes the side file, closed first (Windows deletes no mapped file): a missing one means "read the steps file". */
    private void dropValues() {
        MetricValues dropped = values;
        values = null;
        try {
            dropped.close();
        } catch (IOException | RuntimeException e) {
            // deleted all the same below
        }
        try {
            Files.deleteIfExists(dropped.path());
        } catch (IOException | RuntimeException e) {
            // harmless: a side file that does not reach the steps file's last row is not read
        }
    }

    Path path() {
        return path;
    }

    /**
     * Closes the side file, then cuts this file to its rows and closes it.
     *
     * @throws IOException when the cut fails (the file then ends in zeros, which readers skip) or closing does
     */
    @Override
    public void close() throws IOException {
        if (values != null) {
            try {
                values.close();
            } catch (IOException | RuntimeException e) {
                dropValues();
            }
        }
        file.close();
    }
}
