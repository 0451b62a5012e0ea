package io.github.carbon4j.report;

import io.github.carbon4j.CarbonMetrics;
import java.io.IOException;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The side file beside a steps file, {@code steps-<run>.values}: per step, in binary, what the
 * yProv4ML metric files need (context, step, end, the {@link ProvFiles#METRICS} values), so that
 * closing a run formats them without parsing its steps file again. Appended like the steps file,
 * through memory mapped from it ({@link MappedAppender}): a killed JVM leaves it in the page cache
 * too. Each record is stored with its leading tag last, so a record without its tag reads as the
 * end. A context's name is stored once, before its first step.
 * Each step stores where its row ends in the steps file, so {@link MetricValuesReader} can tell
 * whether this file covers the steps file; when it does not, the steps file is read instead. Not
 * thread-safe: the logger calls it under its lock.
 *
 * <p>Layout (big-endian): the 8 bytes {@link #MAGIC}; then records: a name is an int {@code
 * -(length + 1)} and the UTF-8 bytes; a step is an int {@code context index + 1}, longs for the steps
 * file's length after its row, the step number and its end in epoch milliseconds, and the doubles.
 */
final class MetricValues implements AutoCloseable {

    static final long MAGIC = 0x43344A56414C3031L; // "C4JVAL01"
    static final int HEADER = Long.BYTES;
    /** The number of {@link ProvFiles#METRICS}, written out: a starting logger does not build that map. */
    static final int METRICS = 11;

    static final int STEP_BYTES = Integer.BYTES + 3 * Long.BYTES + METRICS * Double.BYTES;

    private final Path path;
    private final MappedAppender file;
    /** Context names to their index: looked up on every step. */
    private final Map<String, Integer> byName = new HashMap<>();
    /** A step's record, filled on the heap and copied into the mapping in one go: cheaper than a put per value there. */
    private final ByteBuffer record = ByteBuffer.allocate(STEP_BYTES);

    private MetricValues(Path path, MappedAppender file) {
        this.path = path;
        this.file = file;
    }

    /** The side file of a steps file. */
    static Path of(Path stepsFile) {
        String name = stepsFile.getFileName().toString();
        String base = name.endsWith(ReportNames.STEPS_SUFFIX)
                ? name.substring(0, name.length() - ReportNames.STEPS_SUFFIX.length())
                : name;
        return stepsFile.resolveSibling(base + ".values");
    }

    /** Starts the side file with its header through the channel, which it then owns; reserves chunk bytes at a time. */
    static MetricValues create(Path path, FileChannel channel, int chunk) throws IOException {
        try {
            ByteBuffer header = ByteBuffer.allocate(HEADER).putLong(0, MAGIC);
            while (header.hasRemaining()) {
                channel.write(header);
            }
            return new MetricValues(path, new MappedAppender(channel, HEADER, chunk));
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    Path path() {
        return path;
    }

    /** The index of the context, or -1 before its first step. */
    int index(String context) {
        Integer index = byName.get(context);
        return index == null ? -1 : index;
    }

    /** Gives the context the next index and stores its name. */
    int add(String context) throws IOException {
        byte[] name = context.getBytes(StandardCharsets.UTF_8); // a lone surrogate as '?', as in the steps file
        MappedByteBuffer target = file.space(Integer.BYTES + name.length);
        int at = file.at();
        target.put(at + Integer.BYTES, name);
        VarHandle.releaseFence();
        target.putInt(at, -(name.length + 1));
        file.advance(Integer.BYTES + name.length);
        int index = byName.size();
        byName.put(context, index);
        return index;
    }

    /** Stores one step of the context, whose row ends at stepsEnd in the steps file. */
    void append(int context, CarbonMetrics m, long stepsEnd) throws IOException {
        MappedByteBuffer b = file.space(STEP_BYTES);
        int at = file.at();
        Duration d = m.duration();
        // The figures as CarbonMetrics derives them, without the quantity objects its accessors build.
        double seconds = d.getSeconds() + d.getNano() / 1e9;
        double grams = m.emissions().grams();
        double cpu = m.cpuEnergy().joules();
        double gpu = m.gpuEnergy().joules();
        double ram = m.ramEnergy().joules();
        ByteBuffer r = record;
        r.putLong(4, stepsEnd).putLong(12, m.step()).putLong(20, endMillis(m.start(), d));
        r.putDouble(28, grams).putDouble(36, seconds > 0 ? grams / seconds : 0);
        r.putDouble(44, seconds > 0 ? cpu / seconds : 0).putDouble(52, seconds > 0 ? gpu / seconds : 0);
        r.putDouble(60, seconds > 0 ? ram / seconds : 0).putDouble(68, cpu);
        r.putDouble(76, gpu).putDouble(84, ram).putDouble(92, m.energyConsumed().joules());
        double embodied = m.embodiedEmissions().grams();
        r.putDouble(100, embodied).putDouble(108, grams + embodied);
        b.put(at + Integer.BYTES, r, Integer.BYTES, STEP_BYTES - Integer.BYTES);
        VarHandle.releaseFence();
        b.putInt(at, context + 1);
        file.advance(STEP_BYTES);
    }

    /** {@code start.plus(duration).toEpochMilli()} without the Instant. */
    static long endMillis(Instant start, Duration duration) {
        long seconds = start.getEpochSecond() + duration.getSeconds();
        long nanos = (long) start.getNano() + duration.getNano();
        return Math.addExact(Math.multiplyExact(seconds, 1000L), nanos / 1_000_000);
    }

    /** Cuts the file to its records and closes it. */
    @Override
    public void close() throws IOException {
        file.close();
    }
}
