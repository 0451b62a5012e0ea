package io.github.carbon4j.meter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class KernelTextTests {

    private static String fixture(String name) throws IOException, URISyntaxException {
        return Files.readString(
                Path.of(KernelTextTests.class.getResource("/proc/" + name).toURI()));
    }

    @Test
    void procStatGivesBusyAndTotalTicksWithoutCountingGuestTwice() throws Exception {
        long[] ticks = KernelText.parseProcStatCpu(fixture("stat"), new long[2]);
        // user 6361 + nice 12 + system 2077 + irq 7 + softirq 23 + steal 10; idle 83875 + iowait 533.
        assertThat(ticks[0]).isEqualTo(6361 + 12 + 2077 + 7 + 23 + 10);
        assertThat(ticks[1]).isEqualTo(ticks[0] + 83875 + 533);
    }

    @Test
    void procStatOfOldKernelsHasFourFields() {
        assertThat(KernelText.parseProcStatCpu("cpu  10 0 5 100\n", new long[2]))
                .containsExactly(15, 115);
    }

    @Test
    void procStatThatIsNotOneFailsQuotingIt() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> KernelText.parseProcStatCpu("intr 1 2 3\n", new long[2]))
                .withMessageContaining("/proc/stat")
                .withMessageContaining("intr 1 2 3");
        assertThatIllegalArgumentException().isThrownBy(() -> KernelText.parseProcStatCpu("cpu  1 2\n", new long[2]));
    }

    @Test
    void statmGivesResidentPages() throws Exception {
        assertThat(KernelText.parseStatmResidentPages(fixture("self/statm"))).isEqualTo(52480);
        assertThatIllegalArgumentException().isThrownBy(() -> KernelText.parseStatmResidentPages("12\n"));
    }

    @Test
    void countersAreOneNonNegativeInteger() {
        assertThat(KernelText.parseCounter("262143328850\n", "energy_uj")).isEqualTo(262143328850L);
        assertThat(KernelText.parseCounter(" 7 ", "energy_uj")).isEqualTo(7);
        for (String garbage : new String[] {"", "\n", "12ab34", "-5", "1 2", "99999999999999999999"}) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> KernelText.parseCounter(garbage, "energy_uj"))
                    .withMessageContaining("energy_uj");
        }
    }

    @Test
    void endedChildrensTicksAreCountedFromTheLastParenthesis() {
        String stat = "4242 (java (main) x) S 1 4242 4242 0 -1 4194560 500 0 0 0 120 30 7 5 20 0 40 0 100 0\n";
        assertThat(KernelText.parseStatChildrenTicks(stat)).isEqualTo(12);
        assertThatThrownBy(() -> KernelText.parseStatChildrenTicks("4242 (java) S 1 2"))
                .hasMessageContaining("/proc/self/stat");
    }

    @Test
    void ownTicksAreUtimeAndStimeCountedFromTheLastParenthesis() {
        String stat = "4242 (java (main) x) S 1 4242 4242 0 -1 4194560 500 0 0 0 120 30 7 5 20 0 40 0 100 0\n";
        assertThat(KernelText.parseStatOwnTicks(stat)).isEqualTo(150);
        assertThatThrownBy(() -> KernelText.parseStatOwnTicks("4242 (java) S 1 2 3 4 5 6 7 8 9 10 x 12"))
                .hasMessageContaining("/proc/self/stat");
    }
}
