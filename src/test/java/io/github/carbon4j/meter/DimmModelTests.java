package io.github.carbon4j.meter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DimmModelTests {

    private static final long GIB = 1L << 30;

    private static double x86(double gib) {
        return DimmModel.power((long) (gib * GIB), false).watts();
    }

    @Test
    void x86FiguresByMemorySize() {
        assertThat(x86(1)).isEqualTo(10);
        assertThat(x86(8)).isEqualTo(10);
        assertThat(x86(15.5)).isEqualTo(10);
        assertThat(x86(16)).isEqualTo(10);
        assertThat(x86(31.3)).isEqualTo(20);
        assertThat(x86(62.8)).isEqualTo(20);
        assertThat(x86(64)).isEqualTo(20);
        assertThat(x86(125.7)).isCloseTo(38, within(1e-9));
        assertThat(x86(256)).isCloseTo(38, within(1e-9));
        assertThat(x86(1024)).isCloseTo(38, within(1e-9));
        assertThat(x86(2048)).isCloseTo(70, within(1e-9));
        assertThat(x86(4096)).isCloseTo(126, within(1e-9));
    }

    @Test
    void x86ServersThatReportLessThanTheirNominalMemoryKeepItsFigure() {
        // A 256 GB, 512 GB or 1 TB server shows a few GiB less than nominal to the OS.
        assertThat(x86(251.5)).isCloseTo(38, within(1e-9));
        assertThat(x86(503.2)).isCloseTo(38, within(1e-9));
        assertThat(x86(1007.6)).isCloseTo(38, within(1e-9));
        assertThat(x86(2015)).isCloseTo(70, within(1e-9));
    }

    @Test
    void moreMemoryNeverDrawsLessPower() {
        double previous = 0;
        for (double gib = 0.5; gib <= 8192; gib += 0.5) {
            double watts = x86(gib);
            assertThat(watts).as("%s GiB", gib).isGreaterThanOrEqualTo(previous);
            previous = watts;
        }
    }

    @Test
    void armDimmsDrawLessWithAThreeWattFloor() {
        assertThat(DimmModel.power(8 * GIB, true).watts()).isEqualTo(3);
        assertThat(DimmModel.power(64 * GIB, true).watts()).isEqualTo(6);
    }

    @Test
    void unknownMemoryIsTheFloor() {
        assertThat(DimmModel.power(0, false).watts()).isEqualTo(10);
    }

    @Test
    void describesItsEstimate() {
        assertThat(DimmModel.describe(64 * GIB, false)).isEqualTo("64.0 GiB, 4 DIMMs × 5 W (x86)");
    }
}
