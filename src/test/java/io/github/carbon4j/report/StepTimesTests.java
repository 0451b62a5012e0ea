package io.github.carbon4j.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The per-step formatting writes what the JDK's formatting writes, so rows read back the same. */
class StepTimesTests {

    @Test
    void instantsAreWrittenAsInstantToStringWritesThem() {
        List<Instant> instants = new ArrayList<>(List.of(
                Instant.EPOCH,
                Instant.ofEpochSecond(-1, 5),
                Instant.parse("1999-12-31T23:59:59.999999999Z"),
                Instant.parse("2024-02-29T00:00:00.100Z"),
                Instant.parse("2026-12-01T01:02:03.000450Z"),
                Instant.parse("9999-12-31T23:59:59.000000001Z"),
                Instant.parse("+10000-01-01T00:00:00Z"),
                Instant.MIN,
                Instant.MAX));
        SplittableRandom random = new SplittableRandom(12);
        for (int i = 0; i < 20_000; i++) {
            int nano = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            instants.add(Instant.ofEpochSecond(random.nextLong(-100_000_000_000L, 300_000_000_000L), nano));
        }
        for (Instant t : instants) {
            assertThat(StepTimes.instant(new ByteText(1).ascii('x'), t).toString())
                    .isEqualTo("x" + t);
            assertThat(StepTimes.text(t)).isEqualTo(t.toString());
        }
    }

    @Test
    void durationsAreWrittenInPlainSecondsWithoutTrailingZeros() {
        List<Duration> durations = new ArrayList<>(List.of(
                Duration.ZERO,
                Duration.ofNanos(1),
                Duration.ofSeconds(10),
                Duration.ofMillis(1500),
                Duration.ofNanos(120_000_000_100L),
                Duration.ofSeconds(-3, 5),
                Duration.ofSeconds(Long.MAX_VALUE, 999_999_999)));
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            long nanos = random.nextLong(0, i % 2 == 0 ? 1_000_000_000L : Long.MAX_VALUE);
            durations.add(Duration.ofNanos(i % 3 == 0 ? nanos / 1000 * 1000 : nanos));
        }
        for (Duration d : durations) {
            String expected = BigDecimal.valueOf(d.getSeconds())
                    .add(BigDecimal.valueOf(d.getNano(), 9))
                    .stripTrailingZeros()
                    .toPlainString();
            assertThat(StepTimes.seconds(new ByteText(1), d).toString())
                    .as("%s", d)
                    .isEqualTo(expected);
        }
    }
}
