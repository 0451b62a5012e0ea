package io.github.carbon4j.meter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.carbon4j.Component;
import io.github.carbon4j.Energy;
import io.github.carbon4j.MeasurementMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link EnergyMeter} promises. Each meter's test class extends this and supplies a fresh
 * meter over fakes, and a way to let time and counters move between two reads.
 */
public abstract class EnergyMeterContractTests {

    private final List<EnergyMeter> opened = new ArrayList<>();

    /** A fresh meter. */
    protected abstract EnergyMeter createMeter();

    /** The component the meter must report. */
    protected abstract Component expectedComponent();

    /** Lets the meter's time and counters move on, as they would between two reads. */
    protected abstract void advance();

    /** Whether {@link #advance()} makes the meter count energy (false for a meter that measures nothing). */
    protected boolean countsEnergy() {
        return true;
    }

    protected final EnergyMeter meter() {
        EnergyMeter meter = createMeter();
        opened.add(meter);
        return meter;
    }

    @AfterEach
    void closeMeters() {
        opened.forEach(EnergyMeter::close);
    }

    @Test
    void readingsNeverDecreaseAndAreUsableNumbers() {
        EnergyMeter meter = meter();
        Energy previous = meter.read();
        for (int i = 0; i < 20; i++) {
            if (i % 3 != 0) {
                advance();
            }
            Energy now = meter.read();
            assertThat(now.joules()).isFinite().isGreaterThanOrEqualTo(previous.joules());
            previous = now;
        }
    }

    @Test
    void countsEnergyWhenTimeAndCountersMove() {
        EnergyMeter meter = meter();
        Energy before = meter.read();
        advance();
        Energy after = meter.read();
        if (countsEnergy()) {
            assertThat(after).isGreaterThan(before);
        } else {
            assertThat(after).isEqualTo(before);
        }
    }

    @Test
    void readingTwiceWithoutTimePassingAddsNothing() {
        EnergyMeter meter = meter();
        advance();
        Energy first = meter.read();
        assertThat(meter.read()).isEqualTo(first);
    }

    @Test
    void saysWhatItMeasuresAndHow() {
        EnergyMeter meter = meter();
        assertThat(meter.component()).isEqualTo(expectedComponent());
        MeasurementMethod method = meter.method();
        assertThat(method).isNotNull();
        assertThat(method.name()).isNotBlank();
        assertThat(method.describe(meter.component()))
                .startsWith(expectedComponent().key() + " ");
        assertThat(method.isEstimate()).isEqualTo(method.kind() != MeasurementMethod.Kind.MEASURED);
    }

    @Test
    void concurrentReadersEachSeeMonotoneReadings() throws InterruptedException {
        EnergyMeter meter = meter();
        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                try {
                    go.await();
                    Energy previous = Energy.ZERO;
                    for (int i = 0; i < 200; i++) {
                        Energy now = meter.read();
                        if (now.compareTo(previous) < 0) {
                            problems.add(now + " after " + previous);
                        }
                        previous = now;
                    }
                } catch (RuntimeException | InterruptedException e) {
                    problems.add(e.toString());
                }
            });
            thread.start();
            threads.add(thread);
        }
        go.countDown();
        for (int i = 0; i < 50; i++) {
            synchronized (this) {
                advance();
            }
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void closesWithoutError() {
        EnergyMeter meter = createMeter();
        meter.read();
        assertThatCode(meter::close).doesNotThrowAnyException();
    }
}
