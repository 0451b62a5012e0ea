package io.github.carbon4j.report;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Reads back what {@link StepTimes} writes, without java.time's formatter (about fifty classes and
 * regular expressions for a JVM that closes a run and reads its steps file) or BigDecimal: the
 * shapes it writes are read by hand, anything else by the JDK's parsers, so results and errors are
 * theirs. Pure functions.
 */
final class StepTimesParser {

    private StepTimesParser() {}

    /** {@return the instant, as {@link Instant#parse} reads it} */
    static Instant instant(String text) {
        int n = text.length();
        boolean shape = (n == 20 || n == 24 || n == 27 || n == 30)
                && text.charAt(4) == '-'
                && text.charAt(7) == '-'
                && text.charAt(10) == 'T'
                && text.charAt(13) == ':'
                && text.charAt(16) == ':'
                && text.charAt(n - 1) == 'Z'
                && (n == 20 || text.charAt(19) == '.');
        int year = shape ? number(text, 0, 4) : -1;
        int month = shape ? number(text, 5, 7) : -1;
        int day = shape ? number(text, 8, 10) : -1;
        int hour = shape ? number(text, 11, 13) : -1;
        int minute = shape ? number(text, 14, 16) : -1;
        int second = shape ? number(text, 17, 19) : -1;
        int fraction = n > 20 && shape ? number(text, 20, n - 1) : 0;
        if (year < 1970
                || month < 1
                || month > 12
                || day < 1
                || day > length(year, month)
                || hour < 0
                || hour > 23
                || minute < 0
                || minute > 59
                || second < 0
                || second > 59
                || fraction < 0) {
            return Instant.parse(text);
        }
        long seconds = epochDay(year, month, day) * 86_400 + hour * 3600L + minute * 60L + second;
        return Instant.ofEpochSecond(seconds, (long) fraction * (n == 24 ? 1_000_000 : n == 27 ? 1000 : 1));
    }

    /** {@return seconds to the nanosecond ("1.5") as nanoseconds, as BigDecimal reads and scales them} */
    static long nanos(String text) {
        int dot = text.indexOf('.');
        int end = dot < 0 ? text.length() : dot;
        int whole = end >= 1 && end <= 9 ? number(text, 0, end) : -1;
        int digits = dot < 0 ? 0 : text.length() - dot - 1;
        int fraction = digits == 0 ? 0 : digits <= 9 ? number(text, dot + 1, text.length()) : -1;
        if (whole < 0 || fraction < 0 || dot >= 0 && digits == 0) {
            return new BigDecimal(text).movePointRight(9).longValueExact();
        }
        int scale = 1;
        for (int i = digits; i < 9; i++) {
            scale *= 10;
        }
        return whole * 1_000_000_000L + (long) fraction * scale;
    }

    /** The decimal digits from {@code from} to {@code to}, at most nine; -1 if any is not a digit. */
    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static int length(int year, int month) {
        if (month == 2) {
            return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
        }
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }

    /** Days since 1970-01-01 of a date from 1970 on (Howard Hinnant's days_from_civil). */
    private static long epochDay(int year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = y / 400;
        long yearOfEra = y - era * 400;
        long dayOfYear = (153L * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097 + dayOfEra - 719_468;
    }
}
