package io.github.carbon4j.meter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A writable copy of one fake powercap tree from {@code src/test/resources/powercap}. */
final class FakePowercap {

    private final Path root;

    private FakePowercap(Path root) {
        this.root = root;
    }

    /** Copies the named tree into the directory, zone directories renamed to the kernel's {@code intel-rapl:0}. */
    static FakePowercap copy(String tree, Path into) {
        try {
            Path source =
                    Path.of(FakePowercap.class.getResource("/powercap/" + tree).toURI());
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Path target =
                            into.resolve(kernelName(source.relativize(file).toString()));
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target);
                    }
                }
            }
            return new FakePowercap(into);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String kernelName(String relative) {
        StringBuilder out = new StringBuilder();
        for (String part : relative.split("/")) {
            if (!out.isEmpty()) {
                out.append('/');
            }
            out.append(part.startsWith("intel-rapl") ? part.replace('_', ':') : part);
        }
        return out.toString();
    }

    Path root() {
        return root;
    }

    /** Writes a zone's {@code energy_uj}, e.g. {@code set("intel-rapl:0", "5001000000")}. */
    FakePowercap set(String zone, String energyMicrojoules) {
        try {
            Files.writeString(
                    root.resolve(zone).resolve("energy_uj"), energyMicrojoules + "\n", StandardCharsets.US_ASCII);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds µJ to a zone's counter. */
    FakePowercap add(String zone, long microjoules) {
        return set(zone, Long.toString(energy(zone) + microjoules));
    }

    long energy(String zone) {
        try {
            return Long.parseLong(
                    Files.readString(root.resolve(zone).resolve("energy_uj")).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a zone directory, e.g. {@code zone("intel-rapl:0:2", "dram", 7_000_000, 262143328850L)}. */
    FakePowercap zone(String zone, String name, long energyMicrojoules, long rangeMicrojoules) {
        try {
            Path directory = Files.createDirectories(root.resolve(zone));
            Files.writeString(directory.resolve("name"), name + "\n", StandardCharsets.US_ASCII);
            Files.writeString(
                    directory.resolve("max_energy_range_uj"), rangeMicrojoules + "\n", StandardCharsets.US_ASCII);
            return set(zone, Long.toString(energyMicrojoules));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The real files, with {@code hook} run right before each read of the zone's {@code energy_uj}. */
    static KernelFiles beforeReading(String zone, Runnable hook) {
        return path -> {
            KernelFiles.KernelFile real = KernelFiles.SYSTEM.open(path);
            if (!path.getFileName().toString().equals("energy_uj")
                    || !path.getParent().getFileName().toString().equals(zone)) {
                return real;
            }
            return new KernelFiles.KernelFile() {
                @Override
                public CharSequence read() throws IOException {
                    hook.run();
                    return real.read();
                }

                @Override
                public Path path() {
                    return path;
                }

                @Override
                public void close() {
                    real.close();
                }
            };
        };
    }

    /**
     * Kernel files as a user without read permission on {@code energy_uj} sees them (as on kernels
     * since 2020). Denied in Java rather than with chmod, which does not deny root.
     */
    static KernelFiles energyDenied() {
        return path -> {
            if (path.getFileName().toString().equals("energy_uj")) {
                throw new AccessDeniedException(path.toString());
            }
            return KernelFiles.SYSTEM.open(path);
        };
    }
}
