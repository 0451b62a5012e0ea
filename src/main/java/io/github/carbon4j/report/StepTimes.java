package io.github.carbon4j.report;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

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
    static StringBuilder instant(StringBuilder sb, Instant t) {
        long days = Math.floorDiv(t.getEpochSecond(), 86_400);
        if (days < FIRST_DAY || days >= END_DAY) {
            return sb.append(t);
        }
        int secondOfDay = Math.floorMod(t.getEpochSecond(), 86_400);
        LocalDate date = LocalDate.ofEpochDay(days);
        digits(sb, date.getYear(), 4).append('-');
        digits(sb, date.getMonthValue(), 2).append('-');
        digits(sb, date.getDayOfMonth(), 2).append('T');
        digits(sb, secondOfDay / 3600, 2).append(':');
        digits(sb, secondOfDay / 60 % 60, 2).append(':');
        digits(sb, secondOfDay % 60, 2);
        int nano = t.getNano();
        if (nano != 0) {
            sb.append('.');
            if (nano % 1_000_000 == 0) {
                digits(sb, nano / 1_000_000, 3);
            } else if (nano % 1000 == 0) {
                digits(sb, nano / 1000, 6);
            } else {
                digits(sb, nano, 9);
            }
        }
        return sb.append('Z');
    }

    /** Appends the duration in seconds, to the nanosecond, without trailing zeros or exponent. */
    static StringBuilder seconds(StringBuilder sb, Duration d) {
        if (d.isNegative() || d.getSeconds() >= Long.MAX_VALUE / 1_000_000_000L) {
            return sb.append(BigDecimal.valueOf(d.getSeconds()).add(BigDecimal.valueOf(d.getNano(), 9))
                    .stripTrailingZeros().toPlainString());
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
        return digits(sb.append('.'), nano, width);
    }

    private static StringBuilder digits(StringBuilder sb, int value, int width) {
        for (int p = pow10(width - 1); p > 1 && value < p; p /= 10) {
            sb.append('0');
        }
        return sb.append(value);
    }

    private static int pow10(int n) {
        int p = 1;
        for (int i = 0; i < n; i++) {
            p *= 10;
        }
        return p;
    }
}
