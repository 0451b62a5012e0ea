package io.github.carbon4j.meter;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.carbon4j.MockClock;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

class ThrottleTests {

    private final MockClock clock = new MockClock();

    @Test
    void ticksAreReadAtMostOncePerMillisecond() throws Exception {
        AtomicInteger reads = new AtomicInteger();
        CpuTimes.TickSource ticks = Throttle.ticks(busyAndTotal -> {
            int n = reads.incrementAndGet();
            busyAndTotal[0] = n * 10L;
            busyAndTotal[1] = n * 100L;
        }, clock);
        long[] out = new long[2];
        ticks.read(out);
        assertThat(out).containsExactly(10, 100);
        clock.add(999, TimeUnit.MICROSECONDS);
        ticks.read(out);
        assertThat(out).containsExactly(10, 100);
        assertThat(reads).hasValue(1);
        clock.add(1, TimeUnit.MICROSECONDS);
        ticks.read(out);
        assertThat(out).containsExactly(20, 200);
        assertThat(reads).hasValue(2);
    }

    @Test
    void figuresAreCachedForAMillisecondButUnknownOnesAreAskedAgain() {
        AtomicInteger reads = new AtomicInteger();
        long[] answers = {-1, 4096, 8192};
        LongSupplier figure = Throttle.figure(() -> answers[reads.getAndIncrement()], clock);
        assertThat(figure.getAsLong()).isEqualTo(-1);
        assertThat(figure.getAsLong()).isEqualTo(4096);
        clock.add(500, TimeUnit.MICROSECONDS);
        assertThat(figure.getAsLong()).isEqualTo(4096);
        assertThat(reads).hasValue(2);
        clock.add(1, TimeUnit.MILLISECONDS);
        assertThat(figure.getAsLong()).isEqualTo(8192);
    }
}
