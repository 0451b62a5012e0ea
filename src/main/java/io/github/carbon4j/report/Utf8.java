package io.github.carbon4j.report;

/**
 * UTF-8 into a reused array without a {@code CharsetEncoder}, which allocates on every call: a steps
 * row is encoded on every logged step, and some are not ASCII (a method detail such as "this JVM's
 * CPU time × the machine's power"). Pure functions.
 */
final class Utf8 {

    private Utf8() {}

    /**
     * Writes the text as UTF-8 from the start of the array, which must hold 3 bytes per char;
     * returns the number of bytes. An unpaired surrogate becomes '?', as the JDK's encoder writes it.
     */
    static int encode(CharSequence line, byte[] b) {
        char[] chars = new char[line.length()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = line.charAt(i);
        }
        return encode(chars, 0, chars.length, b, 0);
    }

    /**
     * Writes the chars from index from up to to as UTF-8 into the array from at, which must hold 3 bytes per
     * char after it; returns where the bytes end. The caller copies the chars out of its builder in
     * bulk first ({@link StringBuilder#getChars}): one char at a time through the builder costs more
     * than the encoding.
     */
    static int encode(char[] chars, int from, int to, byte[] b, int at) {
        int n = at;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c < 0x80) {
                b[n++] = (byte) c;
            } else if (c < 0x800) {
                b[n++] = (byte) (0xC0 | c >> 6);
                b[n++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                b[n++] = (byte) (0xE0 | c >> 12);
                b[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(chars[i + 1])) {
                int p = Character.toCodePoint(c, chars[++i]);
                b[n++] = (byte) (0xF0 | p >> 18);
                b[n++] = (byte) (0x80 | p >> 12 & 0x3F);
                b[n++] = (byte) (0x80 | p >> 6 & 0x3F);
                b[n++] = (byte) (0x80 | p & 0x3F);
            } else {
                b[n++] = '?';
            }
        }
        return n;
    }
}
