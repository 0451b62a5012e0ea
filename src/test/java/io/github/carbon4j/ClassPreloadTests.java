package io.github.carbon4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.carbon4j.internal.ClassPreload;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ClassPreload}'s lists against what starts of several configurations load in fresh JVMs, and its
 * loading through a class loader of its own, where the classes it defines can be counted.
 */
class ClassPreloadTests {

    @TempDir
    Path temp;

    /**
     * Starts that differ in what they load: the location (a country, a grid region, a cloud region, a fixed
     * intensity), the
     * scope, measured or fixed powers, reports on or off, and reports into a fresh directory or one whose
     * summary they merge. Each logs two steps and closes.
     */
    @Test
    void eachListedClassIsOneEveryStartOfItsKindLoadsAndThePreloadAddsNone() throws Exception {
        Path shared = temp.resolve("shared");
        List<String> emptyLists = List.of(emptyLists().toString());
        List<String> withReports = run(emptyLists, "-Dcarbon4j.country=FRA", "-Dcarbon4j.output-dir=" + shared);
        List<Set<String>> reportStarts = List.of(
                Set.copyOf(withReports),
                Set.copyOf(run(
                        emptyLists,
                        "-Dcarbon4j.scope=machine",
                        "-Dcarbon4j.cpu.power=20",
                        "-Dcarbon4j.ram.power=5",
                        "-Dcarbon4j.intensity=100",
                        "-Dcarbon4j.output-dir=" + shared)));
        List<Set<String>> quietStarts = List.of(
                Set.copyOf(run(emptyLists, "-Dcarbon4j.region=quebec", "-Dcarbon4j.reports=false")),
                Set.copyOf(run(
                        emptyLists,
                        "-Dcarbon4j.scope=machine",
                        "-Dcarbon4j.intensity=100",
                        "-Dcarbon4j.reports=false")));

        List<String> everyStart = inAll(withReports, reportStarts, quietStarts);
        List<String> reportsToo = inAll(withReports, reportStarts, List.of());
        reportsToo.removeAll(everyStart);
        check(ClassPreload.START_LIST, everyStart);
        check(ClassPreload.REPORTS_LIST, reportsToo);

        List<String> preloaded =
                run(List.of(), "-Dcarbon4j.country=FRA", "-Dcarbon4j.output-dir=" + temp.resolve("own"));
        assertThat(preloaded)
                .as("what the preload made a start load besides what it loads anyway")
                .contains(ClassPreload.class.getName())
                .isSubsetOf(withReports);
    }

    @Test
    void loadsAndLinksEveryListedClassThroughTheGivenLoader() throws Exception {
        List<String> listed = new ArrayList<>(listed(ClassPreload.START_LIST));
        listed.addAll(listed(ClassPreload.REPORTS_LIST));
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            urls.add(Path.of(entry).toUri().toURL());
        }
        try (URLClassLoader fresh =
                new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            int loaded = ClassPreload.load(ClassPreload.class, ClassPreload.START_LIST, fresh)
                    + ClassPreload.load(ClassPreload.class, ClassPreload.REPORTS_LIST, fresh);
            assertThat(loaded).as("classes loaded and linked").isEqualTo(listed.size());
            for (String name : listed) {
                // Loaded again through the same loader, a class is the one the preload defined.
                assertThat(Class.forName(name, false, fresh).getClassLoader())
                        .as(name)
                        .isSameAs(fresh);
            }
        }
        assertThat(ClassPreload.load(
                        ClassPreload.class, "no-such-list.txt", getClass().getClassLoader()))
                .as("a missing list")
                .isZero();
    }

    /**
     * Holds a list to the classes every one of these starts loads: it names no other, and at least nine in ten
     * of them (else the list to copy is written to target/).
     */
    private static void check(String list, List<String> loadedByEvery) throws IOException {
        List<String> listed = listed(list);
        List<String> covered = loadedByEvery.stream().filter(listed::contains).toList();
        if (!loadedByEvery.containsAll(listed) || covered.size() < loadedByEvery.size() * 9 / 10) {
            // What the list should be now, to copy over src/main/resources/io/github/carbon4j/internal/.
            Files.write(Path.of("target", list), loadedByEvery);
        }
        assertThat(loadedByEvery)
                .as("every start of its kind loads each class %s lists (else see target/%s)", list, list)
                .containsAll(listed);
        assertThat(covered)
                .as("%s lists most classes every start of its kind loads (else see target/%s)", list, list)
                .hasSizeGreaterThanOrEqualTo(loadedByEvery.size() * 9 / 10);
    }

    /** The classes of {@code order} that each of these starts loaded, in the order of {@code order}. */
    private static List<String> inAll(List<String> order, List<Set<String>> starts, List<Set<String>> more) {
        Set<String> common = new LinkedHashSet<>(order);
        starts.forEach(common::retainAll);
        more.forEach(common::retainAll);
        return new ArrayList<>(common);
    }

    private static List<String> listed(String list) throws IOException {
        try (InputStream in = ClassPreload.class.getResourceAsStream(list)) {
            assertThat(in).as(list + " beside ClassPreload").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
        }
    }

    /** A class path entry whose lists, found before the real ones, are empty: a start without the preload. */
    private Path emptyLists() throws IOException {
        Path entry = temp.resolve("empty-lists");
        Path internal = entry.resolve("io/github/carbon4j/internal");
        Files.createDirectories(internal);
        Files.writeString(internal.resolve(ClassPreload.START_LIST), "");
        Files.writeString(internal.resolve(ClassPreload.REPORTS_LIST), "");
        return entry;
    }

    /** The carbon4j classes a fresh JVM running {@link TwoStepsMain} with these options loads, in order. */
    private List<String> run(List<String> classPathFirst, String... options) throws IOException, InterruptedException {
        return ChildJvm.run(temp, TwoStepsMain.class, classPathFirst, List.of(options))
                .carbon4jClasses();
    }
}
