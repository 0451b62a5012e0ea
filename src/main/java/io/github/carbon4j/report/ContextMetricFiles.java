package io.github.carbon4j.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The metric files of one context while they are written: one temporary file per metric beside its
 * place, each with a buffer of its {@code step,value,timestamp_ms} lines, written a buffer at a time
 * and moved into place by {@link #publish}. The lines are ASCII, with each value as the shortest
 * decimal that reads back to the same double ({@link DoubleWriter}, {@link Double#toString}'s
 * layout). Not thread-safe.
 */
final class ContextMetricFiles {

    /** Bytes a buffer holds before it is written: 176 open files (16 contexts) hold under 6 MB. */
    private static final int FLUSH = 32 * 1024 - 128;

    /** A buffer's first size, which doubles up to {@link #FLUSH} as lines come: a test JVM's file has a few. */
    private static final int FIRST_BUFFER = 512;

    private final Path[] files;
    private final Path[] temps;
    private final FileChannel[] channels;
    private final ByteText[] buffers;
    /** Bytes written to each file so far: its size when published, without asking the file system. */
    private final long[] written;

    private final ByteText prefix = new ByteText(24);
    private final ByteText suffix = new ByteText(24);

    private ContextMetricFiles(List<Path> files) {
        int n = files.size();
        this.files = files.toArray(new Path[n]);
        this.temps = new Path[n];
        this.channels = new FileChannel[n];
        this.buffers = new ByteText[n];
        this.written = new long[n];
    }

    /**
     * Opens the temporary files of the context's metric files and buffers their first lines, which go
     * out with the first rows: a short run's file takes one write; on failure deletes what it had opened.
     */
    static ContextMetricFiles open(String context, List<String> metrics, List<Path> files) throws IOException {
        ContextMetricFiles out = new ContextMetricFiles(files);
        try {
            for (int i = 0; i < files.size(); i++) {
                out.temps[i] = SharedFiles.temporary(files.get(i));
                out.channels[i] =
                        FileChannel.open(out.temps[i], StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                out.buffers[i] = new ByteText(FIRST_BUFFER)
                        .append(Csv.line(List.of(metrics.get(i), context, ReportNames.SOURCE)));
            }
        } catch (IOException | RuntimeException e) {
            out.discard();
            throw e;
        }
        return out;
    }

    /** Appends one step's line to each metric's file; values in the order of the files. */
    void append(long step, long endMillis, double[] values) throws IOException {
        prefix.setLength(0);
        prefix.append(step).ascii(',');
        suffix.setLength(0);
        suffix.ascii(',').append(endMillis).ascii('\n');
        for (int i = 0; i < buffers.length; i++) {
            ByteText b = buffers[i];
            b.append(prefix.array(), 0, prefix.length());
            DoubleWriter.append(b, values[i]).append(suffix.array(), 0, suffix.length());
            if (b.length() >= FLUSH) {
                flush(i);
            }
        }
    }

    /** Where the {@code i}th metric's file goes once published. */
    Path file(int i) {
        return files[i];
    }

    private void flush(int i) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(buffers[i].array(), 0, buffers[i].length());
        while (bytes.hasRemaining()) {
            written[i] += channels[i].write(bytes);
        }
        buffers[i].setLength(0);
    }

    /** Writes what is buffered, closes the files and moves each into its place; returns their sizes. */
    long[] publish() throws IOException {
        long[] sizes = new long[files.length];
        for (int i = 0; i < files.length; i++) {
            flush(i);
            sizes[i] = written[i];
            channels[i].close();
            channels[i] = null;
        }
        for (int i = 0; i < files.length; i++) {
            SharedFiles.move(temps[i], files[i]);
            temps[i] = null;
        }
        return sizes;
    }

    /** Closes and deletes the temporary files not yet moved into place; never throws. */
    void discard() {
        for (int i = 0; i < files.length; i++) {
            try {
                if (channels[i] != null) {
                    channels[i].close();
                }
                if (temps[i] != null) {
                    Files.deleteIfExists(temps[i]);
                }
            } catch (IOException | RuntimeException e) {
                // best effort: a leftover .tmp file beside the metric files is harmless
            }
        }
    }
}
