package io.github.carbon4j.meter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.ByteOrder;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KernelHardwareTests {

    @TempDir
    Path temp;

    private static Path fixture(String machine) throws URISyntaxException {
        return Path.of(
                KernelHardwareTests.class.getResource("/hardware/" + machine).toURI());
    }

    private static Optional<HardwareInfo> probe(Path machine, int availableProcessors, String arch) {
        return probe(KernelFiles.SYSTEM, machine, availableProcessors, arch);
    }

    private static Optional<HardwareInfo> probe(KernelFiles files, Path machine, int availableProcessors, String arch) {
        return new KernelHardware(files, machine.resolve("proc"), machine.resolve("sys"))
                .probe(availableProcessors, arch, 8, ByteOrder.LITTLE_ENDIAN);
    }

    @Test
    void aTwoSocketXeon() throws Exception {
        assertThat(probe(fixture("two-sockets"), 2, "amd64"))
                .hasValue(new HardwareInfo(
                        Optional.of("Intel(R) Xeon(R) Gold 6248 CPU @ 2.50GHz"),
                        2,
                        4,
                        197568456L * 1024,
                        4096,
                        "amd64"));
    }

    @Test
    void armSocketsFromSysfsTopologyWhereCpuinfoHasNoPhysicalId() throws Exception {
        Path machine = temp.resolve("arm");
        copy(fixture("graviton"), machine);
        assertThat(probe(machine, 4, "aarch64"))
                .hasValue(new HardwareInfo(Optional.of("ARM Neoverse-N1"), 1, 4, 7981860L * 1024, 4096, "aarch64"));
        Path cpus = machine.resolve("sys/devices/system/cpu");
        Files.writeString(cpus.resolve("cpu2/topology/physical_package_id"), "1\n");
        Files.writeString(cpus.resolve("cpu3/topology/physical_package_id"), "1\n");
        assertThat(probe(machine, 4, "aarch64")).map(HardwareInfo::sockets).hasValue(2);
        // Only online CPUs count: an offline socket draws no power worth modelling.
        Files.writeString(cpus.resolve("online"), "0-1\n");
        assertThat(probe(machine, 4, "aarch64")).map(HardwareInfo::sockets).hasValue(1);
    }

    @Test
    void oneSocketWhenNeitherCpuinfoNorSysfsSaysMore() throws Exception {
        assertThat(probe(fixture("raspberry-pi"), 4, "arm"))
                .hasValue(new HardwareInfo(Optional.of("BCM2835"), 1, 4, 948280L * 1024, 4096, "arm"));
    }

    @Test
    void theJvmsProcessorCountIsALowerBoundOfTheLogicalCpus() throws Exception {
        // cpuinfo of a container's host may list fewer CPUs than the JVM sees only on a broken procfs,
        // but the count must never drop below what the JVM runs on.
        assertThat(probe(fixture("two-sockets"), 16, "amd64"))
                .map(HardwareInfo::logicalCpus)
                .hasValue(16);
    }

    @Test
    void nothingWithoutMeminfoOrCpuinfo() throws Exception {
        assertThat(probe(fixture("no-meminfo"), 2, "amd64")).isEmpty();
        assertThat(probe(temp.resolve("not-linux"), 2, "amd64")).isEmpty();
        Path garbled = temp.resolve("garbled");
        copy(fixture("two-sockets"), garbled);
        Files.writeString(garbled.resolve("proc/meminfo"), "MemTotal: lots\n");
        assertThat(probe(garbled, 2, "amd64")).isEmpty();
    }

    @Test
    void thePageSizeOfTheAuxiliaryVectorAndTheDefaultWhereItIsUnreadable() throws Exception {
        Path machine = temp.resolve("pages");
        copy(fixture("two-sockets"), machine);
        Files.createDirectories(machine.resolve("proc/self"));
        byte[] auxv = new byte[48];
        java.nio.ByteBuffer.wrap(auxv)
                .order(ByteOrder.LITTLE_ENDIAN)
                .putLong(16)
                .putLong(1)
                .putLong(6)
                .putLong(65536);
        Files.write(machine.resolve("proc/self/auxv"), auxv);
        assertThat(probe(machine, 2, "aarch64"))
                .map(HardwareInfo::pageSizeBytes)
                .hasValue(65536L);
        KernelFiles denied = path -> {
            if (path.endsWith("auxv")) {
                throw new AccessDeniedException(path.toString());
            }
            return KernelFiles.SYSTEM.open(path);
        };
        assertThat(probe(denied, machine, 2, "aarch64"))
                .map(HardwareInfo::pageSizeBytes)
                .hasValue(4096L);
    }

    @Test
    void thisMachineAsOshiSeesIt() {
        assumeTrue(Files.isReadable(Path.of("/proc/cpuinfo")), "a Linux procfs");
        HardwareInfo kernel = new KernelHardware(KernelFiles.SYSTEM, Path.of("/proc"), Path.of("/sys"))
                .probe()
                .orElseThrow();
        HardwareInfo oshi = OshiPlatform.probe();
        assumeTrue(oshi.totalMemoryBytes() > 0, "OSHI works here");
        assertThat(kernel).isEqualTo(oshi);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
