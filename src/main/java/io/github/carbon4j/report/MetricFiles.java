package io.github.carbon4j.report;

import io.github.carbon4j.CarbonMetrics;
import io.github.carbon4j.internal.Notices;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Writes a run's yProv4ML metric files as a stream: each step goes to the open files of its
 * context, so memory holds a buffer per open file, never the steps. The steps come from the run's
 * side file ({@link MetricValues}) where it covers the steps file, else from the steps file itself
 * (a run of an older version, or one whose side file was torn or lost), with the same content. At
 * most {@link #OPEN_CONTEXTS} contexts' files are open at once; a run with more contexts reads its
 * steps again for each further batch. Each file is written beside its place and moved into it when
 * complete. Not thread-safe.
 */
final class MetricFiles {

    static final int OPEN_CONTEXTS = 16;

    /** A run's steps, read once per call, in the order they were logged. */
    interface Source {
        void read(Sink sink) throws IOException;

        /** The contexts that have steps, in the order of their first step; this reads the steps once. */
        default List<String> contexts() throws IOException {
            Set<String> seen = new LinkedHashSet<>();
            read(new Sink() {
                @Override
                public boolean wants(String context) {
                    seen.add(context);
                    return false;
                }

                @Override
                public void row(String context, long step, long endMillis, double[] values) {
                    seen.add(context);
                }
            });
            return new ArrayList<>(seen);
        }
    }

    /** Receives one step: its context, number, end in epoch milliseconds and values in {@link ProvFiles#METRICS} order. */
    interface Sink {
        void row(String context, long step, long endMillis, double[] values) throws IOException;

        /** Whether the sink takes the context's steps: a source may skip reading the others' values. */
        default boolean wants(String context) {
            return true;
        }
    }

    private final Path directory;
    private final List<String> metrics = List.copyOf(ProvFiles.METRICS.keySet());
    private final Function<String, String> parts;
    private final Predicate<String> mine;
    private final int openContexts;
    private final List<ProvDocument.MetricFile> written = new ArrayList<>();

    /**
     * @param parts the file-name part of each context
     * @param mine the contexts these files are written for
     * @param openContexts how many contexts' files may be open at once
     */
    MetricFiles(Path directory, Function<String, String> parts, Predicate<String> mine, int openContexts) {
        this.directory = directory;
        this.parts = parts;
        this.mine = mine;
        this.openContexts = openContexts;
    }

    /**
     * Writes the files of every context of the run into the directory, from its side file or else its
     * steps file; returns them in context order. The side file is deleted afterwards.
     */
    static List<ProvDocument.MetricFile> write(Path stepsFile, Path directory, Notices notices) throws IOException {
        Path values = MetricValues.of(stepsFile);
        try {
            Files.createDirectories(directory);
            if (!Files.exists(stepsFile)) {
                return List.of();
            }
            Optional<MetricValuesReader> side = MetricValuesReader.open(values, stepsFile);
            if (side.isPresent()) {
                return MetricFileLanes.write(side.get(), directory, MetricFileLanes.LANES);
            }
            return write(steps(stepsFile, notices), directory);
        } finally {
            Files.deleteIfExists(values);
        }
    }

    /** Writes the files of every context the source holds into the directory; returns them in context order. */
    static List<ProvDocument.MetricFile> write(Source source, Path directory) throws IOException {
        FileNames names = new FileNames();
        return new MetricFiles(directory, names::unique, context -> true, OPEN_CONTEXTS).writeAll(source);
    }

    /** Writes the files of this instance's contexts, a batch of them per read of the source; returns them. */
    List<ProvDocument.MetricFile> writeAll(Source source) throws IOException {
        Set<String> done = new HashSet<>();
        while (batch(source, done)) {
            // each batch writes the next contexts, up to openContexts
        }
        return written;
    }

    /** The steps as the steps file holds them, each read back into its metrics. */
    static Source steps(Path stepsFile, Notices notices) {
        double[] values = new double[ProvFiles.METRICS.size()];
        return sink -> StepReader.read(
                stepsFile,
                (line, row) -> {
                    CarbonMetrics m = row.metrics();
                    for (int i = 0; i < values.length; i++) {
                        values[i] = ProvFiles.value(i, m);
                    }
                    try {
                        sink.row(m.context().name(), m.step(), m.end().toEpochMilli(), values);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                },
                notices);
    }

    /** One read of the source for up to openContexts contexts not done yet; whether more remain. */
    private boolean batch(Source source, Set<String> done) throws IOException {
        Batch batch = new Batch(done);
        try {
            source.read(batch);
            for (Map.Entry<String, ContextMetricFiles> context : batch.open.entrySet()) {
                publish(context.getKey(), context.getValue());
            }
        } finally {
            for (ContextMetricFiles files : batch.open.values()) {
                files.discard();
            }
        }
        done.addAll(batch.open.keySet());
        return batch.more;
    }

    /** The contexts one read of the source writes: this instance's not done yet, up to openContexts, in order of first step. */
    private final class Batch implements Sink {
        final Map<String, ContextMetricFiles> open = new LinkedHashMap<>();
        final Set<String> done;
        boolean more;

        Batch(Set<String> done) {
            this.done = done;
        }

        @Override
        public boolean wants(String context) {
            if (open.containsKey(context)) {
                return true;
            }
            if (done.contains(context) || !mine.test(context)) {
                return false;
            }
            more |= open.size() >= openContexts;
            return open.size() < openContexts;
        }

        @Override
        public void row(String context, long step, long endMillis, double[] values) throws IOException {
            ContextMetricFiles files = open.get(context);
            if (files == null && wants(context)) {
                files = open(context);
                open.put(context, files);
            }
            if (files != null) {
                files.append(step, endMillis, values);
            }
        }
    }

    private ContextMetricFiles open(String context) throws IOException {
        String part = parts.apply(context);
        List<Path> files = new ArrayList<>();
        for (String metric : metrics) {
            files.add(file(metric, part));
        }
        return ContextMetricFiles.open(context, metrics, files);
    }

    private void publish(String context, ContextMetricFiles files) throws IOException {
        long[] sizes = files.publish();
        for (int i = 0; i < sizes.length; i++) {
            String metric = metrics.get(i);
            written.add(new ProvDocument.MetricFile(
                    metric,
                    context,
                    ProvFiles.METRICS.get(metric).unit(),
                    files.file(i).toString().replace('\\', '/'),
                    sizes[i]));
        }
    }

    private Path file(String metric, String contextPart) {
        return directory.resolve(metric + "_" + contextPart + "_" + ReportNames.SOURCE + "_GR0.csv");
    }
}
