package io.github.carbon4j.meter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChannelKernelFileTests {

    @TempDir
    Path temp;

    @Test
    void readsTheCurrentContentEachTime() throws Exception {
        Path file = Files.writeString(temp.resolve("energy_uj"), "100\n");
        try (KernelFiles.KernelFile open = KernelFiles.SYSTEM.open(file)) {
            assertThat(open.read().toString()).isEqualTo("100\n");
            Files.writeString(file, "2\n");
            assertThat(open.read().toString()).isEqualTo("2\n");
            assertThat(open.read()).hasSize(2);
            assertThat(open.path()).isEqualTo(file);
        }
    }

    @Test
    void eachByteIsOneCharacterAsTheKernelsAsciiTextIs() throws Exception {
        Path file = Files.write(temp.resolve("name"), new byte[] {'A', (byte) 0xc3, (byte) 0xa9, '\n'});
        try (KernelFiles.KernelFile open = KernelFiles.SYSTEM.open(file)) {
            CharSequence text = open.read();
            assertThat(text.toString()).isEqualTo("A\u00c3\u00a9\n");
            assertThat(text.charAt(1)).isEqualTo('\u00c3');
            assertThat(text.subSequence(1, 3).toString()).isEqualTo("\u00c3\u00a9");
            assertThatExceptionOfType(IndexOutOfBoundsException.class).isThrownBy(() -> text.charAt(4));
        }
    }

    @Test
    void readsFilesLargerThanItsFirstBuffer() throws Exception {
        String big = "x".repeat(10_000) + "\n";
        Path file = Files.writeString(temp.resolve("stat"), big);
        try (KernelFiles.KernelFile open = KernelFiles.SYSTEM.open(file)) {
            assertThat(open.read().toString()).isEqualTo(big);
        }
    }

    @Test
    void readsAllOfAFileLargerThanItsFirstBuffer() throws Exception {
        String big = "y".repeat(20_000) + "\n";
        Path file = Files.writeString(temp.resolve("cpuinfo"), big);
        try (KernelFiles.KernelFile open = KernelFiles.SYSTEM.open(file)) {
            assertThat(open.readAll().toString()).isEqualTo(big);
            assertThat(open.read().toString()).isEqualTo(big);
        }
    }

    @Test
    void readsAllOfASeqFileThatOneReadReturnsOnlyInPart() throws Exception {
        // A JVM maps far more than a page of /proc/self/maps lines; one read stops after the first page.
        Path maps = Path.of("/proc/self/maps");
        if (!Files.isReadable(maps)) {
            return; // not Linux
        }
        try (KernelFiles.KernelFile open = KernelFiles.SYSTEM.open(maps)) {
            int first = open.read().length();
            String all = open.readAll().toString();
            assertThat(all.length()).isGreaterThan(first);
            assertThat(all).endsWith("\n").contains("[stack]");
        }
    }

    @Test
    void missingFilesFailToOpen() {
        assertThatExceptionOfType(NoSuchFileException.class)
                .isThrownBy(() -> KernelFiles.SYSTEM.open(temp.resolve("missing")));
    }

    @Test
    void theRealProcStatParses() throws Exception {
        Path stat = Path.of("/proc/stat");
        if (!Files.isReadable(stat)) {
            // Not Linux: there is no /proc to read, and nothing of this class is used there.
            assertThatExceptionOfType(Exception.class).isThrownBy(() -> KernelFiles.SYSTEM.open(stat));
            return;
        }
        try (KernelFiles.KernelFile open = KernelFiles.SYSTEM.open(stat)) {
            long[] first = KernelText.parseProcStatCpu(open.read(), new long[2]);
            long[] again = KernelText.parseProcStatCpu(open.read(), new long[2]);
            assertThat(again[1]).isGreaterThanOrEqualTo(first[1]).isGreaterThan(0);
        }
    }

    @Test
    void deniedFilesFailWithAccessDenied() {
        assertThatExceptionOfType(AccessDeniedException.class)
                .isThrownBy(() -> FakePowercap.energyDenied().open(temp.resolve("energy_uj")));
    }
}
