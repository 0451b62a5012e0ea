package io.github.carbon4j.meter;

import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Pure parsing of the kernel files that describe the hardware ({@code /proc/cpuinfo},
 * {@code /proc/meminfo}, sysfs CPU lists, {@code /proc/self/auxv}). Read once per JVM, so these favour
 * clarity over allocation. Malformed content is an {@link IllegalArgumentException} quoting it.
 */
final class HardwareText {

    /** {@code AT_PAGESZ} of the ELF auxiliary vector: the page size the kernel gave this process. */
    static final long AT_PAGESZ = 6;

    /** More CPUs than any kernel supports ({@code NR_CPUS} is at most 8192): a list beyond is not one. */
    private static final int MAX_CPUS = 1 << 16;

    /** ARM's implementer codes (the {@code MIDR} register), as the kernel prints them in {@code /proc/cpuinfo}. */
    private static final Map<Integer, String> ARM_IMPLEMENTERS = Map.of(
            0x41,
            "ARM",
            0x42,
            "Broadcom",
            0x43,
            "Cavium",
            0x48,
            "HiSilicon",
            0x4e,
            "NVIDIA",
            0x50,
            "APM",
            0x51,
            "Qualcomm",
            0x61,
            "Apple",
            0xc0,
            "Ampere");

    /** Part numbers of ARM Ltd's own cores that servers and boards use (the kernel's {@code cputype.h}). */
    private static final Map<Integer, String> ARM_PARTS = Map.ofEntries(
            Map.entry(0xd03, "Cortex-A53"),
            Map.entry(0xd05, "Cortex-A55"),
            Map.entry(0xd07, "Cortex-A57"),
            Map.entry(0xd08, "Cortex-A72"),
            Map.entry(0xd09, "Cortex-A73"),
            Map.entry(0xd0a, "Cortex-A75"),
            Map.entry(0xd0b, "Cortex-A76"),
            Map.entry(0xd0c, "Neoverse-N1"),
            Map.entry(0xd0d, "Cortex-A77"),
            Map.entry(0xd40, "Neoverse-V1"),
            Map.entry(0xd41, "Cortex-A78"),
            Map.entry(0xd49, "Neoverse-N2"),
            Map.entry(0xd4f, "Neoverse-V2"),
            Map.entry(0xd84, "Neoverse-V3"),
            Map.entry(0xd8e, "Neoverse-N3"));

    private HardwareText() {}

    /**
     * The CPU's model as {@code /proc/cpuinfo} names it: the first {@code model name} (x86, and ARM
     * kernels that print one), else the board's {@code Hardware}, else the core from ARM's
     * {@code CPU implementer} and {@code CPU part} ("ARM Neoverse-N1", or the codes where the core is
     * not known here); empty when none is given.
     */
    static Optional<String> cpuModel(CharSequence cpuinfo) {
        Optional<String> model = value(cpuinfo, "model name");
        if (model.isPresent()) {
            return model;
        }
        Optional<String> board = value(cpuinfo, "Hardware");
        if (board.isPresent()) {
            return board;
        }
        Optional<Integer> implementer = value(cpuinfo, "CPU implementer").flatMap(HardwareText::hex);
        Optional<Integer> part = value(cpuinfo, "CPU part").flatMap(HardwareText::hex);
        if (implementer.isEmpty() || part.isEmpty()) {
            return Optional.empty();
        }
        String vendor = ARM_IMPLEMENTERS.getOrDefault(
                implementer.get(), String.format(Locale.ROOT, "CPU implementer 0x%02x", implementer.get()));
        String core = implementer.get() == 0x41 && ARM_PARTS.containsKey(part.get())
                ? ARM_PARTS.get(part.get())
                : String.format(Locale.ROOT, "CPU part 0x%03x", part.get());
        return Optional.of(vendor + " " + core);
    }

    /** How many processors {@code /proc/cpuinfo} lists (its {@code processor} entries), 0 when none. */
    static int processors(CharSequence cpuinfo) {
        int count = 0;
        for (String line : cpuinfo.toString().split("\n")) {
            if (key(line).equals("processor")) {
                count++;
            }
        }
        return count;
    }

    /** How many distinct {@code physical id}s (sockets) {@code /proc/cpuinfo} lists, 0 when it gives none. */
    static int physicalIds(CharSequence cpuinfo) {
        Set<String> ids = new HashSet<>();
        for (String line : cpuinfo.toString().split("\n")) {
            if (key(line).equals("physical id")) {
                ids.add(line.substring(line.indexOf(':') + 1).strip());
            }
        }
        return ids.size();
    }

    /** {@code MemTotal} of {@code /proc/meminfo} in bytes (the kernel writes kB, meaning KiB). */
    static long memTotalBytes(CharSequence meminfo) {
        Optional<String> found = value(meminfo, "MemTotal");
        if (found.isEmpty()) {
            throw garbage(meminfo, "/proc/meminfo");
        }
        String total = found.get();
        // "16314796 kB", read without regular expressions, which a starting JVM would compile for this alone.
        int end = 0;
        while (end < total.length() && total.charAt(end) >= '0' && total.charAt(end) <= '9') {
            end++;
        }
        String unit = total.substring(end);
        if (end == 0
                || end > 15
                || unit.isEmpty()
                || !Character.isWhitespace(unit.charAt(0))
                || !unit.strip().equals("kB")) {
            throw garbage(meminfo, "/proc/meminfo");
        }
        return Long.parseLong(total.substring(0, end)) * 1024;
    }

    /** A sysfs CPU list such as {@code 0-3,8,10-11} ({@code /sys/devices/system/cpu/online}) as CPU numbers. */
    static int[] cpuList(CharSequence text) {
        String list = text.toString().strip();
        if (list.isEmpty()) {
            return new int[0];
        }
        int[] cpus = new int[0];
        try {
            for (String range : list.split(",")) {
                int dash = range.indexOf('-');
                int from = Integer.parseInt(dash < 0 ? range : range.substring(0, dash));
                int to = dash < 0 ? from : Integer.parseInt(range.substring(dash + 1));
                if (from < 0 || to < from || to - from > MAX_CPUS || cpus.length + to - from > MAX_CPUS) {
                    throw new NumberFormatException(range);
                }
                int at = cpus.length;
                cpus = Arrays.copyOf(cpus, at + to - from + 1);
                for (int cpu = from; cpu <= to; cpu++) {
                    cpus[at + cpu - from] = cpu;
                }
            }
        } catch (NumberFormatException e) {
            throw garbage(text, "CPU list");
        }
        return cpus;
    }

    /** A {@code topology/physical_package_id}: the socket of a CPU, -1 where the firmware does not say. */
    static int packageId(CharSequence text) {
        try {
            return Integer.parseInt(text.toString().strip());
        } catch (NumberFormatException e) {
            throw garbage(text, "physical_package_id");
        }
    }

    /**
     * The page size of the ELF auxiliary vector ({@code /proc/self/auxv}): pairs of native words, type
     * then value, ending with type 0. Bytes are given as chars 0–255, as {@link ChannelKernelFile} reads them.
     *
     * @param wordBytes 8 on 64-bit JVMs, 4 on 32-bit ones
     * @return the page size in bytes, or -1 when the vector has no {@code AT_PAGESZ}
     */
    static long auxvPageSize(CharSequence auxv, int wordBytes, ByteOrder order) {
        int pair = 2 * wordBytes;
        for (int at = 0; at + pair <= auxv.length(); at += pair) {
            long type = word(auxv, at, wordBytes, order);
            if (type == 0) {
                return -1;
            }
            if (type == AT_PAGESZ) {
                return word(auxv, at + wordBytes, wordBytes, order);
            }
        }
        return -1;
    }

    private static long word(CharSequence bytes, int at, int wordBytes, ByteOrder order) {
        long value = 0;
        for (int k = 0; k < wordBytes; k++) {
            int index = order == ByteOrder.LITTLE_ENDIAN ? at + wordBytes - 1 - k : at + k;
            value = value << 8 | (bytes.charAt(index) & 0xff);
        }
        return value;
    }

    /** The value of the first line whose key (before the colon, blanks stripped) is {@code key}, if not blank. */
    private static Optional<String> value(CharSequence text, String key) {
        for (String line : text.toString().split("\n")) {
            if (key(line).equals(key)) {
                String value = line.substring(line.indexOf(':') + 1).strip();
                return value.isEmpty() ? Optional.empty() : Optional.of(value);
            }
        }
        return Optional.empty();
    }

    private static String key(String line) {
        int colon = line.indexOf(':');
        return colon < 0 ? "" : line.substring(0, colon).strip();
    }

    private static Optional<Integer> hex(String value) {
        try {
            return Optional.of(Integer.decode(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static IllegalArgumentException garbage(CharSequence text, String what) {
        String shown = text.length() > 80 ? text.subSequence(0, 80) + "..." : text.toString();
        return new IllegalArgumentException("unexpected content in " + what + ": \"" + shown.strip() + "\"");
    }
}
