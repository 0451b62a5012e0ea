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
        int n = 0;
        for (int i = 0, length = line.length(); i < length; i++) {
            char c = line.charAt(i);
            if (c < 0x80) {
                b[n++] = (byte) c;
            } else if (c < 0x800) {
                b[n++] = (byte) (0xC0 | c >> 6);
                b[n++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                b[n++] = (byte) (0xE0 | c >> 12);
                b[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(line.charAt(i + 1))) {
                int p = Character.toCodePoint(c, line.charAt(++i));
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
