package io.github.carbon4j.junit;

import static io.github.carbon4j.junit.CarbonTestKit.entries;
import static io.github.carbon4j.junit.CarbonTestKit.parallel;
import static io.github.carbon4j.junit.CarbonTestKit.run;
import static io.github.carbon4j.junit.CarbonTestKit.sleep;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class ParallelExecutionTests {

    @Test
    @DisplayName("on 4 threads every test gets exactly one record, steps are unique, overlaps are flagged")
    void oneRecordPerTest() {
        EngineExecutionResults results = run(parallel(Map.of()), FirstTestCases.class, SecondTestCases.class);

        results.testEvents().assertStatistics(s -> s.started(60).succeeded(60));
        List<Map<String, String>> entries = entries(results);
        assertThat(entries).hasSize(60);
        // One entry per test, published by that test.
        Set<String> publishers = results.allEvents().reportingEntryPublished().stream()
                .map(e -> e.getTestDescriptor().getUniqueId().toString())
                .collect(Collectors.toSet());
        assertThat(publishers).hasSize(60);
        for (String context : List.of("FirstTestCases", "SecondTestCases")) {
            assertThat(entries)
                    .filteredOn(e -> e.get(CarbonReportEntries.CONTEXT).equals(context))
                    .extracting(e -> Long.parseLong(e.get(CarbonReportEntries.STEP)))
                    .containsExactlyInAnyOrderElementsOf(
                            LongStream.range(0, 30).boxed().toList());
        }
        assertThat(entries).anySatisfy(e -> assertThat(e).containsEntry(CarbonReportEntries.OVERLAPPED, "true"));
    }

    @TrackCarbon
    static class FirstTestCases {
        @RepeatedTest(30)
        void work() {
            sleep(5);
        }
    }

    @TrackCarbon
    static class SecondTestCases {
        @RepeatedTest(30)
        void work() {
            sleep(5);
        }
    }
}
