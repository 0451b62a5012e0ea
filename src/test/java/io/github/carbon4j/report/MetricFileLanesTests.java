package io.github.carbon4j.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Metric files written on several threads are those one thread writes: the same names, bytes and order. */
class MetricFileLanesTests {

    @TempDir
    Path directory;

    /** Steps over more contexts than are open at once, three of whose names clean to one file-name part. */
    private final List<Object[]> rows = rows();

    private final MetricFiles.Source source = sink -> {
        for (Object[] row : rows) {
            String context = (String) row[0];
            if (sink.wants(context)) {
                sink.row(context, (Long) row[1], (Long) row[2], (double[]) row[3]);
            }
        }
    };

    @Test
    void anyNumberOfThreadsWritesWhatOneThreadWrites() throws IOException {
        List<ProvDocument.MetricFile> one =
                MetricFiles.write(source, Files.createDirectories(directory.resolve("one")));
        Map<String, String> expected = ReportTestCases.contents(directory.resolve("one"));
        assertThat(expected).hasSize(41 * ProvFiles.METRICS.size());
        for (int lanes : new int[] {1, 2, 3, 4, 7}) {
            Path into = Files.createDirectories(directory.resolve("lanes-" + lanes));
            List<ProvDocument.MetricFile> written = MetricFileLanes.write(source, into, lanes);
            assertThat(ReportTestCases.contents(into)).as("%d threads", lanes).isEqualTo(expected);
            assertThat(relative(written)).as("%d threads", lanes).isEqualTo(relative(one));
        }
    }

    @Test
    void theContextsAreListedInOrderOfFirstStep() throws IOException {
        List<String> contexts = source.contexts();
        assertThat(contexts).hasSize(41).startsWith("context 40", "context 39").contains("a/b", "a_b", "a b");
    }

    @Test
    void aThreadThatFailsFailsTheWholeWriteOnceTheOthersHaveEnded() throws IOException {
        Path into = Files.createDirectories(directory.resolve("failing"));
        AtomicInteger reads = new AtomicInteger();
        MetricFiles.Source failing = sink -> {
            if (reads.incrementAndGet() == 3) {
                throw new IOException("disk gone on the third read");
            }
            source.read(sink);
        };
        assertThatIOException()
                .isThrownBy(() -> MetricFileLanes.write(failing, into, 2))
                .withMessage("disk gone on the third read");
        try (Stream<Path> left = Files.list(into)) {
            assertThat(left.map(Path::toString))
                    .as("what the failing thread had open")
                    .noneMatch(f -> f.endsWith(".tmp"));
        }
    }

    private static List<Object[]> rows() {
        Random random = new Random(7);
        List<Object[]> rows = new ArrayList<>();
        for (int step = 0; step < 30; step++) {
            for (int c = 40; c >= 0; c--) {
                String context = c == 0 ? "a/b" : c == 1 ? "a_b" : c == 2 ? "a b" : "context " + c;
                double[] values = new double[ProvFiles.METRICS.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = random.nextInt(4) == 0 ? 0 : random.nextDouble() * Math.pow(10, random.nextInt(12) - 6);
                }
                rows.add(new Object[] {context, (long) step, 1_700_000_000_000L + step * 1000L + c, values});
            }
        }
        return rows;
    }

    /** Each file as metric, context, file name and size, in the order given. */
    private List<String> relative(List<ProvDocument.MetricFile> files) {
        List<String> out = new ArrayList<>();
        for (ProvDocument.MetricFile f : files) {
            out.add(f.metric() + " " + f.context() + " " + Path.of(f.path()).getFileName() + " " + f.size());
        }
        return out;
    }
}
