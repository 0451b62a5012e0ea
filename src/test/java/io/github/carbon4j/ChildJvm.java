package io.github.carbon4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What a fresh JVM running one of the tests' main classes loaded, in order, seen in its class-loading log,
 * and what it printed.
 *
 * @param classes the names of the classes it loaded, in order
 * @param output what it printed on standard output and error
 */
record ChildJvm(List<String> classes, String output) {

    /**
     * Runs a main class in a fresh JVM with these class path entries before the tests' own, and checks that
     * it exited normally.
     *
     * @param temp where its log and output go
     * @param options JVM options, e.g. {@code -Dcarbon4j.country=FRA}
     */
    static ChildJvm run(Path temp, Class<?> main, List<String> classPathFirst, List<String> options)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile(temp, "classes", ".log");
        Path output = Files.createTempFile(temp, "child", ".log");
        List<String> classPath = new ArrayList<>(classPathFirst);
        classPath.add(System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + log + ":none"));
        command.addAll(options);
        command.addAll(List.of("-cp", String.join(File.pathSeparator, classPath), main.getName()));
        Process child = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        assertThat(child.waitFor(2, TimeUnit.MINUTES)).as("child JVM finished").isTrue();
        String printed = Files.readString(output);
        assertThat(child.exitValue()).as(printed).isZero();
        // Undecorated (":none"), each line is "java.lang.Object source: shared objects file".
        List<String> classes = Files.readAllLines(log).stream()
                .filter(line -> line.indexOf(' ') > 0)
                .map(line -> line.substring(0, line.indexOf(' ')))
                .toList();
        return new ChildJvm(classes, printed);
    }

    /** carbon4j's own classes among those loaded, in order: no lambdas, no test classes. */
    List<String> carbon4jClasses() {
        return classes.stream()
                .filter(name -> name.startsWith("io.github.carbon4j.")
                        && !name.contains("$$Lambda")
                        && !name.contains("/")
                        && !name.startsWith(TwoStepsMain.class.getName()))
                .toList();
    }
}
