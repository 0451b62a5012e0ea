package io.github.carbon4j.meter;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * One powercap zone of the RAPL control types ({@code intel-rapl} through MSRs, {@code intel-rapl-mmio}
 * through memory-mapped registers), as found under the powercap root. Immutable.
 *
 * @param directory the zone's directory, e.g. {@code /sys/class/powercap/intel-rapl:0}
 * @param name the zone's {@code name} file, e.g. {@code package-0}
 * @param maxRangeMicrojoules where {@code energy_uj} wraps to 0; 0 when unknown
 */
record RaplZone(Path directory, String name, long maxRangeMicrojoules) {

    /** Zones classified by name. Only packages and psys count; core, uncore and dram are parts of a package. */
    enum Kind { PACKAGE, PSYS, OTHER }

    private static final Pattern PACKAGE = Pattern.compile("package-\\d+(-die-\\d+)?");

    Kind kind() {
        if (PACKAGE.matcher(name).matches()) {
            return Kind.PACKAGE;
        }
        return name.equals("psys") ? Kind.PSYS : Kind.OTHER;
    }

    /** True for the MMIO interface, which duplicates the MSR zone of the same name. */
    boolean mmio() {
        return directory.getFileName().toString().startsWith("intel-rapl-mmio");
    }

    Path energyFile() {
        return directory.resolve("energy_uj");
    }

    @Override
    public String toString() {
        return name + " (" + directory.getFileName() + ")";
    }
}
