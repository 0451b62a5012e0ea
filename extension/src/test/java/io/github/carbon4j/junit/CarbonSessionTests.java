package io.github.carbon4j.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.carbon4j.CarbonConfig;
import io.github.carbon4j.CarbonIntensity;
import io.github.carbon4j.CarbonLogger;
import io.github.carbon4j.CarbonMetrics;
import io.github.carbon4j.Component;
import io.github.carbon4j.Context;
import io.github.carbon4j.Energy;
import io.github.carbon4j.MeasurementMethod;
import io.github.carbon4j.meter.EnergyMeters;
import io.github.carbon4j.meter.Meters;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CarbonSessionTests {

    private static final CarbonConfig CONFIG = CarbonConfig.builder()
            .reports(false)
            .carbonIntensity(CarbonIntensity.ofGramsPerKilowattHour(100))
            .build();

    @Test
    void aBrokenMeterLeavesTheTestUnmeasuredWithANotice() {
        AtomicBoolean broken = new AtomicBoolean();
        Meters meters = new Meters(
                EnergyMeters.of(Component.CPU, MeasurementMethod.measured("test counter", ""), () -> {
                    if (broken.get()) {
                        throw new IllegalStateException("sensor vanished"); // as a sensor that vanished would
                    }
                    return Energy.ZERO;
                }),
                EnergyMeters.none(Component.GPU),
                EnergyMeters.none(Component.RAM));
        CarbonSession session = new CarbonSession(CarbonLogger.start(CONFIG, meters), System.out);

        broken.set(true);
        assertThat(session.begin()).isEmpty();
        broken.set(false);
        CarbonLogger.Span span = session.begin().orElseThrow();
        broken.set(true);
        assertThat(session.end(span, Context.of("t"), 0)).isEmpty();

        assertThat(session.notices())
                .singleElement()
                .satisfies(n -> assertThat(n).contains("reading the energy meters failed"));
        CarbonMetrics unmeasured = session.unmeasured(Context.of("t"), 3);
        assertThat(unmeasured.energyConsumed()).isEqualTo(Energy.ZERO);
        assertThat(unmeasured.step()).isEqualTo(3);
        session.close();
    }

    @Test
    void stepsCountPerContextFromZero() {
        CarbonSession session = new CarbonSession(CarbonLogger.start(CONFIG), System.out);

        assertThat(session.nextStep(Context.of("a"))).isZero();
        assertThat(session.nextStep(Context.of("a"))).isEqualTo(1);
        assertThat(session.nextStep(Context.of("b"))).isZero();
        session.close();
    }

    @Test
    void closePrintsTheSummaryOnlyAfterTestsWereRecorded() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        CarbonSession empty =
                new CarbonSession(CarbonLogger.start(CONFIG), new PrintStream(buffer, true, StandardCharsets.UTF_8));
        empty.close();
        assertThat(buffer.toString(StandardCharsets.UTF_8)).isEmpty();

        CarbonSession session =
                new CarbonSession(CarbonLogger.start(CONFIG), new PrintStream(buffer, true, StandardCharsets.UTF_8));
        session.record(() -> "T #0 one()", session.unmeasured(Context.of("T"), 0));
        session.close();
        assertThat(buffer.toString(StandardCharsets.UTF_8))
                .startsWith("carbon4j: 1 test tracked: 0 J, 0 gCO2eq")
                .contains("reports off");
    }

    @Test
    void closingTheSessionClosesItsLoggerAndCompletesTheReports(@TempDir Path directory) {
        CarbonLogger logger = CarbonLogger.start(CarbonConfig.builder()
                .outputDirectory(directory)
                .carbonIntensity(CarbonIntensity.ofGramsPerKilowattHour(100))
                .build());
        CarbonSession session =
                new CarbonSession(logger, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        CarbonLogger.Span span = session.begin().orElseThrow();
        session.record(() -> "T #0 one()", session.end(span, Context.of("T"), 0).orElseThrow());
        String runId = logger.run().runId();
        // Written only when the logger closes: without it a test run would leave its reports incomplete.
        assertThat(directory.resolve("summary-" + runId + ".json")).doesNotExist();

        session.close();

        assertThat(directory.resolve("summary-" + runId + ".json")).exists();
        assertThat(directory.resolve("summary.json")).exists();
        assertThatThrownBy(() -> logger.logCarbonMetrics(Context.of("T"))).isInstanceOf(IllegalStateException.class);
    }
}
