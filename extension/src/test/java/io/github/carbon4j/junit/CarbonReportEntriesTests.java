package io.github.carbon4j.junit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The report entry keys are part of the API: renaming one breaks whoever reads them. */
class CarbonReportEntriesTests {

    @Test
    void keysArePinned() {
        assertThat(CarbonReportEntries.ALL)
                .containsExactly(
                        "carbon4j.context",
                        "carbon4j.step",
                        "carbon4j.emissions",
                        "carbon4j.energy",
                        "carbon4j.cpu.energy",
                        "carbon4j.gpu.energy",
                        "carbon4j.ram.energy",
                        "carbon4j.duration",
                        "carbon4j.intensity",
                        "carbon4j.overlapped",
                        "carbon4j.explain",
                        "carbon4j.embodied",
                        "carbon4j.sci");
    }
}
