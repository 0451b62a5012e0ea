package io.github.carbon4j.meter;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    enum Kind { PACKAGE, PSYS, DRAM, OTHER }

    private static final Pattern PACKAGE = Pattern.compile("package-(\\d{1,6})(-die-\\d+)?");

    RaplZone(Path directory, String name, long maxRangeMicrojoules) {
        this(directory, name, maxRangeMicrojoules, socketOf(name));
    }

    Kind kind() {
        if (PACKAGE.matcher(name).matches()) {
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
        Matcher m = PACKAGE.matcher(zoneName);
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
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
