package io.github.carbon4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Run ids in the form {@link UUID#randomUUID()} gives them, and never the same twice. */
class RandomIdsTests {

    @Test
    void versionFourUuidsInTheirUsualText() {
        String id = RandomIds.uuid();
        UUID parsed = UUID.fromString(id);
        assertThat(parsed.version()).isEqualTo(4);
        assertThat(parsed.variant()).isEqualTo(2);
        assertThat(parsed.toString()).isEqualTo(id);
        assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    }

    @Test
    void noRepeatsAcrossThreads() throws InterruptedException {
        Set<String> ids = java.util.concurrent.ConcurrentHashMap.newKeySet();
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 50_000; i++) {
                    ids.add(RandomIds.uuid());
                }
            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(ids).hasSize(200_000);
        Set<Character> firstDigits = new HashSet<>();
        ids.forEach(id -> firstDigits.add(id.charAt(0)));
        assertThat(firstDigits).as("the ids spread over all hex digits").hasSize(16);
    }
}
