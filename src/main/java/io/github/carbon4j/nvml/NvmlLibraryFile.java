package io.github.carbon4j.nvml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Finds the NVIDIA driver's NVML library file without loading anything: {@code libnvidia-ml.so.1} on
 * Linux, {@code nvml.dll} on Windows. Only where it exists is JNA loaded, whose own native part makes
 * JDK 24 and newer print four "restricted method" warnings into every user's output; a machine
 * without NVIDIA's driver never loads it. This class must not refer to any JNA class.
 *
 * <p>The dynamic loader's cache ({@code /etc/ld.so.cache}) is a binary format; instead the places the
 * driver installs to are checked: {@code LD_LIBRARY_PATH}, JNA's {@code jna.library.path}, the
 * directories listed in {@code /etc/ld.so.conf} and {@code /etc/ld.so.conf.d/*.conf}, and the usual
 * library directories of distributions, NVIDIA's container images and WSL.
 */
final class NvmlLibraryFile {

    static final String LINUX_NAME = "libnvidia-ml.so.1";
    static final String WINDOWS_NAME = "nvml.dll";

    /** Where distributions, NVIDIA's container toolkit and WSL put the driver's libraries. */
    static final List<String> LINUX_DIRECTORIES = List.of(
            "/usr/lib/x86_64-linux-gnu",
            "/usr/lib/aarch64-linux-gnu",
            "/usr/lib/powerpc64le-linux-gnu",
            "/usr/lib64",
            "/usr/lib",
            "/lib/x86_64-linux-gnu",
            "/lib64",
            "/lib",
            "/usr/local/nvidia/lib64",
            "/usr/local/nvidia/lib",
            "/usr/lib64/nvidia",
            "/usr/lib/nvidia",
            "/usr/lib/wsl/lib",
            "/run/opengl-driver/lib");

    private NvmlLibraryFile() {}

    /** The library on this machine, if there is one. */
    static Optional<Path> find() {
        This machine = new This();
        return find(
                System.getProperty("os.name", ""),
                machine,
                System.getProperty("jna.library.path"),
                machine,
                Path.of("/etc"));
    }

    /** The environment and the file system of this machine: one class, not two lambdas a starting JVM spins. */
    private static final class This implements Function<String, String>, Predicate<Path> {
        @Override
        public String apply(String name) {
            return System.getenv(name);
        }

        @Override
        public boolean test(Path path) {
            return Files.isRegularFile(path);
        }
    }

    /**
     * The library, looked for as on the named OS.
     *
     * @param env the environment ({@code LD_LIBRARY_PATH}, {@code SystemRoot}, {@code ProgramFiles})
     * @param jnaLibraryPath JNA's {@code jna.library.path} property, or null
     * @param exists whether a file is there (tests fake the file system)
     * @param etc where {@code ld.so.conf} lies
     */
    static Optional<Path> find(
            String osName, Function<String, String> env, String jnaLibraryPath, Predicate<Path> exists, Path etc) {
        String os = osName.toLowerCase(Locale.ROOT);
        List<Path> candidates = new ArrayList<>();
        if (os.startsWith("windows")) {
            // System32 with current (DCH) drivers; older installations keep it under NVSMI only.
            Optional.ofNullable(env.apply("SystemRoot"))
                    .ifPresent(root -> candidates.add(path(root, "System32", WINDOWS_NAME)));
            Optional.ofNullable(env.apply("ProgramFiles"))
                    .ifPresent(programs -> candidates.add(path(programs, "NVIDIA Corporation", "NVSMI", WINDOWS_NAME)));
        } else if (os.startsWith("linux")) {
            for (String directory : linuxDirectories(env.apply("LD_LIBRARY_PATH"), jnaLibraryPath, etc)) {
                candidates.add(path(directory, LINUX_NAME));
            }
        }
        for (Path candidate : candidates) {
            if (candidate != null && exists.test(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static Set<String> linuxDirectories(String ldLibraryPath, String jnaLibraryPath, Path etc) {
        Set<String> directories = new LinkedHashSet<>();
        for (String list : new String[] {ldLibraryPath, jnaLibraryPath}) {
            if (list != null) {
                for (String entry : list.split(":")) {
                    if (!entry.isBlank()) {
                        directories.add(entry.strip());
                    }
                }
            }
        }
        directories.addAll(ldSoConf(etc));
        directories.addAll(LINUX_DIRECTORIES);
        return directories;
    }

    /** The directories of {@code ld.so.conf} and the {@code .conf} files of {@code ld.so.conf.d}. */
    static List<String> ldSoConf(Path etc) {
        List<Path> files = new ArrayList<>();
        files.add(etc.resolve("ld.so.conf"));
        Path included = etc.resolve("ld.so.conf.d");
        if (Files.isDirectory(included)) {
            // java.io.File's list, not a DirectoryStream (a dozen classes with its locks) nor the glob "*.conf"
            // (the regex classes): a starting JVM pays for each. Null where the directory cannot be read.
            String[] names;
            try {
                names = included.toFile().list();
            } catch (RuntimeException e) { // not the default file system, or a security manager's refusal
                names = null;
            }
            for (String name : names == null ? new String[0] : names) {
                if (name.endsWith(".conf")) {
                    files.add(included.resolve(name));
                }
            }
            // In name order, as ldconfig expands the include; a directory lists them in any order.
            files.subList(1, files.size()).sort(null);
        }
        List<String> directories = new ArrayList<>();
        for (Path file : files) {
            try {
                for (String line : Files.readAllLines(file)) {
                    String entry = line.strip();
                    if (entry.startsWith("/")) {
                        directories.add(entry);
                    }
                }
            } catch (IOException | RuntimeException e) {
                // Missing or unreadable: look elsewhere.
            }
        }
        return directories;
    }

    private static Path path(String first, String... more) {
        try {
            return Path.of(first, more);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
