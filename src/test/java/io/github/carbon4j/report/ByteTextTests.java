package io.github.carbon4j.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The steps file's UTF-8 is the JDK's, byte for byte, unpaired surrogates included; numbers as Long.toString. */
class ByteTextTests {

    @Test
    void encodesAsStringGetBytesDoes() {
        SplittableRandom random = new SplittableRandom(8);
        char[] interesting = {
            'a', ',', '\0', '\u00e9', '\u00d7', '\u07ff', '\u0800', '\uffff', '\ud83d', '\ude00', '\udbff'
        };
        for (int i = 0; i < 20_000; i++) {
            char[] text = new char[random.nextInt(0, 12)];
            for (int j = 0; j < text.length; j++) {
                text[j] = random.nextBoolean()
                        ? interesting[random.nextInt(interesting.length)]
                        : (char) random.nextInt(0, 0x10000);
            }
            String s = new String(text);
            ByteText out = new ByteText(1).ascii('x');
            out.append(s);
            assertThat(Arrays.copyOfRange(out.array(), 1, out.length()))
                    .as("%s", s.chars().mapToObj(Integer::toHexString).toList())
                    .isEqualTo(s.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void aRangeCutInsideASurrogatePairWritesAQuestionMarkAsTheJdkDoes() {
        String s = "a\ud83d\ude00b";
        assertThat(new ByteText(4).append(s, 0, 2).toString()).isEqualTo("a?");
        assertThat(new ByteText(4).append(s, 2, 4).toString()).isEqualTo("?b");
        assertThat(new ByteText(4).append(s, 1, 3).toString()).isEqualTo("\ud83d\ude00");
    }

    @Test
    void numbersAsLongToStringAndDigitsWithLeadingZeros() {
        SplittableRandom random = new SplittableRandom(9);
        long[] edges = {0, 9, 10, 99, 100, -1, -10, Long.MAX_VALUE, Long.MIN_VALUE, 999_999_999_999_999_999L};
        for (long v : edges) {
            assertThat(new ByteText(1).append(v).toString()).isEqualTo(Long.toString(v));
        }
        for (long p = 1; p > 0 && p <= Long.MAX_VALUE / 10; p *= 10) { // each width's first and last number
            for (long v : new long[] {p, p - 1, 10 * p - 1}) {
                assertThat(new ByteText(1).append(v).toString()).isEqualTo(Long.toString(v));
            }
        }
        for (int i = 0; i < 10_000; i++) {
            long v = random.nextLong() >> random.nextInt(64);
            assertThat(new ByteText(1).append(v).toString()).isEqualTo(Long.toString(v));
        }
        assertThat(new ByteText(1).digits(7, 3).toString()).isEqualTo("007");
        assertThat(new ByteText(1).digits(12_345_678_901L, 14).toString()).isEqualTo("00012345678901");
        assertThat(new ByteText(1).digits(99_999_999_999_999_999L, 17).toString())
                .isEqualTo("99999999999999999");
        assertThat(new ByteText(1).digits(0, 1).toString()).isEqualTo("0");
    }
}
