package io.github.carbon4j.junit;

import static io.github.carbon4j.junit.CarbonTestKit.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.carbon4j.CarbonConfigurationException;
import io.github.carbon4j.CarbonLogger;
import io.github.carbon4j.Component;
import io.github.carbon4j.Energy;
import io.github.carbon4j.MeasurementMethod;
import io.github.carbon4j.meter.EnergyMeters;
import io.github.carbon4j.meter.Meters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Through the real engine, only a {@link CarbonConfigurationException} is reported as invalid
 * configuration; a meter that throws an {@link IllegalArgumentException} of its own (a NaN, a
 * negative energy) leaves the tests running, with a notice.
 */
class ConfigurationErrorTests {

    @Test
    void aBadValueFailsTheClassWithTheConfigurationMessage() {
        EngineExecutionResults results = run(Map.of("carbon4j.pue", "0.5"), TrackedTestCases.class);

        results.testEvents().assertStatistics(s -> s.started(0));
        assertThat(failures(results))
                .singleElement()
                .satisfies(t -> assertThat(t)
                        .isInstanceOf(ExtensionConfigurationException.class)
                        .hasMessageStartingWith(
                                "invalid carbon4j configuration: invalid carbon4j.pue \"0.5\": PUE must be")
                        .hasCauseInstanceOf(CarbonConfigurationException.class));
    }

    @Test
    void anUnknownLocationIsAConfigurationErrorToo() {
        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                .configurationParameters(Map.of(
                        "carbon4j.country", "Atlantis", "carbon4j.reports", "false", "carbon4j.cpu.power", "100"))
                .selectors(DiscoverySelectors.selectClass(TrackedTestCases.class))
                .execute();

        results.testEvents().assertStatistics(s -> s.started(0));
        assertThat(failures(results))
                .singleElement()
                .satisfies(t -> assertThat(t)
                        .isInstanceOf(ExtensionConfigurationException.class)
                        .hasMessageStartingWith("invalid carbon4j configuration: ")
                        .hasMessageContaining("Atlantis"));
    }

    @Test
    void aMeterThatThrowsIllegalArgumentExceptionDegradesInsteadOfFailingTheTests() {
        Meters failing = new Meters(
                EnergyMeters.of(
                        Component.CPU,
                        MeasurementMethod.measured("broken counter", ""),
                        () -> Energy.ofJoules(Double.NaN)),
                EnergyMeters.none(Component.GPU),
                EnergyMeters.none(Component.RAM));
        CarbonSession.STARTER.set(config -> CarbonLogger.start(config, failing));
        // Where no logging is routed (this test JVM), the notice is one line on standard error.
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream original = System.err;
        System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        EngineExecutionResults results;
        try {
            results = run(Map.of(), TrackedTestCases.class);
        } finally {
            CarbonSession.STARTER.remove();
            System.setErr(original);
        }
        List<String> logged =
                err.toString(java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        original.print(err.toString(java.nio.charset.StandardCharsets.UTF_8));

        results.testEvents().assertStatistics(s -> s.started(2).succeeded(2).failed(0));
        assertThat(failures(results)).isEmpty();
        assertThat(logged)
                .anySatisfy(n -> assertThat(n)
                        .startsWith("carbon4j: choosing the energy meters failed")
                        .contains("energy must be a finite number"));
    }

    private static List<Throwable> failures(EngineExecutionResults results) {
        return results.containerEvents().failed().stream()
                .map(e -> e.getRequiredPayload(TestExecutionResult.class)
                        .getThrowable()
                        .orElseThrow())
                .toList();
    }

    @TrackCarbon
    static class TrackedTestCases {
        @Test
        void one() {}

        @Test
        void two() {}
    }
}
