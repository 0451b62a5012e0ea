package io.github.carbon4j.meter;

import io.github.carbon4j.Notices;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** Finds the RAPL zones under a powercap root, chooses the ones to sum, and opens a {@link RaplMeter}. */
final class RaplZones {

    private RaplZones() {}

    /**
     * A RAPL meter over the powercap root, or empty when there is nothing usable to read there. When
     * the counters exist but cannot be read, one notice says so and how to fix it.
     */
    static Optional<EnergyMeter> open(Path root, boolean preferPsys, KernelFiles files,
            Supplier<EnergyMeter> fallback) {
        List<RaplZone> zones = select(scan(root, files), preferPsys);
        List<KernelFiles.KernelFile> opened = new ArrayList<>();
        long[] first = new long[zones.size()];
        for (int i = 0; i < zones.size(); i++) {
            Path path = zones.get(i).energyFile();
            try {
                KernelFiles.KernelFile file = files.open(path);
                opened.add(file);
                first[i] = KernelText.parseCounter(file.read(), path.toString());
            } catch (AccessDeniedException e) {
                opened.forEach(KernelFiles.KernelFile::close);
                Notices.once("rapl.unreadable", unreadable(root, path));
                return Optional.empty();
            } catch (IOException | IllegalArgumentException e) {
                // Summing the sockets that do work would undercount the others: estimate the whole CPU instead.
                opened.forEach(KernelFiles.KernelFile::close);
                Notices.once("rapl.broken", "cannot use the RAPL counter " + path + " (" + e.getMessage()
                        + "); the CPU is estimated by the TDP model instead");
                return Optional.empty();
            }
        }
        return zones.isEmpty() ? Optional.empty() : Optional.of(new RaplMeter(zones, opened, first, fallback));
    }

    static String unreadable(Path root, Path path) {
        return "the RAPL energy counters are not readable by this user (" + path + ": permission denied, as on most"
                + " kernels since 2020); the CPU is estimated by the TDP model instead. To measure it, let this user"
                + " read them: sudo chmod o+r " + root + "/intel-rapl*/energy_uj (until reboot), or for good a udev"
                + " rule such as ACTION==\"add\", SUBSYSTEM==\"powercap\", RUN+=\"/bin/chmod o+r /sys%p/energy_uj\"";
    }

    /** The RAPL zones directly under the root, in name order; none when the root is missing or unreadable. */
    static List<RaplZone> scan(Path root, KernelFiles files) {
        List<RaplZone> zones = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return zones;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root, "intel-rapl*:*")) {
            for (Path directory : entries) {
                readText(files, directory.resolve("name")).ifPresent(name -> zones.add(new RaplZone(directory,
                        name, readText(files, directory.resolve("max_energy_range_uj")).map(RaplZones::range).orElse(0L))));
            }
        } catch (IOException e) {
            Notices.once("rapl.scan", "cannot list the powercap zones in " + root + " (" + e + ")");
        }
        zones.sort(Comparator.comparing(zone -> zone.directory().getFileName().toString()));
        return zones;
    }

    /**
     * The zones whose energy is the CPU's: every package (one per socket, or per die) unless psys is
     * preferred and present; psys when there is no package. A zone that the MMIO interface shows again
     * under the name of an MSR zone is the same counter and is dropped.
     */
    static List<RaplZone> select(List<RaplZone> zones, boolean preferPsys) {
        Set<String> msrNames = new HashSet<>();
        for (RaplZone zone : zones) {
            if (!zone.mmio()) {
                msrNames.add(zone.name());
            }
        }
        List<RaplZone> packages = new ArrayList<>();
        List<RaplZone> psys = new ArrayList<>();
        for (RaplZone zone : zones) {
            if (zone.mmio() && msrNames.contains(zone.name())) {
                continue;
            }
            if (zone.kind() == RaplZone.Kind.PACKAGE) {
                packages.add(zone);
            } else if (zone.kind() == RaplZone.Kind.PSYS && psys.isEmpty()) {
                psys.add(zone);
            }
        }
        return (preferPsys && !psys.isEmpty()) || packages.isEmpty() ? psys : packages;
    }

    private static Optional<String> readText(KernelFiles files, Path path) {
        try (KernelFiles.KernelFile file = files.open(path)) {
            return Optional.of(file.read().toString().strip()).filter(text -> !text.isEmpty());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static long range(String text) {
        try {
            return KernelText.parseCounter(text, "max_energy_range_uj");
        } catch (IllegalArgumentException e) {
            return 0;
        }
    }
}
