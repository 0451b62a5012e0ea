package io.github.carbon4j.meter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CpuSampleTests {

    private static final CpuSample START = new CpuSample(0, 1_000, 4_000, 100);

    @Test
    void loadIsBusyOverTotalTicks() {
        CpuSample later = new CpuSample(1_000, 1_000 + 300, 4_000 + 1_000, 100);
        assertThat(later.loadSince(START, 4)).isCloseTo(0.3, within(1e-12));
    }

    @Test
    void processTimeIsALowerBoundOfTheLoad() {
        CpuSample later = new CpuSample(1_000, 1_000 + 300, 4_000 + 1_000, 100 + 2_000);
        assertThat(later.loadSince(START, 4)).isCloseTo(0.5, within(1e-12));
        CpuSample noTicks = new CpuSample(1_000, 1_000, 4_000, 100 + 1_000);
        assertThat(noTicks.loadSince(START, 4)).isCloseTo(0.25, within(1e-12));
        CpuSample burst = new CpuSample(1_000, 1_000, 4_000, 100 + 10_000_000);
        assertThat(burst.loadSince(START, 4)).isEqualTo(1);
    }

    @Test
    void unknownProcessTimeLeavesTheTicks() {
        CpuSample unknown = new CpuSample(0, 1_000, 4_000, -1);
        CpuSample later = new CpuSample(1_000, 1_200, 5_000, -1);
        assertThat(later.loadSince(unknown, 2)).isCloseTo(0.2, within(1e-12));
        assertThat(later.processShareSince(unknown)).isNaN();
    }

    @Test
    void shareIsTheProcessPartOfBusyTime() {
        CpuSample later = new CpuSample(1_000, 1_000 + 400, 4_000 + 1_000, 100 + 100);
        assertThat(later.processShareSince(START)).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void shareIsOneWhenOnlyThisProcessWasSeenRunningAndUnknownWhenNothingWas() {
        assertThat(new CpuSample(1_000, 1_000, 4_000, 150).processShareSince(START)).isEqualTo(1);
        assertThat(new CpuSample(1_000, 1_000, 4_000, 100).processShareSince(START)).isNaN();
        // Ticks are counted per CPU at different moments; more process time than busy time is capped.
        assertThat(new CpuSample(1_000, 1_100, 4_200, 400).processShareSince(START)).isEqualTo(1);
    }
}
