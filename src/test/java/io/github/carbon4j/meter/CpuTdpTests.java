package io.github.carbon4j.meter;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.carbon4j.Power;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CpuTdpTests {

    private static HardwareInfo machine(String cpuName, int sockets, int logicalCpus) {
        return new HardwareInfo(Optional.ofNullable(cpuName), sockets, logicalCpus, 1L << 34, 4096, "amd64");
    }

    @Test
    void theTableGivesTheTdpOfAKnownModelPerSocket() {
        CpuTdp tdp = CpuTdp.choose(
                Optional.empty(), machine("Intel(R) Xeon(R) Gold 6248 CPU @ 2.50GHz", 2, 80), CpuTdpTable.bundled());
        assertThat(tdp.perSocket()).isEqualTo(Power.ofWatts(150));
        assertThat(tdp.machine()).isEqualTo(Power.ofWatts(300));
        assertThat(tdp.detail()).contains("Intel Xeon Gold 6248", "150 W", "2 sockets");
    }

    @Test
    void aConfiguredTdpOverridesTheTable() {
        CpuTdp tdp = CpuTdp.choose(
                Optional.of(Power.ofWatts(95)),
                machine("Intel(R) Xeon(R) Gold 6248 CPU @ 2.50GHz", 2, 80),
                CpuTdpTable.bundled());
        assertThat(tdp.machine()).isEqualTo(Power.ofWatts(190));
        assertThat(tdp.detail()).startsWith("configured TDP 95 W");
    }

    @Test
    void anUnknownModelDrawsFourWattsPerLogicalCpuForTheWholeMachine() {
        CpuTdp tdp = CpuTdp.choose(Optional.empty(), machine("AMD EPYC", 2, 16), CpuTdpTable.bundled());
        assertThat(tdp.machine().watts()).isEqualTo(64);
        assertThat(tdp.detail()).contains("AMD EPYC not in the TDP table", "16 logical CPUs");
    }

    @Test
    void nothingKnownIsEightyFiveWatts() {
        CpuTdp tdp = CpuTdp.choose(Optional.empty(), machine(null, 1, 8), CpuTdpTable.bundled());
        assertThat(tdp.machine()).isEqualTo(Power.ofWatts(85));
        assertThat(tdp.detail()).contains("unknown");
    }
}
