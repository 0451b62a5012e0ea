package io.github.carbon4j.meter;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.carbon4j.MockClock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ProcessCpuTimeTests {

    private static final long MS = 1_000_000;
    private final MockClock clock = new MockClock();

    @Test
    void aBusyThreadIsCountedExactlyInIntervalsFarShorterThanATick() {
        FakeCpu cpu = new FakeCpu().inTicks().run(0, 0, 35 * MS);
        ProcessCpuTime time = new ProcessCpuTime(cpu::processNanos, cpu, clock, () -> {});
        long previous = time.nanos();
        int zeros = 0;
        long first = previous;
        for (int i = 0; i < 2_000; i++) {
            clock.add(100, TimeUnit.MICROSECONDS);
            cpu.run(0, 0, 100_000);
            long now = time.nanos();
            zeros += now == previous ? 1 : 0;
            previous = now;
        }
        // 200 ms of CPU in 100 µs steps: no step sees nothing, and the sum is within the kernel's two ticks.
        assertThat(zeros).isZero();
        assertThat(previous - first).isBetween(200 * MS - 20 * MS, 200 * MS + 20 * MS);
        assertThat(previous).isBetween(cpu.exactProcessNanos() - 20 * MS, cpu.exactProcessNanos());
    }

    @Test
    void timeNoThreadClockShowsArrivesWithTheKernelsFigure() {
        FakeCpu cpu = new FakeCpu().inTicks();
        ProcessCpuTime time = new ProcessCpuTime(cpu::processNanos, cpu, clock, () -> {});
        for (int i = 0; i < 100; i++) {
            clock.add(1, TimeUnit.MILLISECONDS);
            cpu.run(0, 0, MS / 2).runUntracked(MS / 2);
            time.nanos();
        }
        // 100 ms of CPU, half of it on threads without a clock: the estimate never leaves the kernel's bounds.
        assertThat(time.nanos())
                .isBetween(cpu.processNanos(), cpu.processNanos() + ProcessCpuTime.SLACK_NANOS)
                .isBetween(80 * MS, 100 * MS);
    }

    @Test
    void neverDecreasesAndWithoutThreadClocksFollowsTheKernel() {
        FakeCpu cpu = new FakeCpu().inTicks();
        ProcessCpuTime time = new ProcessCpuTime(cpu::processNanos, Platform.NO_THREADS, clock, () -> {});
        long previous = time.nanos();
        for (int i = 0; i < 50; i++) {
            clock.add(3, TimeUnit.MILLISECONDS);
            cpu.runUntracked(3 * MS);
            long now = time.nanos();
            assertThat(now).isGreaterThanOrEqualTo(previous).isGreaterThanOrEqualTo(cpu.processNanos());
            previous = now;
        }
        assertThat(previous).isEqualTo(cpu.processNanos());
    }

    @Test
    void threadsThatStartAreCountedAndThreadsThatEndTakeNothingBack() {
        Threads threads = new Threads();
        threads.set(1, 0);
        long[] kernel = {0};
        ProcessCpuTime time = new ProcessCpuTime(() -> kernel[0], threads, clock, () -> {});
        clock.add(20, TimeUnit.MILLISECONDS);
        threads.set(1, 5 * MS);
        threads.set(2, 7 * MS);
        kernel[0] = 10 * MS;
        assertThat(time.nanos()).isEqualTo(12 * MS);
        clock.add(1, TimeUnit.MILLISECONDS);
        threads.end(2);
        threads.set(1, 6 * MS);
        assertThat(time.nanos()).isEqualTo(13 * MS);
        clock.add(20, TimeUnit.MILLISECONDS);
        threads.set(1, 8 * MS);
        kernel[0] = 20 * MS;
        // Thread 2 ran 3 ms more before it ended; the kernel's figure brings the estimate up to 20 ms.
        assertThat(time.nanos()).isEqualTo(20 * MS);
    }

    @Test
    void onlyTheBusyThreadsAreReadBetweenScans() {
        Threads threads = new Threads();
        for (long id = 1; id <= 20; id++) {
            threads.set(id, MS);
        }
        ProcessCpuTime time = new ProcessCpuTime(() -> -1, threads, clock, () -> {});
        clock.add(10, TimeUnit.MILLISECONDS);
        threads.set(3, 2 * MS);
        time.nanos();
        threads.read.clear();
        for (int i = 0; i < 5; i++) {
            clock.add(1, TimeUnit.MILLISECONDS);
            time.nanos();
        }
        assertThat(threads.read).hasSize(5).allSatisfy(ids -> assertThat(ids).containsExactly(3L, 99L));
    }

    @Test
    void theCallingThreadIsCountedFromItsFirstCallEvenIfItWasIdleAtTheScan() {
        Threads threads = new Threads();
        threads.set(1, MS);
        threads.caller = 1;
        ProcessCpuTime time = new ProcessCpuTime(() -> -1, threads, clock, () -> {});
        clock.add(1, TimeUnit.MILLISECONDS);
        long before = time.nanos();
        clock.add(1, TimeUnit.MILLISECONDS);
        threads.set(1, MS + 100_000);
        assertThat(time.nanos() - before).isEqualTo(100_000);
    }

    @Test
    void aCallSoonAfterAReadingChargesTheCallerItsWallTimeWithoutReadingAClock() {
        Threads threads = new Threads();
        threads.caller = 1;
        threads.set(1, 0);
        ProcessCpuTime time = new ProcessCpuTime(() -> -1, threads, clock, () -> {});
        clock.add(1, TimeUnit.MILLISECONDS);
        threads.set(1, MS / 2);
        long before = time.nanos();
        threads.read.clear();
        clock.add(3, TimeUnit.MICROSECONDS);
        threads.set(1, MS / 2 + 1_000);
        assertThat(time.nanos() - before).isEqualTo(3_000);
        assertThat(threads.read).isEmpty();
        clock.add(ProcessCpuTime.REREAD_NANOS, TimeUnit.NANOSECONDS);
        threads.set(1, MS / 2 + 2_000);
        // Read again: 2 µs ran, 3 µs were charged, and the excess is taken back from what follows.
        assertThat(time.nanos() - before).isEqualTo(3_000);
        assertThat(threads.read).hasSize(1);
        clock.add(100, TimeUnit.MICROSECONDS);
        threads.set(1, MS / 2 + 52_000);
        assertThat(time.nanos() - before).isEqualTo(52_000);
    }

    @Test
    void veryShortStepsAreChargedAtMostTheirWallTimeAndSumToTheClockWithinTheRereadInterval() {
        Threads threads = new Threads();
        threads.caller = 1;
        threads.set(1, 0);
        ProcessCpuTime time = new ProcessCpuTime(() -> -1, threads, clock, () -> {});
        java.util.Random random = new java.util.Random(12);
        long thread = 0;
        long first = time.nanos();
        long previous = first;
        for (int i = 0; i < 20_000; i++) {
            long wall = 200 + random.nextInt(30_000);
            clock.add(wall, TimeUnit.NANOSECONDS);
            thread += (long) (wall * random.nextDouble());
            threads.set(1, thread);
            long now = time.nanos();
            assertThat(now - previous).isBetween(0L, wall);
            assertThat(now - first)
                    .isBetween(thread - ProcessCpuTime.REREAD_NANOS, thread + ProcessCpuTime.REREAD_NANOS);
            previous = now;
        }
        assertThat(threads.read.size()).isLessThan(20_000);
    }

    /** Threads whose CPU clocks a test sets. */
    private static final class Threads implements ProcessCpuTime.ThreadClocks {
        final Map<Long, Long> times = new HashMap<>();
        final List<List<Long>> read = new ArrayList<>();

        void set(long id, long nanos) {
            times.put(id, nanos);
        }

        long caller = 99;

        @Override
        public long currentId() {
            return caller;
        }

        void end(long id) {
            times.remove(id);
        }

        @Override
        public long[] ids() {
            return times.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        }

        @Override
        public void cpuNanos(long[] ids, long[] into) {
            List<Long> asked = new ArrayList<>();
            for (int i = 0; i < ids.length; i++) {
                into[i] = times.getOrDefault(ids[i], -1L);
                asked.add(ids[i]);
            }
            read.add(asked);
        }
    }
}
