package io.github.carbon4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.carbon4j.internal.LoggedNotices;
import io.github.carbon4j.meter.EnergyMeter;
import io.github.carbon4j.meter.EnergyMeters;
import io.github.carbon4j.meter.Meters;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A logger's notices are its own: once per logger per distinct notice, and given where this JVM's notices go. */
class LoggerNoticesTests {

    private final MockClock clock = new MockClock();

    private CarbonConfig nowhere() {
        return CarbonConfig.builder().clock(clock).reports(false).build();
    }

    private static Meters unmeasured() {
        return new Meters(
                EnergyMeters.none(Component.CPU), EnergyMeters.none(Component.GPU), EnergyMeters.none(Component.RAM));
    }

    @Test
    void eachLoggerGivesItsOwnNoticeOnceAndLogsIt() {
        try (LoggedNotices logged = new LoggedNotices()) {
            CarbonLogger first = CarbonLogger.start(nowhere(), unmeasured());
            CarbonLogger second = CarbonLogger.start(nowhere(), unmeasured());
            try (first;
                    second) {
                clock.addSeconds(1);
                first.logCarbonMetrics(Context.TRAINING);
                second.logCarbonMetrics(Context.TRAINING);
            }

            assertThat(first.notices())
                    .singleElement()
                    .asString()
                    .startsWith("location unknown, using the world average");
            assertThat(second.notices()).isEqualTo(first.notices());
            assertThat(logged.messages())
                    .as("each logger gives it, where this JVM's notices go")
                    .filteredOn(m -> m.startsWith("location unknown"))
                    .hasSize(2);
        }
    }

    @Test
    void aLoggerConfiguredWithNoticesLoggerGivesThemToTheSystemLoggerWhateverThisJvmDecided() {
        // This test JVM routes no logging, so its notices go to standard error; the configuration says otherwise.
        java.util.logging.Logger jul =
                java.util.logging.Logger.getLogger(io.github.carbon4j.internal.Notices.LOGGER_NAME);
        java.util.List<String> records = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler handler = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                records.add(record.getLevel() + " " + record.getMessage());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        jul.addHandler(handler);
        try (LoggedNotices stderr = new LoggedNotices()) {
            CarbonConfig config = CarbonConfig.builder()
                    .from(ConfigSource.of(java.util.Map.of(ConfigKeys.NOTICES, "logger")))
                    .clock(clock)
                    .reports(false)
                    .build();
            try (CarbonLogger logger = CarbonLogger.start(config, unmeasured())) {
                logger.logCarbonMetrics(Context.TRAINING);
            }
            assertThat(records).anyMatch(r -> r.startsWith("INFO carbon4j: location unknown"));
            assertThat(stderr.messages()).noneMatch(m -> m.startsWith("location unknown"));
        } finally {
            jul.removeHandler(handler);
        }
    }

    @Test
    void aMeterThatFailsToCloseIsANoticeAndTheOthersStillClose() {
        AtomicInteger closed = new AtomicInteger();
        EnergyMeter failing = new Closing(EnergyMeters.none(Component.CPU), () -> {
            throw new IllegalStateException("device gone");
        });
        Meters meters = new Meters(
                failing,
                new Closing(EnergyMeters.none(Component.GPU), closed::incrementAndGet),
                new Closing(EnergyMeters.none(Component.RAM), closed::incrementAndGet));
        CarbonLogger logger = CarbonLogger.start(
                CarbonConfig.builder()
                        .clock(clock)
                        .reports(false)
                        .country("FRA")
                        .build(),
                meters);

        logger.close();

        assertThat(closed).hasValue(2);
        assertThat(logger.notices())
                .containsExactly("closing the cpu meter failed: java.lang.IllegalStateException: device gone");
    }

    /** A meter whose close runs the given action. */
    private record Closing(EnergyMeter meter, Runnable onClose) implements EnergyMeter {
        @Override
        public Component component() {
            return meter.component();
        }

        @Override
        public MeasurementMethod method() {
            return meter.method();
        }

        @Override
        public Energy read() {
            return meter.read();
        }

        @Override
        public void close() {
            onClose.run();
        }
    }
}
