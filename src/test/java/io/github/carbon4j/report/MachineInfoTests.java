package io.github.carbon4j.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.carbon4j.MachineHardware;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MachineInfoTests {

    @Test
    void theHardwareIsTheMetersProbeAndNothingElse() {
        MachineHardware probed = new MachineHardware(Optional.of("Probed CPU 9000"), 3, 5L << 30, List.of("GPU A"), 1);

        MachineInfo machine = MachineInfo.current(probed);

        assertThat(machine.cpuModel()).isEqualTo("Probed CPU 9000");
        assertThat(machine.cpuCount()).isEqualTo(3);
        assertThat(machine.ramTotalBytes()).isEqualTo(5L << 30);
        assertThat(machine.gpuModels()).containsExactly("GPU A");
        assertThat(machine.os()).startsWith(System.getProperty("os.name"));
        assertThat(machine.ramTotalGibibytes()).isEqualTo(5);
    }

    @Test
    void whatTheProbeCouldNotTellStaysUnknownRatherThanASecondGuess() {
        MachineInfo machine = MachineInfo.current(new MachineHardware(Optional.empty(), 1, 0, List.of(), 1));

        assertThat(machine.cpuModel()).isEmpty();
        assertThat(machine.ramTotalBytes()).isZero();
    }
}
