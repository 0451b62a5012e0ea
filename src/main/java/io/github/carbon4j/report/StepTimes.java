package io.github.carbon4j.report;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * Writes a step's timestamp and duration into a row exactly as {@link Instant#toString()} and
 * {@link StepCsv#seconds} would, without the formatter objects and temporary strings those build:
 * this runs on every logged step, where each allocation counts. Pure functions.
 */
final class StepTimes {

    // 1970-01-01 and 10000-01-01 as epoch days: outside them the JDK's own format is used.
    private static final long FIRST_DAY = 0;
    private static final long END_DAY = 2_932_897;

    private StepTimes() {}

    /** Appends the instant in ISO-8601 UTC, fractions in groups of three digits as the JDK writes them. */
    static ByteText instant(ByteText sb, Instant t) {
        return instant(sb, t.getEpochSecond(), t.getNano());
    }

    /** {@return the instant as {@link Instant#toString()} writes it, without java.time's formatter} */
    static String text(Instant t) {
        return instant(new ByteText(32), t).toString();
    }

    /** Appends {@code start + duration} as {@link #instant(ByteText, Instant)} would, without the Instant. */
    static ByteText end(ByteText sb, Instant start, Duration duration) {
        long seconds = start.getEpochSecond() + duration.getSeconds();
        int nano = start.getNano() + duration.getNano();
        if (nano >= 1_000_000_000) {
            seconds++;
            nano -= 1_000_000_000;
        }
        return instant(sb, seconds, nano);
    }

    private static ByteText instant(ByteText sb, long epochSecond, int nano) {
        long days = Math.floorDiv(epochSecond, 86_400);
        if (days < FIRST_DAY || days >= END_DAY) {
            return sb.append(Instant.ofEpochSecond(epochSecond, nano).toString());
        }
        int secondOfDay = Math.floorMod(epochSecond, 86_400);
        date(sb, days).ascii('T');
        sb.digits(secondOfDay / 3600, 2).ascii(':');
        sb.digits(secondOfDay / 60 % 60, 2).ascii(':');
        sb.digits(secondOfDay % 60, 2);
        if (nano != 0) {
            sb.ascii('.');
            if (nano % 1_000_000 == 0) {
                sb.digits(nano / 1_000_000, 3);
            } else if (nano % 1000 == 0) {
                sb.digits(nano / 1000, 6);
            } else {
                sb.digits(nano, 9);
            }
        }
        return sb.ascii('Z');
    }

    /** yyyy-mm-dd of a day from 1970 on, without a LocalDate (Howard Hinnant's civil_from_days). */
    private static ByteText date(ByteText sb, long epochDay) {
        long z = epochDay + 719_468;
        long era = z / 146_097;
        long dayOfEra = z - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long shiftedMonth = (5 * dayOfYear + 2) / 153; // from March
        int day = (int) (dayOfYear - (153 * shiftedMonth + 2) / 5 + 1);
        int month = (int) (shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9);
        int year = (int) (yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
        return sb.digits(year, 4).ascii('-').digits(month, 2).ascii('-').digits(day, 2);
    }

    /** Appends the duration in seconds, to the nanosecond, without trailing zeros or exponent. */
    static ByteText seconds(ByteText sb, Duration d) {
        if (d.isNegative() || d.getSeconds() >= Long.MAX_VALUE / 1_000_000_000L) {
            return sb.append(BigDecimal.valueOf(d.getSeconds())
                    .add(BigDecimal.valueOf(d.getNano(), 9))
                    .stripTrailingZeros()
                    .toPlainString());
        }
        sb.append(d.getSeconds());
        int nano = d.getNano();
        if (nano == 0) {
            return sb;
        }
        int width = 9;
        while (nano % 10 == 0) {
            nano /= 10;
            width--;
        }
        return sb.ascii('.').digits(nano, width);
    }
}
