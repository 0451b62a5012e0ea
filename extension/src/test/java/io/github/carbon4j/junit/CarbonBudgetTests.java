package io.github.carbon4j.junit;

import static io.github.carbon4j.junit.CarbonTestKit.entries;
import static io.github.carbon4j.junit.CarbonTestKit.parallel;
import static io.github.carbon4j.junit.CarbonTestKit.run;
import static io.github.carbon4j.junit.CarbonTestKit.sleep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.opentest4j.AssertionFailedError;

class CarbonBudgetTests {

    // 1000 W × ≥ 30 ms ≥ 30 J ≥ 8.3 mgCO2eq at 1000 g/kWh: over "1 mg" and "5 J", under "1 g" and "1 kJ".
    private static final String EXCEEDED = "carbon budget exceeded: ";

    @ParameterizedTest(name = "parallel = {0}")
    @ValueSource(booleans = {false, true})
    @DisplayName(
            "a method budget fails the test that exceeds it with figure, limit and explanation, and holds for the others")
    void methodBudget(boolean parallel) {
        EngineExecutionResults results = run(parallel ? parallel(Map.of()) : Map.of(), MethodBudgetTestCases.class);

        results.testEvents().assertStatistics(s -> s.started(4).succeeded(2).failed(2));
        results.testEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                test("overEmissions"),
                                finishedWithFailure(
                                        instanceOf(AssertionFailedError.class),
                                        message(m -> m.startsWith(EXCEEDED)
                                                && m.matches(".*mgCO2eq > 1 mgCO2eq \\(\\d.* J; "
                                                        + "cpu configured as fixed power; ram configured as fixed power; "
                                                        + "1000 g/kWh \\(fixed by carbon4j.intensity\\)\\)")))))
                .haveExactly(
                        1,
                        event(
                                test("overEnergy"),
                                finishedWithFailure(
                                        message(m -> m.startsWith(EXCEEDED) && m.matches(".*\\d J > 5 J \\(.*")))));
        // The failing tests still have their record.
        assertThat(entries(results)).hasSize(4);
    }

    @ParameterizedTest(name = "parallel = {0}")
    @ValueSource(booleans = {false, true})
    @DisplayName(
            "a class budget bounds the total of the class's tests, nested ones included, and fails the class after them")
    void classBudget(boolean parallel) {
        EngineExecutionResults over = run(parallel ? parallel(Map.of()) : Map.of(), ClassBudgetTestCases.class);

        over.testEvents().assertStatistics(s -> s.succeeded(3).failed(0));
        over.containerEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                container(ClassBudgetTestCases.class),
                                finishedWithFailure(message(m ->
                                        m.startsWith(EXCEEDED) && m.contains("> 25 J (class total of 3 tests: ")))));

        EngineExecutionResults held = run(parallel ? parallel(Map.of()) : Map.of(), HeldClassBudgetTestCases.class);
        held.containerEvents().assertStatistics(s -> s.failed(0));
        held.testEvents().assertStatistics(s -> s.succeeded(2));
    }

    @Test
    @DisplayName("an SCI budget counts the test's part of the machine's embodied emissions")
    void sciBudget() {
        // No operational emissions at 0 g/kWh; 1000 kg over 1e-6 years (31.6 s) is 31.7 kg a second.
        EngineExecutionResults results = run(
                Map.of(
                        "carbon4j.intensity",
                        "0",
                        "carbon4j.embodied.emissions",
                        "1000 kg",
                        "carbon4j.embodied.lifetime",
                        "0.000001"),
                SciBudgetTestCases.class);

        results.testEvents().assertStatistics(s -> s.started(2).succeeded(1).failed(1));
        results.testEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                test("overSci"),
                                finishedWithFailure(message(m -> m.startsWith(EXCEEDED + "SCI ")
                                        && m.contains("> 1 gCO2eq")
                                        && m.contains("(0 gCO2eq operational + ")
                                        && !m.contains("> 1 mgCO2eq")))));
        Map<String, String> over = CarbonTestKit.entriesByTest(results).get("overSci()");
        double seconds = Double.parseDouble(over.get(CarbonReportEntries.DURATION));
        double embodied = Double.parseDouble(over.get(CarbonReportEntries.EMBODIED));
        assertThat(embodied)
                .isCloseTo(
                        1e6 * seconds / (1e-6 * 365.25 * 24 * 3600),
                        org.assertj.core.api.Assertions.within(1e-6 * embodied));
        assertThat(Double.parseDouble(over.get(CarbonReportEntries.SCI))).isEqualTo(embodied);
        assertThat(over).containsEntry(CarbonReportEntries.EMISSIONS, "0.0");
    }

    @Test
    @DisplayName("a budget on a test factory bounds each dynamic test")
    void factoryBudget() {
        EngineExecutionResults results = run(FactoryBudgetTestCases.class);

        results.testEvents().assertStatistics(s -> s.succeeded(1).failed(1));
        results.testEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(test(), displayName("slow"), finishedWithFailure(message(m -> m.startsWith(EXCEEDED)))));
    }

    @Test
    @DisplayName("a malformed budget is a configuration error that quotes it")
    void malformed() {
        EngineExecutionResults results = run(Map.of(), MalformedTestCases.class, MalformedClassTestCases.class);

        results.testEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                test("typo"),
                                finishedWithFailure(
                                        instanceOf(ExtensionConfigurationException.class),
                                        message(m -> m.contains("@CarbonBudget(emissions = \"5 mgs\")")))));
        results.containerEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                container(MalformedClassTestCases.class),
                                finishedWithFailure(
                                        instanceOf(ExtensionConfigurationException.class),
                                        message(m -> m.contains("@CarbonBudget(energy = \"fifty\")")))));
    }

    @ParameterizedTest(name = "parallel = {0}")
    @ValueSource(booleans = {false, true})
    @DisplayName("carbon4j.budget.test.* bound every tracked test without a budget of its own")
    void configuredTestBudget(boolean parallel) {
        Map<String, String> budget =
                Map.of("carbon4j.budget.test.energy", "10 kJ", "carbon4j.budget.test.emissions", "100 mg");
        EngineExecutionResults results = run(parallel ? parallel(budget) : budget, DefaultBudgetTestCases.class);

        // 100 mg at 1000 g/kWh and 1000 W is 360 ms: "slow" sleeps 600 ms, "fast" none.
        results.testEvents().assertStatistics(s -> s.started(3).succeeded(2).failed(1));
        results.testEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                test("slow"),
                                finishedWithFailure(
                                        instanceOf(AssertionFailedError.class),
                                        message(
                                                m -> m.startsWith(EXCEEDED)
                                                        && m.matches(
                                                                ".*mgCO2eq > 100 mgCO2eq \\(carbon4j.budget.test.\\*; \\d.* J; cpu configured.*")))));

        EngineExecutionResults without = run(Map.of(), DefaultBudgetTestCases.class);
        without.testEvents().assertStatistics(s -> s.succeeded(3));
    }

    @Test
    @DisplayName("a malformed carbon4j.budget.test.energy is a configuration error naming key and value")
    void malformedTestBudget() {
        EngineExecutionResults results =
                run(Map.of("carbon4j.budget.test.energy", "fifty"), DefaultBudgetTestCases.class);

        results.containerEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                container(DefaultBudgetTestCases.class),
                                finishedWithFailure(
                                        instanceOf(ExtensionConfigurationException.class),
                                        message(m -> m.contains("invalid carbon4j.budget.test.energy \"fifty\"")))));
    }

    @TrackCarbon
    static class DefaultBudgetTestCases {
        @Test
        void fast() {}

        @Test
        void slow() {
            sleep(600);
        }

        @Test
        @CarbonBudget(emissions = "1 g")
        void slowWithItsOwnBudget() {
            sleep(600);
        }
    }

    @TrackCarbon
    static class MethodBudgetTestCases {
        @Test
        @CarbonBudget(emissions = "1 mg")
        void overEmissions() {
            sleep(30);
        }

        @Test
        @CarbonBudget(energy = "5 J")
        void overEnergy() {
            sleep(30);
        }

        @Test
        @CarbonBudget(emissions = "1 g", energy = "1 kJ")
        void within() {
            sleep(30);
        }

        @Test
        void noBudget() {
            sleep(30);
        }
    }

    @CarbonBudget(energy = "25 J")
    static class ClassBudgetTestCases {
        @Test
        void a() {
            sleep(10);
        }

        @Test
        void b() {
            sleep(10);
        }

        @org.junit.jupiter.api.Nested
        class Inner {
            @Test
            void c() {
                sleep(10);
            }
        }
    }

    @CarbonBudget(energy = "1 kJ")
    static class HeldClassBudgetTestCases {
        @Test
        void a() {}

        @Test
        void b() {}
    }

    @TrackCarbon
    static class FactoryBudgetTestCases {
        @TestFactory
        @CarbonBudget(energy = "150 J") // 150 ms at the test kit's 1000 W: room for a pause on a loaded runner
        Stream<DynamicTest> tests() {
            return Stream.of(
                    DynamicTest.dynamicTest("quick", () -> {}), DynamicTest.dynamicTest("slow", () -> sleep(300)));
        }
    }

    @TrackCarbon
    static class SciBudgetTestCases {
        @Test
        @CarbonBudget(emissions = "1 mg", sci = "1 g")
        void overSci() {
            sleep(30);
        }

        @Test
        @CarbonBudget(sci = "1 t")
        void withinSci() {}
    }

    @TrackCarbon
    static class MalformedTestCases {
        @Test
        @CarbonBudget(emissions = "5 mgs")
        void typo() {}
    }

    @CarbonBudget(energy = "fifty")
    static class MalformedClassTestCases {
        @Test
        void any() {}
    }
}
