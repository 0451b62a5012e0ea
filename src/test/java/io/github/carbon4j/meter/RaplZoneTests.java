package io.github.carbon4j.meter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Zone names read as the regular expression {@code package-(\d{1,6})(-die-\d+)?} reads them, without one. */
class RaplZoneTests {

    private static final Pattern PACKAGE = Pattern.compile("package-(\\d{1,6})(-die-\\d+)?");

    @Test
    void socketsAndKindsAsTheExpressionReadsThem() {
        String[] names = {
            "package-0",
            "package-1",
            "package-12-die-0",
            "package-3-die-11",
            "package-",
            "package-x",
            "package-1234567",
            "package-123456",
            "package-1-die-",
            "package-1-die-x",
            "package-1-dies-0",
            "package-1 ",
            "package--1",
            "dram",
            "psys",
            "core",
            "uncore",
            "",
            "Package-0",
            "package-0-die-0-die-1",
            "package-٣"
        };
        for (String name : names) {
            Matcher m = PACKAGE.matcher(name);
            int expected = m.matches() ? Integer.parseInt(m.group(1)) : -1;
            assertThat(RaplZone.socketOf(name)).as(name).isEqualTo(expected);
            RaplZone zone = new RaplZone(Path.of("/sys/class/powercap/intel-rapl:0"), name, 1);
            assertThat(zone.kind() == RaplZone.Kind.PACKAGE).as(name).isEqualTo(expected >= 0);
        }
        assertThat(RaplZone.socketOf("package-12-die-0")).isEqualTo(12);
        assertThat(new RaplZone(Path.of("x"), "dram", 1).kind()).isEqualTo(RaplZone.Kind.DRAM);
    }
}
