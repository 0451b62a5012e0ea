package io.github.carbon4j.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Timestamps and durations read by hand give what the JDK's parsers give, errors included. */
class StepTimesParserTests {

    @Test
    void readsBackEveryInstantStepTimesWrites() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            long second = random.nextLong(0, 253_402_300_800L);
            int nano = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            String text = StepTimes.instant(new ByteText(1), Instant.ofEpochSecond(second, nano))
                    .toString();
            assertThat(StepTimesParser.instant(text)).as(text).isEqualTo(Instant.parse(text));
        }
    }

    @Test
    void leavesOtherShapesAndBadDatesToTheJdk() {
        for (String text : new String[] {
            "2026-12-31T23:59:60Z", // a leap second
            "2026-12-01T24:00:00Z", // the end of a day
            "1969-12-31T23:59:59Z",
            "2026-12-01T05:00:00.5Z",
            "+12026-01-01T00:00:00Z",
            "2024-02-29T23:59:59.999Z",
            "2026-02-29T00:00:00Z",
            "2024-04-31T00:00:00Z",
            "2026-13-01T00:00:00Z",
            "2026-12-01T05:00:61Z",
            "2026-12-01T05:00:00",
            "2026-12-01 05:00:00Z",
            "2026-1a-01T05:00:00Z",
            "2026-12-01T05:00:00.12aZ",
            ""
        }) {
            assertThat(outcome(() -> StepTimesParser.instant(text)))
                    .as(text)
                    .isEqualTo(outcome(() -> Instant.parse(text)));
        }
        assertThatThrownBy(() -> StepTimesParser.instant("2026-02-29T00:00:00Z"))
                .isInstanceOf(DateTimeParseException.class);
    }

    /** The value, or the class and message of what was thrown. */
    private static Object outcome(java.util.function.Supplier<Object> parse) {
        try {
            return parse.get();
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    @Test
    void readsDurationsAsBigDecimalDoes() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 20_000; i++) {
            Duration d = Duration.ofNanos(random.nextLong(0, i % 2 == 0 ? 10_000_000_000L : 1L << 62));
            String text = StepTimes.seconds(new ByteText(1), d).toString();
            assertThat(StepTimesParser.nanos(text)).as(text).isEqualTo(d.toNanos());
        }
        for (String text : new String[] {"1.", "0.5", "+1.5", "1e3", "0012.000000001", "1234567890.25"}) {
            assertThat(StepTimesParser.nanos(text)).as(text).isEqualTo(bigDecimal(text));
        }
        for (String text : new String[] {"", "-", "1.2.3", "x", "1.0000000001", ".5e"}) {
            assertThatThrownBy(() -> StepTimesParser.nanos(text)).as(text).isInstanceOf(RuntimeException.class);
            assertThatThrownBy(() -> bigDecimal(text)).as(text).isInstanceOf(RuntimeException.class);
        }
    }

    private static long bigDecimal(String text) {
        return new BigDecimal(text).movePointRight(9).longValueExact();
    }
}
