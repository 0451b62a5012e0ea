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
        // The notice goes to the System.Logger "io.github.carbon4j", which is JUL's logger of that name here.
        java.util.logging.Logger jul = java.util.logging.Logger.getLogger("io.github.carbon4j");
        List<String> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler handler = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                logged.add(record.getMessage());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        jul.addHandler(handler);
        EngineExecutionResults results;
        try {
            results = run(Map.of(), TrackedTestCases.class);
        } finally {
            CarbonSession.STARTER.remove();
            jul.removeHandler(handler);
        }

        results.testEvents().assertStatistics(s -> s.started(2).succeeded(2).failed(0));
        assertThat(failures(results)).isEmpty();
        assertThat(logged)
                .anySatisfy(n -> assertThat(n)
                        .contains("choosing the energy meters failed")
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
