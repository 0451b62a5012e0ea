package io.github.carbon4j.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

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
        List<String> contexts = source.contexts();
        int n = Math.max(1, Math.min(lanes, contexts.size()));
        Map<String, String> parts = new HashMap<>();
        FileNames names = new FileNames();
        List<Set<String>> shares = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            shares.add(new HashSet<>());
        }
        for (int i = 0; i < contexts.size(); i++) {
            String context = contexts.get(i);
            parts.put(context, names.unique(context));
            shares.get(i % n).add(context);
        }
        // Grouped by context in a map, not sorted by a comparator: each lambda is a class a closing JVM spins.
        Map<String, List<ProvDocument.MetricFile>> byContext = new HashMap<>();
        for (ProvDocument.MetricFile file : run(source, directory, parts, shares)) {
            List<ProvDocument.MetricFile> files = byContext.get(file.context());
            if (files == null) {
                files = new ArrayList<>();
                byContext.put(file.context(), files);
            }
            files.add(file);
        }
        List<ProvDocument.MetricFile> written = new ArrayList<>();
        for (String context : contexts) {
            written.addAll(byContext.getOrDefault(context, List.of()));
        }
        return written;
    }

    /** Writes each share on its own thread, the first on this one; the first failure is thrown once all have ended. */
    private static List<ProvDocument.MetricFile> run(
            MetricFiles.Source source, Path directory, Map<String, String> parts, List<Set<String>> shares)
            throws IOException {
        int open = Math.max(1, MetricFiles.OPEN_CONTEXTS / shares.size());
        List<Lane> lanes = new ArrayList<>();
        for (Set<String> share : shares) {
            lanes.add(new Lane(source, directory, parts, share, open));
        }
        Concurrently.run(new ArrayList<Concurrently.Task>(lanes));
        List<ProvDocument.MetricFile> written = new ArrayList<>();
        for (Lane lane : lanes) {
            written.addAll(lane.written);
        }
        return written;
    }

    /**
     * One thread's share of the contexts: names each context's files, says which are its own, and writes
     * them. One class rather than three lambdas, which a closing JVM would spin.
     */
    private static final class Lane implements Function<String, String>, Predicate<String>, Concurrently.Task {
        private final MetricFiles.Source source;
        private final Path directory;
        private final Map<String, String> parts;
        private final Set<String> share;
        private final int open;
        /** Set by the lane's thread; the join makes it visible to the caller. */
        private List<ProvDocument.MetricFile> written = List.of();

        Lane(MetricFiles.Source source, Path directory, Map<String, String> parts, Set<String> share, int open) {
            this.source = source;
            this.directory = directory;
            this.parts = parts;
            this.share = share;
            this.open = open;
        }

        @Override
        public String apply(String context) {
            return parts.get(context);
        }

        @Override
        public boolean test(String context) {
            return share.contains(context);
        }

        @Override
        public void run() throws IOException {
            written = new MetricFiles(directory, this, this, open).writeAll(source);
        }
    }
}
