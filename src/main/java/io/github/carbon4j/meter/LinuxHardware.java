package io.github.carbon4j.meter;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The hardware facts on Linux, read from {@code /proc} without OSHI. OSHI's Linux probe loads JNA's
 * native part (for udev and libc), and on JDK 24 and newer that prints four "restricted method"
 * warnings into every program and test JVM that starts a logger; {@code /proc} has all the meters
 * need. Pure apart from reading the files.
 */
final class LinuxHardware {

    private LinuxHardware() {}

    /**
     * The facts from {@code cpuinfo}, {@code meminfo} and {@code self/smaps} under the proc root, or
     * empty where {@code cpuinfo} or {@code meminfo} cannot be read (not Linux).
     */
    static Optional<HardwareInfo> probe(Path procRoot, String architecture) {
        List<String> cpuinfo;
        List<String> meminfo;
        try {
            cpuinfo = Files.readAllLines(procRoot.resolve("cpuinfo"), StandardCharsets.ISO_8859_1);
            meminfo = Files.readAllLines(procRoot.resolve("meminfo"), StandardCharsets.ISO_8859_1);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        Set<String> packages = new HashSet<>();
        int processors = 0;
        String model = null;
        String hardware = null;
        String implementer = null;
        String part = null;
        for (String line : cpuinfo) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            switch (key) {
                case "processor" -> processors++;
                case "physical id" -> packages.add(value);
                case "model name" -> model = model == null ? value : model;
                case "Hardware" -> hardware = value;
                case "CPU implementer" -> implementer = implementer == null ? value : implementer;
                case "CPU part" -> part = part == null ? value : part;
                default -> { }
            }
        }
        long memory = 0;
        for (String line : meminfo) {
            if (line.startsWith("MemTotal:")) {
                memory = kibibytes(line.substring("MemTotal:".length())) * 1024;
            }
        }
        // ARM kernels often name no model: any name (not in the TDP table) still gives 4 W per logical CPU,
        // as OSHI's name did, rather than the generic TDP for an unknown CPU.
        String name = model != null ? model : hardware != null ? hardware
                : implementer != null ? "ARM implementer " + implementer + " part " + part : null;
        int logical = processors > 0 ? processors : Runtime.getRuntime().availableProcessors();
        return Optional.of(new HardwareInfo(Optional.ofNullable(name), Math.max(1, packages.size()), logical, memory,
                pageSize(procRoot.resolve("self").resolve("smaps")), architecture));
    }

    /** The kernel page size of the first mapping in {@code smaps} (the executable's), else 4 KiB. */
    static long pageSize(Path smaps) {
        try (BufferedReader in = Files.newBufferedReader(smaps, StandardCharsets.ISO_8859_1)) {
            for (int i = 0; i < 64; i++) {
                String line = in.readLine();
                if (line == null) {
                    break;
                }
                if (line.startsWith("KernelPageSize:")) {
                    long bytes = kibibytes(line.substring("KernelPageSize:".length())) * 1024;
                    return bytes > 0 ? bytes : 4096;
                }
            }
        } catch (IOException | RuntimeException e) {
            // Fall through to the common page size.
        }
        return 4096;
    }

    /** {@code "   24683652 kB"} → 24683652; 0 when it is not that. */
    private static long kibibytes(String value) {
        String text = value.strip();
        if (text.endsWith("kB")) {
            text = text.substring(0, text.length() - 2).strip();
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
