package io.github.carbon4j.junit;

import static io.github.carbon4j.junit.CarbonTestKit.entries;
import static io.github.carbon4j.junit.CarbonTestKit.entriesByTest;
import static io.github.carbon4j.junit.CarbonTestKit.run;
import static io.github.carbon4j.junit.CarbonTestKit.sleep;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class TrackCarbonTests {

    @Test
    @DisplayName("every test is one step of the class's context, with all documented keys")
    void onePerTest() {
        EngineExecutionResults results = run(PlainTestCases.class);

        results.testEvents().assertStatistics(s -> s.started(3).succeeded(3));
        List<Map<String, String>> entries = entries(results);
        assertThat(entries).hasSize(3).allSatisfy(e -> {
            assertThat(e).containsOnlyKeys(CarbonReportEntries.ALL);
            assertThat(e).containsEntry(CarbonReportEntries.CONTEXT, "PlainTestCases");
            assertThat(e.get(CarbonReportEntries.EXPLAIN)).contains("cpu configured as fixed power");
            assertThat(e).containsEntry(CarbonReportEntries.INTENSITY, "1000.0");
        });
        assertThat(entries).extracting(e -> e.get(CarbonReportEntries.STEP)).containsExactlyInAnyOrder("0", "1", "2");
    }

    @Test
    @DisplayName("the figures are those of the test method: 1000 W for a 20 ms sleep is at least 20 J")
    void figuresOfTheTestMethod() {
        Map<String, String> sleeper = entriesByTest(run(PlainTestCases.class)).get("sleeps20ms()");

        assertThat(CarbonTestKit.joules(sleeper)).isGreaterThanOrEqualTo(20).isLessThan(1000);
        assertThat(Double.parseDouble(sleeper.get(CarbonReportEntries.CPU_ENERGY)))
                .isEqualTo(CarbonTestKit.joules(sleeper));
        // 20 J at 1000 g/kWh = 5.56 mg
        assertThat(CarbonTestKit.grams(sleeper)).isGreaterThanOrEqualTo(20 / 3.6e6 * 1000);
        assertThat(Double.parseDouble(sleeper.get(CarbonReportEntries.DURATION)))
                .isGreaterThanOrEqualTo(0.02);
        assertThat(sleeper).containsEntry(CarbonReportEntries.OVERLAPPED, "false");
    }

    @Test
    @DisplayName("@BeforeEach and @AfterEach are outside the measured interval")
    void fixturesAreNotMeasured() {
        Map<String, String> entry = entries(run(SlowFixtureTestCases.class)).get(0);

        // The fixtures sleep 300 ms each; the test itself does nothing, which leaves it 300 ms for a pause on a
        // loaded runner (the first measured interval of a fresh engine also loads classes).
        assertThat(Double.parseDouble(entry.get(CarbonReportEntries.DURATION))).isLessThan(0.3);
    }

    @Test
    @DisplayName("each repetition, parameterized invocation and dynamic test is its own step; the factory is not")
    void invocationsAreSteps() {
        EngineExecutionResults results = run(InvocationTestCases.class);

        results.testEvents().assertStatistics(s -> s.succeeded(3 + 2 + 3));
        Map<String, Map<String, String>> byTest = entriesByTest(results);
        assertThat(byTest)
                .containsOnlyKeys(
                        "repetition 1 of 3",
                        "repetition 2 of 3",
                        "repetition 3 of 3",
                        "[1] 1",
                        "[2] 2",
                        "first",
                        "second",
                        "third");
        assertThat(byTest.values())
                .extracting(e -> e.get(CarbonReportEntries.STEP))
                .containsExactlyInAnyOrder("0", "1", "2", "3", "4", "5", "6", "7");
        assertThat(byTest.values())
                .allSatisfy(e -> assertThat(e).containsEntry(CarbonReportEntries.CONTEXT, "InvocationTestCases"));
        assertThat(CarbonTestKit.joules(byTest.get("second"))).isGreaterThanOrEqualTo(10);
    }

    @Test
    @DisplayName("context: given name, nested class name, and method-only tracking")
    void contexts() {
        assertThat(entries(run(NamedTestCases.class)))
                .extracting(e -> e.get(CarbonReportEntries.CONTEXT))
                .containsExactly("parser", "parser");
        assertThat(entries(run(OuterTestCases.class)))
                .extracting(e -> e.get(CarbonReportEntries.CONTEXT))
                .containsExactlyInAnyOrder("OuterTestCases", "OuterTestCases.Inner");
        EngineExecutionResults methodOnly = run(MethodOnlyTestCases.class);
        assertThat(entriesByTest(methodOnly)).containsOnlyKeys("tracked()");
        assertThat(entries(run(MetaAnnotatedTestCases.class)))
                .extracting(e -> e.get(CarbonReportEntries.CONTEXT))
                .containsExactly("meta");
    }

    @Test
    @DisplayName("with autodetection every test is tracked without the annotation, once")
    void autodetection() {
        assertThat(entries(run(UnannotatedTestCases.class))).isEmpty();

        EngineExecutionResults detected = run(
                Map.of("junit.jupiter.extensions.autodetection.enabled", "true"),
                UnannotatedTestCases.class,
                PlainTestCases.class);

        assertThat(entries(detected))
                .extracting(e -> e.get(CarbonReportEntries.CONTEXT))
                .containsExactlyInAnyOrder(
                        "UnannotatedTestCases", "PlainTestCases", "PlainTestCases", "PlainTestCases");
    }

    @Test
    @DisplayName("an invalid carbon4j parameter fails the class before its tests, naming key and value")
    void invalidConfiguration() {
        EngineExecutionResults results = run(Map.of("carbon4j.intensity", "lots"), PlainTestCases.class);

        results.testEvents().assertStatistics(s -> s.started(0));
        assertThat(results.containerEvents().failed().stream()
                        .map(e -> e.getRequiredPayload(org.junit.platform.engine.TestExecutionResult.class)
                                .getThrowable()
                                .orElseThrow()))
                .singleElement()
                .satisfies(t -> assertThat(t)
                        .isInstanceOf(org.junit.jupiter.api.extension.ExtensionConfigurationException.class)
                        .hasMessageContaining("carbon4j.intensity")
                        .hasMessageContaining("lots"));
    }

    @TrackCarbon
    static class PlainTestCases {
        @Test
        void sleeps20ms() {
            sleep(20);
        }

        @Test
        void nothing() {}

        @Test
        void alsoNothing() {}
    }

    @TrackCarbon
    static class SlowFixtureTestCases {
        @org.junit.jupiter.api.BeforeEach
        void before() {
            sleep(300);
        }

        @Test
        void quick() {}

        @org.junit.jupiter.api.AfterEach
        void after() {
            sleep(300);
        }
    }

    @TrackCarbon
    static class InvocationTestCases {
        @RepeatedTest(3)
        void repeated() {}

        @ParameterizedTest
        @ValueSource(ints = {1, 2})
        void parameterized(int value) {}

        @TestFactory
        Stream<DynamicNode> dynamic() {
            sleep(50); // would show in the dynamic tests' figures if the factory were measured around them
            return Stream.of(
                    DynamicTest.dynamicTest("first", () -> {}),
                    DynamicContainer.dynamicContainer(
                            "more",
                            Stream.of(
                                    DynamicTest.dynamicTest("second", () -> sleep(10)),
                                    DynamicTest.dynamicTest("third", () -> {}))));
        }
    }

    @TrackCarbon(context = "parser")
    static class NamedTestCases {
        @Test
        void one() {}

        @Test
        void two() {}
    }

    @TrackCarbon
    static class OuterTestCases {
        @Test
        void outer() {}

        @Nested
        class Inner {
            @Test
            void inner() {}
        }
    }

    static class MethodOnlyTestCases {
        @Test
        @TrackCarbon
        void tracked() {}

        @Test
        void untracked() {}
    }

    @Retention(RetentionPolicy.RUNTIME)
    @TrackCarbon(context = "meta")
    @interface Measured {}

    @Measured
    static class MetaAnnotatedTestCases {
        @Test
        void one() {}
    }

    static class UnannotatedTestCases {
        @Test
        void one() {}
    }
}
