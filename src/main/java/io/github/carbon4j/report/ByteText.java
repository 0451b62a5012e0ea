package io.github.carbon4j.report;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Text written straight into the UTF-8 bytes a file gets, in a reused array that grows as needed:
 * a steps row on every logged step and the metric files' lines at close. A {@code StringBuilder}
 * would need its chars encoded after, and inflates to two bytes a char for good once one char is
 * not Latin-1 (a method detail such as "2 CPUs × 4 W"). Strings are encoded as the JDK encodes them,
 * an unpaired surrogate as '?'. Not thread-safe.
 */
final class ByteText {

    /** "00" to "99": two digits a division. */
    private static final byte[] PAIRS = new byte[200];

    /** 10^0 to 10^18. */
    private static final long[] POW10 = new long[19];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = 10 * POW10[i - 1];
        }
        for (int i = 0; i < 100; i++) {
            PAIRS[2 * i] = (byte) ('0' + i / 10);
            PAIRS[2 * i + 1] = (byte) ('0' + i % 10);
        }
    }

    private byte[] bytes;
    private int length;

    ByteText(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    /** The array the text is in, its first {@link #length()} bytes; valid until the next append. */
    byte[] array() {
        return bytes;
    }

    int length() {
        return length;
    }

    /** Cuts the text to its first n bytes. */
    void setLength(int n) {
        if (n < 0 || n > length) {
            throw new IndexOutOfBoundsException(n);
        }
        length = n;
    }

    /** Appends a char below 0x80. */
    ByteText ascii(char c) {
        ensure(1);
        bytes[length++] = (byte) c;
        return this;
    }

    /** Appends bytes that are UTF-8 already. */
    ByteText append(byte[] b, int from, int n) {
        ensure(n);
        System.arraycopy(b, from, bytes, length, n);
        length += n;
        return this;
    }

    ByteText append(boolean b) {
        return append(b ? "true" : "false");
    }

    /** Appends the number as {@link Long#toString(long)} writes it. */
    ByteText append(long v) {
        if (v < 0) {
            if (v == Long.MIN_VALUE) {
                return append(Long.toString(v));
            }
            ascii('-');
            v = -v;
        }
        return digits(v, width(v));
    }

    /** Appends a non-negative number below 10^n as n digits, with leading zeros where it has fewer. */
    ByteText digits(long v, int n) {
        ensure(n);
        int at = length + n;
        // Eight digits at a time in int arithmetic, which divides faster than long.
        while (at - length > 8) {
            long high = v / 100_000_000;
            eight((int) (v - high * 100_000_000), at);
            at -= 8;
            v = high;
        }
        pairs((int) v, length, at);
        length += n;
        return this;
    }

    /** Writes a number below 10^8 as the eight bytes before to: its four pairs do not wait on each other. */
    private void eight(int v, int to) {
        int high = v / 10_000;
        four(high, to - 4);
        four(v - high * 10_000, to);
    }

    private void four(int v, int to) {
        int high = 2 * (v / 100);
        int low = v * 2 - high * 100;
        byte[] b = bytes;
        b[to - 4] = PAIRS[high];
        b[to - 3] = PAIRS[high + 1];
        b[to - 2] = PAIRS[low];
        b[to - 1] = PAIRS[low + 1];
    }

    /** Writes a number below 10^(to - from) into bytes from..to, two digits a division. */
    private void pairs(int v, int from, int to) {
        byte[] b = bytes;
        int at = to;
        while (at - from >= 2) {
            int high = v / 100;
            int pair = 2 * (v - high * 100);
            b[--at] = PAIRS[pair + 1];
            b[--at] = PAIRS[pair];
            v = high;
        }
        if (at > from) {
            b[--at] = (byte) ('0' + v);
        }
    }

    /** 10^n for n from 0 to 18. */
    static long pow10(int n) {
        return POW10[n];
    }

    /** The number of decimal digits of a non-negative number. */
    static int width(long v) {
        int guess = (64 - Long.numberOfLeadingZeros(v)) * 1233 >>> 12; // bits × log10(2), never more
        return Math.max(1, v >= POW10[guess] ? guess + 1 : guess);
    }

    /** Appends the text as UTF-8. */
    ByteText append(String s) {
        return append(s, 0, s.length());
    }

    /** Appends the chars from index from up to to as UTF-8; a surrogate pair cut at either end is '?'. */
    ByteText append(String s, int from, int to) {
        ensure(3 * (to - from));
        byte[] b = bytes;
        int at = length;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                b[at++] = (byte) c;
            } else if (c < 0x800) {
                b[at++] = (byte) (0xC0 | c >> 6);
                b[at++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                b[at++] = (byte) (0xE0 | c >> 12);
                b[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[at++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                int p = Character.toCodePoint(c, s.charAt(++i));
                b[at++] = (byte) (0xF0 | p >> 18);
                b[at++] = (byte) (0x80 | p >> 12 & 0x3F);
                b[at++] = (byte) (0x80 | p >> 6 & 0x3F);
                b[at++] = (byte) (0x80 | p & 0x3F);
            } else {
                b[at++] = '?';
            }
        }
        length = at;
        return this;
    }

    private void ensure(int more) {
        if (bytes.length - length < more) {
            bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, length + more));
        }
    }

    /** The text decoded. */
    @Override
    public String toString() {
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }
}
