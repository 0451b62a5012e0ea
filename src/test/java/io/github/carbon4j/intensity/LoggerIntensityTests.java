package io.github.carbon4j.intensity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.carbon4j.CarbonConfig;
import io.github.carbon4j.CarbonLogger;
import io.github.carbon4j.CarbonMetrics;
import io.github.carbon4j.Context;
import io.github.carbon4j.MockClock;
import io.github.carbon4j.Power;
import io.github.carbon4j.Scope;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LoggerIntensityTests {

    private final MockClock clock = new MockClock();

    private CarbonConfig.Builder fixedPower() {
        return CarbonConfig.builder()
                .cpuPower(Power.ofWatts(100))
                .ramPower(Power.ofWatts(0))
                .scope(Scope.MACHINE)
                .reports(false)
                .clock(clock);
    }

    @Test
    void theLoggerUsesAndNamesTheConfiguredGrid() {
        try (CarbonLogger logger =
                CarbonLogger.start(fixedPower().country("france").build())) {
            clock.add(36, TimeUnit.SECONDS); // 100 W × 36 s = 3600 J = 1 Wh
            CarbonMetrics metrics = logger.logCarbonMetrics(Context.TRAINING);

            assertThat(metrics.intensitySource()).isEqualTo("grid of FRA, Our World in Data 2023");
            assertThat(metrics.emissions().grams()).isCloseTo(56.039 / 1000, within(1e-9));
        }
    }

    @Test
    void anUnknownLocationFailsWhenTheLoggerStarts() {
        assertThatThrownBy(() -> CarbonLogger.start(
                        fixedPower().cloud("gcp", "europe-west42").build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("carbon4j.cloud.region \"europe-west42\"")
                .hasMessageContaining("closest known: europe-west");
    }
}
