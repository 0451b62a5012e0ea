package io.github.carbon4j.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MachineInfoTests {

    @Test
    void cpuModelIsTheFirstModelNameOfCpuinfo() {
        String cpuinfo = "processor\t: 0\nvendor_id\t: GenuineIntel\nmodel\t\t: 85\n"
                + "model name\t: Intel(R) Xeon(R) Gold 6230 CPU @ 2.10GHz\n\nprocessor\t: 1\nmodel name\t: other\n";

        assertThat(MachineInfo.cpuModel(cpuinfo)).contains("Intel(R) Xeon(R) Gold 6230 CPU @ 2.10GHz");
        assertThat(MachineInfo.cpuModel("processor\t: 0\nCPU part\t: 0xd0c\n")).isEmpty();
    }

    @Test
    void thisMachineIsDescribedWithoutGuessing() {
        MachineInfo machine = MachineInfo.current();

        assertThat(machine.cpuCount()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(machine.ramTotalBytes()).isPositive();
        assertThat(machine.os()).startsWith(System.getProperty("os.name"));
        assertThat(machine.ramTotalGibibytes()).isEqualTo(machine.ramTotalBytes() / (1024.0 * 1024 * 1024));
    }
}
