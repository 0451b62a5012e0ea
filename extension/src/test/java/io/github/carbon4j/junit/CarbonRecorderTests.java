package io.github.carbon4j.junit;

import static io.github.carbon4j.junit.CarbonTestKit.entries;
import static io.github.carbon4j.junit.CarbonTestKit.run;
import static io.github.carbon4j.junit.CarbonTestKit.sleep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.github.carbon4j.CarbonMetrics;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class CarbonRecorderTests {

    @Test
    @DisplayName("measure returns the block's metrics, logged as a step of the test's context")
    void measuresBlocks() {
        EngineExecutionResults results = run(RecorderTestCases.class);

        results.testEvents().assertStatistics(s -> s.succeeded(1).failed(1));
        List<Map<String, String>> entries = entries(results);
        // Tests start in method-name order: "blocks" is step 0, its blocks 1 and 2, then "failing" 3, its block 4.
        assertThat(entries).extracting(e -> e.get(CarbonReportEntries.STEP)).containsExactly("0", "3");
        assertThat(entries).allSatisfy(e -> assertThat(e).containsEntry(CarbonReportEntries.OVERLAPPED, "true"));
    }

    @Test
    @DisplayName("an exception from the block propagates unchanged")
    void propagates() {
        run(RecorderTestCases.class)
                .testEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                test("failing"),
                                finishedWithFailure(instanceOf(IOException.class), message("disk on fire"))));
    }

    @TrackCarbon(context = "recorded")
    @TestMethodOrder(MethodOrderer.MethodName.class)
    static class RecorderTestCases {
        @Test
        void blocks(CarbonRecorder recorder) {
            CarbonMetrics slow = recorder.measure(() -> sleep(20));
            CarbonMetrics quick = recorder.measure(() -> {});

            assertThat(slow.context().name()).isEqualTo("recorded");
            assertThat(List.of(slow.step(), quick.step())).containsExactly(1L, 2L);
            assertThat(slow.energyConsumed().joules()).isGreaterThanOrEqualTo(20);
            assertThat(quick.energyConsumed()).isLessThan(slow.energyConsumed());
            CarbonAssertions.assertThat(slow).hasEnergyAtMost("1 kJ").hasEmissionsAtMost("1 g");
            assertThatThrownBy(() -> CarbonAssertions.assertThat(slow).hasEnergyAtMost("1 J"))
                    .isInstanceOf(AssertionError.class);
        }

        @Test
        void failing(CarbonRecorder recorder) throws IOException { // declared: measure no longer hides it
            recorder.measure(() -> {
                throw new IOException("disk on fire");
            });
        }
    }
}
