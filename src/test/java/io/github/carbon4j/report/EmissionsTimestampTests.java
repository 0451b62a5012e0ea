package io.github.carbon4j.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/** emissions.csv's local timestamp, written by hand, is what the formatter it replaces wrote. */
class EmissionsTimestampTests {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT);

    @Test
    void localTimeAsTheFormatterWritesItInZonesWithAndWithoutSummerTime() {
        String[] zones = {
            "UTC",
            "Etc/UTC",
            "Europe/Paris",
            "America/New_York",
            "Asia/Kolkata",
            "Australia/Lord_Howe",
            "Pacific/Chatham",
            "America/St_Johns",
            "Asia/Kathmandu",
            "Etc/GMT+12"
        };
        SplittableRandom random = new SplittableRandom(3);
        for (String id : zones) {
            TimeZone zone = TimeZone.getTimeZone(id);
            assertThat(zone.getID()).isEqualTo(id);
            for (int i = 0; i < 2_000; i++) {
                // 2000 to 2037, to the nanosecond: every summer-time change of those years comes near some instant.
                Instant t = Instant.ofEpochSecond(
                        random.nextLong(946_684_800L, 2_145_916_800L), random.nextInt(1_000_000_000));
                assertThat(EmissionsCsv.localTime(t, zone))
                        .as("%s in %s", t, id)
                        .isEqualTo(FORMAT.format(t.atZone(ZoneId.of(id))));
            }
        }
    }

    @Test
    void aroundASummerTimeChange() {
        TimeZone paris = TimeZone.getTimeZone("Europe/Paris");
        // 2026-03-29 01:00 UTC the clocks in Paris go from 02:00 to 03:00.
        assertThat(EmissionsCsv.localTime(Instant.parse("2026-03-29T00:59:59.999Z"), paris))
                .isEqualTo("2026-03-29T01:59:59");
        assertThat(EmissionsCsv.localTime(Instant.parse("2026-03-29T01:00:00Z"), paris))
                .isEqualTo("2026-03-29T03:00:00");
    }

    @Test
    void theLastInstantAReportAcceptsIsTheLastOfTheYear9999() {
        assertThat(Json.LAST_INSTANT).isEqualTo(Instant.parse("9999-12-31T23:59:59.999999999Z"));
    }

    @Test
    void aColumnWithoutAValueFails() {
        // Every column of the header has one: the golden emissions.csv files write them all.
        EmissionsCsv.Run run = new EmissionsCsv.Run(null, TimeZone.getTimeZone("UTC"));
        assertThatIllegalStateException()
                .isThrownBy(() -> EmissionsCsv.value("cpu_temperature", run))
                .withMessageContaining("cpu_temperature");
    }
}
