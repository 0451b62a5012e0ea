package io.github.carbon4j.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.ref.Reference;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** {@link Unmapper} unmaps at once where the JVM lets it quietly (before Java 24), as the process's own map shows. */
@EnabledOnOs(OS.LINUX)
class UnmapperTests {

    @TempDir
    Path directory;

    @Test
    void aBufferIsUnmappedAtOnceBeforeJava24AndLeftToTheCollectorFrom24() throws IOException {
        Path file = directory.resolve("mapped.bin");
        MappedByteBuffer buffer;
        try (FileChannel channel = FileChannel.open(
                file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.allocate(8192));
            buffer = channel.map(FileChannel.MapMode.READ_WRITE, 0, 8192);
        }
        buffer.put(0, (byte) 1);
        assertThat(mapped(file)).isTrue();

        Unmapper.unmap(buffer);

        boolean atOnce = Runtime.version().feature() < 24;
        assertThat(Unmapper.unmapsAtOnce()).isEqualTo(atOnce);
        assertThat(mapped(file)).isEqualTo(!atOnce);
        // From Java 24 the collector unmaps it once it is garbage: not before this line.
        Reference.reachabilityFence(buffer);
    }

    /** Whether this process maps the file (Linux's {@code /proc/self/maps} names each mapped file). */
    private static boolean mapped(Path file) throws IOException {
        String name = file.toRealPath().toString();
        return Files.readAllLines(Path.of("/proc/self/maps")).stream().anyMatch(line -> line.endsWith(name));
    }
}
