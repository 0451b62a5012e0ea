package io.github.carbon4j.report;

import io.github.carbon4j.internal.Notices;
import io.github.carbon4j.internal.Totals;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The energy and emissions of each named thing in each run of output directories, read from the
 * steps files, for {@link CarbonCheck}: the run's total (the sum of its steps), each context, and
 * each step under its stable name (a JUnit test's unique id, else {@code context #step}). A run found in several directories counts once.
 * Immutable after reading.
 *
 * @param runs by run id, each a map from name to its totals (energy with PUE, emissions, SCI), in name order
 * @param intensities the intensities the steps were logged with and their sources, each once
 * @param methods how the steps' CPU, GPU and RAM energy was obtained, each once
 */
record RunFigures(Map<String, Map<Name, Totals>> runs, Set<String> intensities, Set<String> methods) {

    /** What is compared, and its name. */
    record Name(Kind kind, String name) implements Comparable<Name> {
        @Override
        public int compareTo(Name other) {
            int k = kind.compareTo(other.kind);
            return k != 0 ? k : name.compareTo(other.name);
        }

        @Override
        public String toString() {
            return kind == Kind.TOTAL ? "total" : kind.label + " " + name;
        }
    }

    enum Kind {
        TOTAL("total"),
        CONTEXT("context"),
        STEP("step");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    static final Name TOTAL = new Name(Kind.TOTAL, "");

    /**
     * Reads every steps file of the directories.
     *
     * @throws ReportFormatException naming the path (and line) when a directory is missing or a row is malformed
     */
    static RunFigures read(List<Path> directories, Notices notices) {
        Map<String, Map<Name, Totals>> runs = new LinkedHashMap<>();
        Set<String> intensities = new LinkedHashSet<>();
        Set<String> methods = new LinkedHashSet<>();
        Set<String> seen = new HashSet<>();
        for (Path directory : directories) {
            if (!Files.isDirectory(directory)) {
                throw new ReportFormatException(directory, "not a directory");
            }
            for (Path file : ReportDirectory.list(directory, ReportNames.STEPS_PREFIX, ReportNames.STEPS_SUFFIX)) {
                Map<String, Map<Name, Totals>> own = new LinkedHashMap<>();
                StepReader.read(
                        file,
                        (line, row) -> {
                            var m = row.metrics();
                            Totals f = Totals.of(m);
                            Map<Name, Totals> run = own.computeIfAbsent(row.runId(), id -> new TreeMap<>());
                            run.merge(TOTAL, f, Totals::plus);
                            run.merge(new Name(Kind.CONTEXT, m.context().name()), f, Totals::plus);
                            run.merge(new Name(Kind.STEP, row.stableName()), f, Totals::plus);
                            intensities.add(m.intensity() + " (" + m.intensitySource() + ")");
                            methods.add(methods(m));
                        },
                        notices);
                own.forEach((id, figures) -> {
                    if (seen.add(id)) {
                        runs.put(id, figures);
                    }
                });
            }
        }
        return new RunFigures(runs, intensities, methods);
    }

    /** E.g. {@code cpu measured RAPL, gpu none, ram estimated DIMM model}. */
    private static String methods(io.github.carbon4j.CarbonMetrics m) {
        java.util.StringJoiner all = new java.util.StringJoiner(", ");
        for (io.github.carbon4j.Component c : io.github.carbon4j.Component.values()) {
            all.add(c.key() + " " + m.method(c));
        }
        return all.toString();
    }
}
