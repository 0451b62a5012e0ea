package io.github.carbon4j.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a {@link MetricValues} side file, a buffer at a time, so reading costs memory for a buffer
 * and the context names, never for the steps. Opened only when the file is whole and covers its
 * steps file: its last step ends where the steps file's rows end (after which a killed JVM leaves
 * only zeros). Not thread-safe.
 */
final class MetricValuesReader implements MetricFiles.Source {

    private static final int BUFFER = 256 * 1024;
    private static final int MIN_BUFFER = 4096;
    /** Past this many bytes after the last row, a steps file is not a killed JVM's last chunk. */
    private static final long MAX_TAIL = 4L * StepFile.CHUNK;

    private final Path file;
    /** The contexts with steps, in order of first step: found by the scan that checks the file, not read again. */
    private final Set<String> contexts = new LinkedHashSet<>();

    private MetricValuesReader(Path file) {
        this.file = file;
    }

    @Override
    public List<String> contexts() {
        return new ArrayList<>(contexts);
    }

    /** The reader of the side file, when there is one that covers the steps file. */
    static Optional<MetricValuesReader> open(Path valuesFile, Path stepsFile) {
        if (!Files.isRegularFile(valuesFile)) {
            return Optional.empty();
        }
        MetricValuesReader reader = new MetricValuesReader(valuesFile);
        try {
            long stepsEnd = reader.scan(null);
            return rowsEndAt(stepsFile, stepsEnd) ? Optional.of(reader) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public void read(MetricFiles.Sink sink) throws IOException {
        scan(sink);
    }

    /**
     * Hands every step to the sink; returns where the last step's row ends in the steps file. Without a
     * sink, it checks the file and lists its contexts in order of first step ({@link #contexts()}).
     *
     * @throws IllegalStateException when the file is not a whole side file
     */
    private long scan(MetricFiles.Sink sink) throws IOException {
        List<String> names = new ArrayList<>();
        double[] values = new double[MetricValues.METRICS];
        long stepsEnd = StepCsv.HEADER.getBytes(StandardCharsets.UTF_8).length;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            Buffer in = new Buffer(channel);
            if (!in.ensure(MetricValues.HEADER) || in.buffer.getLong() != MetricValues.MAGIC) {
                throw new IllegalStateException("not a side file: " + file);
            }
            for (int tag; in.ensure(Integer.BYTES) && (tag = in.buffer.getInt()) != 0; ) {
                // A zero tag is the end: the zeros a killed JVM leaves after its last record.
                if (tag < 0) {
                    names.add(readBack(in.name(-tag - 1)));
                } else {
                    stepsEnd = step(in, names, tag, stepsEnd, sink, values);
                }
            }
        }
        return stepsEnd;
    }

    /** Reads one step, handing it to the sink where it wants it; returns where its row ends in the steps file. */
    private long step(Buffer in, List<String> names, int tag, long stepsEnd, MetricFiles.Sink sink, double[] values)
            throws IOException {
        if (tag > names.size() || !in.ensure(MetricValues.STEP_BYTES - Integer.BYTES)) {
            throw new IllegalStateException("a torn step in " + file);
        }
        ByteBuffer b = in.buffer;
        long end = b.getLong();
        if (end <= stepsEnd) {
            throw new IllegalStateException("steps out of order in " + file);
        }
        String context = names.get(tag - 1);
        if (sink == null) {
            // The checking scan. Two names can read back alike (a line break flattened): one context, as
            // the steps file has it.
            contexts.add(context);
        }
        if (sink == null || !sink.wants(context)) {
            b.position(b.position() + MetricValues.STEP_BYTES - Integer.BYTES - Long.BYTES);
            return end;
        }
        long step = b.getLong();
        long millis = b.getLong();
        for (int i = 0; i < values.length; i++) {
            values[i] = b.getDouble();
        }
        sink.row(context, step, millis, values);
        return end;
    }

    /** The name as the steps file reads it back: quoted, flattened and guarded as a CSV field, then read. */
    static String readBack(String name) {
        return Csv.split(StepRowWriter.field(new ByteText(name.length() * 3 + 4), name)
                        .toString())
                .get(0);
    }

    /** Whether the steps file's rows end there: a line break before, nothing but zeros after. */
    static boolean rowsEndAt(Path stepsFile, long end) throws IOException {
        try (FileChannel channel = FileChannel.open(stepsFile, StandardOpenOption.READ)) {
            long size = channel.size();
            if (end > size || size - end > MAX_TAIL) {
                return false;
            }
            ByteBuffer b = ByteBuffer.allocate(64 * 1024);
            if (channel.read(b.limit(1), end - 1) != 1 || b.get(0) != '\n') {
                return false;
            }
            for (long at = end; at < size; ) {
                b.clear();
                int n = channel.read(b, at);
                if (n <= 0) {
                    return false;
                }
                for (int i = 0; i < n; i++) {
                    if (b.get(i) != 0) {
                        return false;
                    }
                }
                at += n;
            }
            return true;
        }
    }

    /** The file's bytes, read into one buffer as they are needed. */
    private static final class Buffer {
        final FileChannel channel;
        final ByteBuffer buffer;

        /**
         * A buffer as long as the file, up to {@link #BUFFER}: every record of the file fits, and the side file of
         * a short run (a few hundred bytes once closed) costs a closing JVM no 256 KB of zeroed memory per scan.
         */
        Buffer(FileChannel channel) throws IOException {
            this.channel = channel;
            this.buffer = ByteBuffer.allocateDirect((int) Math.min(BUFFER, Math.max(MIN_BUFFER, channel.size())))
                    .flip();
        }

        /** Whether n more bytes are there (false at the end of the file). */
        boolean ensure(int n) throws IOException {
            if (buffer.remaining() >= n) {
                return true;
            }
            buffer.compact();
            while (buffer.position() < n && channel.read(buffer) > 0) {
                // read until there are n bytes or the file ends
            }
            buffer.flip();
            return buffer.remaining() >= n;
        }

        String name(int length) throws IOException {
            if (length > buffer.capacity() - Integer.BYTES || !ensure(length)) {
                throw new IllegalStateException("a torn context name");
            }
            byte[] name = new byte[length];
            buffer.get(name);
            return new String(name, StandardCharsets.UTF_8);
        }
    }
}
