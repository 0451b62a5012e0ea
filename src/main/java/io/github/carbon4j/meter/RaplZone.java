package io.github.carbon4j.meter;

import java.nio.file.Path;

/**
 * One powercap zone of the RAPL control types ({@code intel-rapl} through MSRs, {@code intel-rapl-mmio}
 * through memory-mapped registers), as found under the powercap root. Immutable.
 *
 * @param directory the zone's directory, e.g. {@code /sys/class/powercap/intel-rapl:0}
 * @param name the zone's {@code name} file, e.g. {@code package-0}
 * @param maxRangeMicrojoules where {@code energy_uj} wraps to 0; 0 when unknown
 * @param socket the package the zone belongs to, from its own name or its parent zone's
 *     ({@code package-1}, {@code package-1-die-0}); -1 when neither says
 */
record RaplZone(Path directory, String name, long maxRangeMicrojoules, int socket) {

    /** Zones classified by name. Packages and psys are the CPU; dram is memory; core and uncore are parts of a package. */
    enum Kind {
        PACKAGE,
        PSYS,
        DRAM,
        OTHER
    }

    private static final String PACKAGE = "package-";
    private static final String DIE = "-die-";

    RaplZone(Path directory, String name, long maxRangeMicrojoules) {
        this(directory, name, maxRangeMicrojoules, socketOf(name));
    }

    Kind kind() {
        if (socketOf(name) >= 0) {
            return Kind.PACKAGE;
        }
        return switch (name) {
            case "psys" -> Kind.PSYS;
            case "dram" -> Kind.DRAM;
            default -> Kind.OTHER;
        };
    }

    /** The socket a zone name states, {@code package-1} or {@code package-1-die-0}; -1 for other names. */
    static int socketOf(String zoneName) {
        // package-(\d{1,6})(-die-\d+)? read by hand: a regular expression costs a starting JVM its compiler.
        if (!zoneName.startsWith(PACKAGE)) {
            return -1;
        }
        int end = digitsEnd(zoneName, PACKAGE.length());
        if (end == PACKAGE.length() || end - PACKAGE.length() > 6) {
            return -1;
        }
        boolean die = zoneName.startsWith(DIE, end)
                && end + DIE.length() < zoneName.length()
                && digitsEnd(zoneName, end + DIE.length()) == zoneName.length();
        return end == zoneName.length() || die ? Integer.parseInt(zoneName, PACKAGE.length(), end, 10) : -1;
    }

    private static int digitsEnd(String text, int from) {
        int end = from;
        while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
            end++;
        }
        return end;
    }

    /** True for the MMIO interface, which duplicates the MSR zone of the same name. */
    boolean mmio() {
        return directory.getFileName().toString().startsWith("intel-rapl-mmio");
    }

    /**
     * Whether two zones could be one counter shown twice: same range, and not known to lie in different
     * sockets (each socket has its own counters; dies of one package may share one).
     */
    boolean couldMirror(RaplZone other) {
        return maxRangeMicrojoules == other.maxRangeMicrojoules
                && (socket < 0 || other.socket < 0 || socket == other.socket);
    }

    Path energyFile() {
        return directory.resolve("energy_uj");
    }

    @Override
    public String toString() {
        return name + " (" + directory.getFileName() + ")";
    }
}
