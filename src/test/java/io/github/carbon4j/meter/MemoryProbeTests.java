package io.github.carbon4j.meter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.carbon4j.CarbonConfig;
import io.github.carbon4j.MockClock;
import io.github.carbon4j.Scope;
import io.github.carbon4j.internal.Notices;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemoryProbeTests {

    private final Notices notices = new Notices();

    private static final long GIB = 1L << 30;

    @TempDir
    Path root;

    private Path proc() {
        return root.resolve("proc");
    }

    private void write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void theHypervisorFlagMarksAVirtualMachine() throws IOException {
        write("proc/cpuinfo", "processor\t: 0\nmodel name\t: Some CPU\nflags\t\t: fpu vme sse2 hypervisor lahf_lm\n\n");
        assertThat(MemoryProbe.underHypervisor(KernelFiles.SYSTEM, proc())).isTrue();
        write("proc/cpuinfo", "processor\t: 0\nflags\t\t: fpu vme sse2 hypervisorx\n");
        assertThat(MemoryProbe.underHypervisor(KernelFiles.SYSTEM, proc())).isFalse();
        Files.delete(root.resolve("proc/cpuinfo"));
        assertThat(MemoryProbe.underHypervisor(KernelFiles.SYSTEM, proc())).isFalse();
    }

    @Test
    void aCgroupV2LimitIsReadFromThisProcesssGroup() throws IOException {
        write("proc/self/cgroup", "0::/ci/job-7\n");
        write("sys/fs/cgroup/ci/job-7/memory.max", "4294967296\n");
        assertThat(MemoryProbe.cgroupLimit(KernelFiles.SYSTEM, proc())).isEqualTo(4 * GIB);
        write("sys/fs/cgroup/ci/job-7/memory.max", "max\n");
        assertThat(MemoryProbe.cgroupLimit(KernelFiles.SYSTEM, proc())).isEqualTo(-1);
    }

    @Test
    void aCgroupV1LimitCountsAndItsUnlimitedValueDoesNot() throws IOException {
        write("proc/self/cgroup", "9:name=systemd:/\n4:memory:/docker/abc\n0::/\n");
        write("sys/fs/cgroup/memory/docker/abc/memory.limit_in_bytes", "2147483648\n");
        assertThat(MemoryProbe.cgroupLimit(KernelFiles.SYSTEM, proc())).isEqualTo(2 * GIB);
        write("sys/fs/cgroup/memory/docker/abc/memory.limit_in_bytes", "9223372036854771712\n");
        assertThat(MemoryProbe.cgroupLimit(KernelFiles.SYSTEM, proc())).isEqualTo(-1);
    }

    @Test
    void garbageIsRejectedQuotingTheFile() {
        assertThatThrownBy(() -> KernelText.parseMemoryLimit("lots\n", "/sys/fs/cgroup/memory.max"))
                .hasMessageContaining("/sys/fs/cgroup/memory.max")
                .hasMessageContaining("lots");
    }

    @Test
    void aVirtualMachinesRamIsASliceOfItsHostsAndAContainersItsLimit() throws IOException {
        write("proc/cpuinfo", "flags\t\t: fpu hypervisor\n");
        MockClock clock = new MockClock();
        HardwareInfo hardware = new HardwareInfo(Optional.empty(), 1, 2, 24 * GIB, 4096, "amd64");
        FakeCpu cpu = new FakeCpu();
        Platform platform = new Platform(
                KernelFiles.SYSTEM, proc(), () -> hardware, cpu::processNanos, cpu, () -> cpu, () -> () -> GIB);
        CarbonConfig config = CarbonConfig.builder()
                .clock(clock)
                .scope(Scope.MACHINE)
                .powercapRoot(root.resolve("no-powercap"))
                .build();
        EnergyMeter vm = detection(config, platform).ram();
        assertThat(vm.method().name()).isEqualTo("memory size model");
        assertThat(vm.method().detail()).contains("24.0 GiB", "virtual machine");
        clock.add(Duration.ofSeconds(1));
        assertThat(vm.read().joules()).isCloseTo(0.392 * 24 * GIB / 1e9, within(1e-9));

        write("proc/self/cgroup", "0::/job\n");
        write("sys/fs/cgroup/job/memory.max", Long.toString(2 * GIB));
        EnergyMeter container = detection(config, platform).ram();
        assertThat(container.method().detail()).contains("2.0 GiB", "container memory limit");
        clock.add(Duration.ofSeconds(1));
        assertThat(container.read().joules()).isCloseTo(0.392 * 2 * GIB / 1e9, within(1e-9));
    }

    /** Detection with the meters' settings of the configuration, reporting to this test's own notices. */
    private Detection detection(CarbonConfig config, Platform platform) {
        return new Detection(config.meterSettings(), platform, notices);
    }
}
