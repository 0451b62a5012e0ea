package io.github.carbon4j.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a run's metric files on several threads, each for its own share of the contexts: formatting
 * a million steps' values is most of what closing such a run costs, and a side file is cheap to read
 * once per thread. The contexts are listed first, in order of first step, so that each gets the same
 * file name whatever thread writes it, and the files come back in that order, as one thread would
 * write them. The files open at once stay within {@link MetricFiles#OPEN_CONTEXTS} contexts in all.
 */
final class MetricFileLanes {

    /** Threads for a run's metric files: one per CPU, at most four. */
    static final int LANES = Math.min(4, Runtime.getRuntime().availableProcessors());

    private MetricFileLanes() {}

    /**
     * Writes the files of every context the source holds into the directory on up to {@code lanes}
     * threads; returns them in context order.
     *
     * @param source read once to list the contexts, then once per batch on each thread; must allow
     *     concurrent reads
     */
    static List<ProvDocument.MetricFile> write(MetricFiles.Source source, Path directory, int lanes)
            throws IOException {
        List<String> contexts = contexts(source);
        int n = Math.max(1, Math.min(lanes, contexts.size()));
        Map<String, String> parts = new HashMap<>();
        Map<String, Integer> order = new HashMap<>();
        FileNames names = new FileNames();
        List<Set<String>> shares = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            shares.add(new HashSet<>());
        }
        for (int i = 0; i < contexts.size(); i++) {
            String context = contexts.get(i);
            parts.put(context, names.unique(context));
            order.put(context, i);
            shares.get(i % n).add(context);
        }
        List<ProvDocument.MetricFile> written = run(source, directory, parts, shares);
        written.sort(Comparator.comparingInt(file -> order.get(file.context())));
        return written;
    }

    /** The contexts of the source's steps, in order of first step; no value is read. */
    static List<String> contexts(MetricFiles.Source source) throws IOException {
        Set<String> seen = new LinkedHashSet<>();
        source.read(new MetricFiles.Sink() {
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

    /** Writes each share on its own thread, the first on this one; the first failure is thrown once all have ended. */
    private static List<ProvDocument.MetricFile> run(
            MetricFiles.Source source, Path directory, Map<String, String> parts, List<Set<String>> shares)
            throws IOException {
        int open = Math.max(1, MetricFiles.OPEN_CONTEXTS / shares.size());
        List<List<ProvDocument.MetricFile>> results = new ArrayList<>();
        List<Concurrently.Task> tasks = new ArrayList<>();
        for (Set<String> share : shares) {
            MetricFiles files = new MetricFiles(directory, parts::get, share::contains, open);
            int lane = results.size();
            results.add(List.of()); // each thread sets its own slot; join makes them visible here
            tasks.add(() -> results.set(lane, files.writeAll(source)));
        }
        Concurrently.run(tasks);
        List<ProvDocument.MetricFile> written = new ArrayList<>();
        results.forEach(written::addAll);
        return written;
    }
}
