package io.github.carbon4j.report;

import io.github.carbon4j.CarbonMetrics;
import io.github.carbon4j.internal.Notices;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a run's yProv4ML metric files from its steps file as a stream: each row goes to the open
 * files of its context, so memory holds a buffer per open file, never the steps. At most
 * {@link #OPEN_CONTEXTS} contexts' files are open at once; a run with more contexts reads its steps
 * file again for each further batch. Each file is written beside its place and renamed into it when
 * complete. Not thread-safe.
 */
final class MetricFiles {

    static final int OPEN_CONTEXTS = 16;
    private static final int BUFFER = 4096;

    private final Path directory;
    private final List<String> metrics = List.copyOf(ProvFiles.METRICS.keySet());
    private final FileNames fileNames = new FileNames();
    private final List<ProvDocument.MetricFile> written = new ArrayList<>();
    private final Notices notices;

    private MetricFiles(Path directory, Notices notices) {
        this.directory = directory;
        this.notices = notices;
    }

    /** Writes the files of every context in the steps file into the directory; returns them in context order. */
    static List<ProvDocument.MetricFile> write(Path stepsFile, Path directory, Notices notices) throws IOException {
        MetricFiles files = new MetricFiles(directory, notices);
        Set<String> done = new LinkedHashSet<>();
        boolean more = Files.exists(stepsFile);
        Files.createDirectories(directory);
        while (more) {
            more = files.batch(stepsFile, done);
        }
        return files.written;
    }

    /** One pass over the steps file for up to OPEN_CONTEXTS contexts not done yet; whether more remain. */
    private boolean batch(Path stepsFile, Set<String> done) throws IOException {
        Map<String, Writer[]> open = new LinkedHashMap<>();
        Map<String, Path[]> temps = new LinkedHashMap<>();
        boolean[] more = {false};
        try {
            StepReader.read(
                    stepsFile,
                    (line, row) -> {
                        String context = row.metrics().context().name();
                        if (done.contains(context)) {
                            return;
                        }
                        Writer[] writers = open.get(context);
                        if (writers == null && open.size() >= OPEN_CONTEXTS) {
                            more[0] = true;
                            return;
                        }
                        if (writers == null) {
                            writers = open(context, open, temps);
                        }
                        append(writers, row.metrics());
                    },
                    notices);
            closeAll(open);
            for (Map.Entry<String, Path[]> context : temps.entrySet()) {
                publish(context.getKey(), context.getValue());
            }
        } finally {
            closeAll(open);
            for (Path[] paths : temps.values()) {
                for (Path temp : paths) {
                    if (temp != null) {
                        Files.deleteIfExists(temp);
                    }
                }
            }
        }
        done.addAll(open.keySet());
        return more[0];
    }

    private Writer[] open(String context, Map<String, Writer[]> open, Map<String, Path[]> temps) {
        Writer[] writers = new Writer[metrics.size()];
        Path[] paths = new Path[metrics.size()];
        open.put(context, writers);
        temps.put(context, paths);
        String part = fileNames.unique(context);
        try {
            for (int i = 0; i < writers.length; i++) {
                paths[i] = SharedFiles.temporary(file(metrics.get(i), part));
                writers[i] = new BufferedWriter(Files.newBufferedWriter(paths[i], StandardCharsets.UTF_8), BUFFER);
                writers[i].write(Csv.line(List.of(metrics.get(i), context, ReportNames.SOURCE)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return writers;
    }

    private void append(Writer[] writers, CarbonMetrics m) {
        String step = Long.toString(m.step());
        String millis = Long.toString(m.end().toEpochMilli());
        try {
            for (int i = 0; i < writers.length; i++) {
                Writer w = writers[i];
                w.write(step);
                w.write(',');
                w.write(Double.toString(
                        ProvFiles.METRICS.get(metrics.get(i)).value().applyAsDouble(m)));
                w.write(',');
                w.write(millis);
                w.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void publish(String context, Path[] temps) throws IOException {
        String part = fileNames.unique(context);
        for (int i = 0; i < temps.length; i++) {
            String metric = metrics.get(i);
            Path file = file(metric, part);
            SharedFiles.move(temps[i], file);
            written.add(new ProvDocument.MetricFile(
                    metric,
                    context,
                    ProvFiles.METRICS.get(metric).unit(),
                    file.toString().replace('\\', '/'),
                    Files.size(file)));
        }
    }

    private Path file(String metric, String contextPart) {
        return directory.resolve(metric + "_" + contextPart + "_" + ReportNames.SOURCE + "_GR0.csv");
    }

    private static void closeAll(Map<String, Writer[]> open) throws IOException {
        IOException first = null;
        for (Writer[] writers : open.values()) {
            for (int i = 0; i < writers.length; i++) {
                try {
                    if (writers[i] != null) {
                        writers[i].close();
                    }
                } catch (IOException e) {
                    first = first == null ? e : first;
                }
                writers[i] = null;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
