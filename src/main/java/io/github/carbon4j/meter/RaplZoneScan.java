package io.github.carbon4j.meter;

import io.github.carbon4j.internal.Notices;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Lists the RAPL zones under a powercap root, for {@link RaplZones} to choose from. */
final class RaplZoneScan {

    private RaplZoneScan() {}

    /**
     * The RAPL zones listed under the root ({@code /sys/class/powercap} lists sub-zones such as
     * {@code intel-rapl:0:0} beside their packages), in name order; none when the root is missing or
     * unreadable.
     */
    static List<RaplZone> scan(Path root, KernelFiles files, Notices notices) {
        List<RaplZone> zones = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return zones;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root, "intel-rapl*:*")) {
            for (Path directory : entries) {
                readText(files, directory.resolve("name"))
                        .ifPresent(name -> zones.add(new RaplZone(
                                directory,
                                name,
                                readText(files, directory.resolve("max_energy_range_uj"))
                                        .map(RaplZoneScan::range)
                                        .orElse(0L))));
            }
        } catch (IOException e) {
            notices.warn("rapl.scan", "cannot list the powercap zones in " + root + " (" + e + ")");
        }
        zones.sort(Comparator.comparing(zone -> zone.directory().getFileName().toString()));
        return withParentSockets(zones);
    }

    /** A sub-zone ({@code intel-rapl:1:0}) lies in its parent's ({@code intel-rapl:1}) socket. */
    private static List<RaplZone> withParentSockets(List<RaplZone> zones) {
        Map<String, RaplZone> byDirectory = new HashMap<>();
        zones.forEach(zone -> byDirectory.put(zone.directory().getFileName().toString(), zone));
        List<RaplZone> out = new ArrayList<>(zones.size());
        for (RaplZone zone : zones) {
            String directory = zone.directory().getFileName().toString();
            RaplZone parent = byDirectory.get(directory.substring(0, directory.lastIndexOf(':')));
            if (zone.socket() < 0 && parent != null && parent.socket() >= 0) {
                zone = new RaplZone(zone.directory(), zone.name(), zone.maxRangeMicrojoules(), parent.socket());
            }
            out.add(zone);
        }
        return out;
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
