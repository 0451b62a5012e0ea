package io.github.carbon4j.meter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class LinuxHardwareTests {

    @TempDir
    Path proc;

    private static String processor(int n, int socket, String model) {
        return "processor\t: " + n + "\nvendor_id\t: GenuineIntel\nmodel name\t: " + model + "\nphysical id\t: "
                + socket + "\nsiblings\t: 2\nflags\t\t: fpu vme\n\n";
    }

    private void write(String cpuinfo, String meminfo, String smaps) throws Exception {
        Files.writeString(proc.resolve("cpuinfo"), cpuinfo);
        Files.writeString(proc.resolve("meminfo"), meminfo);
        Files.createDirectories(proc.resolve("self"));
        if (smaps != null) {
            Files.writeString(proc.resolve("self").resolve("smaps"), smaps);
        }
    }

    @Test
    void readsModelSocketsProcessorsMemoryAndPageSize() throws Exception {
        String model = "Intel(R) Xeon(R) Gold 6248 CPU @ 2.50GHz";
        write(processor(0, 0, model) + processor(1, 0, model) + processor(2, 1, model) + processor(3, 1, model),
                "MemTotal:       263921328 kB\nMemFree:        1000 kB\n",
                "55d4c5a00000-55d4c5a01000 r--p 00000000 08:01 1234 /usr/bin/java\nSize:                  4 kB\n"
                        + "KernelPageSize:        4 kB\nMMUPageSize:           4 kB\n");
        assertThat(LinuxHardware.probe(proc, "amd64")).contains(new HardwareInfo(Optional.of(model), 2, 4,
                263921328L * 1024, 4096, "amd64"));
    }

    @Test
    void armWithoutAModelNameStillHasAName() throws Exception {
        write("processor\t: 0\nBogoMIPS\t: 243.75\nCPU implementer\t: 0x41\nCPU part\t: 0xd0c\n\n"
                        + "processor\t: 1\nCPU implementer\t: 0x41\nCPU part\t: 0xd0c\n",
                "MemTotal:        8000000 kB\n", "aaaa-bbbb r-xp 0 0 0 /usr/bin/java\nKernelPageSize:       64 kB\n");
        HardwareInfo info = LinuxHardware.probe(proc, "aarch64").orElseThrow();
        assertThat(info.cpuName()).contains("ARM implementer 0x41 part 0xd0c");
        assertThat(info.sockets()).isEqualTo(1);
        assertThat(info.logicalCpus()).isEqualTo(2);
        assertThat(info.pageSizeBytes()).isEqualTo(65536);
        assertThat(info.arm()).isTrue();
    }

    @Test
    void withoutSmapsThePageIs4KiB() throws Exception {
        write(processor(0, 0, "AMD EPYC"), "MemTotal: 1024 kB\n", null);
        assertThat(LinuxHardware.probe(proc, "amd64").orElseThrow().pageSizeBytes()).isEqualTo(4096);
    }

    @Test
    void notLinuxMeansNothing() {
        assertThat(LinuxHardware.probe(proc.resolve("missing"), "amd64")).isEmpty();
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void thisMachineAgreesWithTheJvm() {
        HardwareInfo info = LinuxHardware.probe(Path.of("/proc"), System.getProperty("os.arch")).orElseThrow();
        assertThat(info.logicalCpus()).isGreaterThanOrEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(info.totalMemoryBytes()).isGreaterThan(Runtime.getRuntime().maxMemory() / 4);
        assertThat(info.cpuName()).isPresent();
        assertThat(OshiPlatform.probe()).isEqualTo(info);
    }
}
