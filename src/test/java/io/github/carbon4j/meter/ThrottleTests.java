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

    @Test
    void theIntervalCanBeLonger() {
        AtomicInteger reads = new AtomicInteger();
        LongSupplier figure = Throttle.figure(reads::incrementAndGet, clock, 100_000_000);
        assertThat(figure.getAsLong()).isEqualTo(1);
        clock.add(99, TimeUnit.MILLISECONDS);
        assertThat(figure.getAsLong()).isEqualTo(1);
        clock.add(1, TimeUnit.MILLISECONDS);
        assertThat(figure.getAsLong()).isEqualTo(2);
    }
}
