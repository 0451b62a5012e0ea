package io.github.carbon4j.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The steps file's UTF-8 is the JDK's, byte for byte, unpaired surrogates included. */
class Utf8Tests {

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
            byte[] out = new byte[s.length() * 3];
            int n = Utf8.encode(new StringBuilder(s), out);
            assertThat(Arrays.copyOf(out, n))
                    .as("%s", s.chars().mapToObj(Integer::toHexString).toList())
                    .isEqualTo(s.getBytes(StandardCharsets.UTF_8));
        }
    }
}
