package io.github.carbon4j.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Report tasks run at once, and the caller sees every failure once all have ended. */
class ConcurrentlyTests {

    @Test
    void theTasksRunAtTheSameTimeAndAllHaveEndedOnReturn() throws IOException {
        // Each waits for the other: run one after the other, the first would give up after ten seconds.
        CountDownLatch both = new CountDownLatch(2);
        AtomicBoolean metFirst = new AtomicBoolean();
        AtomicBoolean metSecond = new AtomicBoolean();
        Concurrently.run(List.of(() -> metFirst.set(meet(both)), () -> metSecond.set(meet(both))));
        assertThat(metFirst).isTrue();
        assertThat(metSecond).isTrue();
    }

    @Test
    void theFirstFailureInTaskOrderIsThrownWithTheOthersSuppressed() {
        AtomicBoolean ranOn = new AtomicBoolean();
        assertThatIOException()
                .isThrownBy(() -> Concurrently.run(List.of(
                        () -> ranOn.set(true),
                        () -> {
                            throw new UncheckedIOException(new IOException("disk full"));
                        },
                        () -> {
                            throw new IllegalStateException("bad summary");
                        })))
                .withMessage("disk full")
                .satisfies(e -> assertThat(e.getSuppressed())
                        .extracting(Throwable::getMessage)
                        .containsExactly("bad summary"));
        assertThat(ranOn)
                .as("a task beside a failing one still runs to its end")
                .isTrue();
        assertThatThrownBy(() -> Concurrently.run(List.of(() -> {}, () -> {
                    throw new OutOfMemoryError("page");
                })))
                .isInstanceOf(OutOfMemoryError.class);
    }

    @Test
    void anInterruptWhileWaitingIsKeptForTheCaller() throws IOException {
        CountDownLatch waiting = new CountDownLatch(1);
        try {
            Concurrently.run(List.of(
                    () -> {
                        Thread.currentThread().interrupt();
                        waiting.countDown();
                    },
                    () -> {
                        meet(waiting);
                        // Still running when the caller joins it with its flag set: join throws then, and the
                        // flag survives only if Concurrently sets it again (a thread that has ended is joined
                        // without looking at the flag, which would keep it whatever Concurrently did).
                        linger();
                    }));
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    private static void linger() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean meet(CountDownLatch latch) {
        latch.countDown();
        try {
            return latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
