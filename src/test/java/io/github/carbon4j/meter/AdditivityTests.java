package io.github.carbon4j.meter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.carbon4j.CarbonConfig;
import io.github.carbon4j.CarbonLogger;
import io.github.carbon4j.CarbonMetrics;
import io.github.carbon4j.Component;
import io.github.carbon4j.Context;
import io.github.carbon4j.MockClock;
import io.github.carbon4j.Power;
import io.github.carbon4j.Scope;
import io.github.carbon4j.internal.Notices;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same work costs the same whether it is logged as one step or as many short ones, with every kind
 * of CPU meter in both scopes. The machine is simulated the way Linux reports it: four logical CPUs,
 * this JVM keeping one busy and a neighbour another, the kernel's CPU figures in whole 10 ms ticks,
 * RAPL's counter moving once a millisecond (10 W idle plus 20 W per busy CPU).
 */
class AdditivityTests {

    private final Notices notices = new Notices();

    private static final long SIMULATED_NANOS = 1_000_000_000L;
    private static final long TICK_NANOS = 100_000;
    /**
     * Until a hardware counter first moves (about a millisecond for RAPL) its power is unknown, and a
     * shorter step can read 0 J; the README says so.
     */
    private static final long FIRST_UPDATE_NANOS = 1_000_000;

    private static final long[] STEP_NANOS = {10_000_000, 1_000_000, 100_000};

    @TempDir
    Path temp;

    enum Kind {
        FIXED,
        TDP,
        RAPL
    }

    static java.util.stream.Stream<Arguments> meters() {
        return java.util.stream.Stream.of(Kind.values())
                .flatMap(kind -> java.util.stream.Stream.of(Scope.values()).map(scope -> Arguments.of(kind, scope)));
    }

    @ParameterizedTest(name = "{0} in {1} scope")
    @MethodSource("meters")
    void theSameWorkCostsTheSameAsOneStepOrAsStepsOf10Ms1MsAnd100Us(Kind kind, Scope scope) {
        Result one = simulate(kind, scope, 0, "one");
        for (long step : STEP_NANOS) {
            Result many = simulate(kind, scope, step, "steps-" + step);
            double tolerance = scope == Scope.MACHINE ? 0.10 : 0.15;
            assertThat(many.joules)
                    .as("%s steps of %d ns against one step", kind, step)
                    .isCloseTo(one.joules, within(tolerance * one.joules));
            assertThat(many.zeroSteps).as("busy steps that read 0 J").isZero();
        }
    }

    private Result simulate(Kind kind, Scope scope, long stepNanos, String name) {
        MockClock clock = new MockClock();
        FakeCpu cpu = new FakeCpu().inTicks();
        HardwareInfo hardware = new HardwareInfo(
                Optional.of("Intel(R) Xeon(R) Gold 6248 CPU @ 2.50GHz"), 1, 4, 16L << 30, 4096, "amd64");
        FakePowercap rapl = kind == Kind.RAPL ? FakePowercap.copy("one-socket", temp.resolve(name)) : null;
        long[] microjoules = {0};
        // The counter lives in memory, not in the tree's file: a test that writes a file every millisecond is slow.
        KernelFiles files = path -> !path.endsWith("energy_uj")
                ? KernelFiles.SYSTEM.open(path)
                : new KernelFiles.KernelFile() {
                    @Override
                    public CharSequence read() {
                        return Long.toString(microjoules[0]);
                    }

                    @Override
                    public Path path() {
                        return path;
                    }

                    @Override
                    public void close() {}
                };
        Platform platform = new Platform(
                files,
                temp.resolve("no-proc"),
                () -> hardware,
                cpu::processNanos,
                cpu,
                () -> cpu,
                () -> () -> 1L << 30);
        CarbonConfig.Builder builder = CarbonConfig.builder()
                .clock(clock)
                .scope(scope)
                .reports(false)
                .powercapRoot(rapl != null ? rapl.root() : temp.resolve("no-powercap"));
        if (kind == Kind.FIXED) {
            builder.cpuPower(Power.ofWatts(100));
        }
        CarbonConfig config = builder.build();
        Detection detection = detection(config, platform);
        Result result = new Result();
        try (CarbonLogger logger = CarbonLogger.start(
                config,
                new Meters(detection.cpu(), EnergyMeters.none(Component.GPU), EnergyMeters.none(Component.RAM)))) {
            long sinceStep = 0;
            for (long t = 0; t < SIMULATED_NANOS; t += TICK_NANOS) {
                clock.add(TICK_NANOS, TimeUnit.NANOSECONDS);
                cpu.run(2 * TICK_NANOS, 2 * TICK_NANOS, TICK_NANOS);
                if ((t / TICK_NANOS) % 10 == 9) {
                    microjoules[0] += 50 * 1_000; // 50 W for 1 ms
                }
                sinceStep += TICK_NANOS;
                if (stepNanos > 0 && sinceStep >= stepNanos) {
                    result.add(logger.logCarbonMetrics(Context.of("work")), t >= FIRST_UPDATE_NANOS);
                    sinceStep = 0;
                }
            }
            if (stepNanos == 0 || sinceStep > 0) {
                result.add(logger.logCarbonMetrics(Context.of("work")), true);
            }
        }
        return result;
    }

    private static final class Result {
        double joules;
        int zeroSteps;

        void add(CarbonMetrics step, boolean powerKnown) {
            double cpu = step.energy(Component.CPU).joules();
            joules += cpu;
            zeroSteps += cpu == 0 && powerKnown ? 1 : 0;
        }
    }

    /** Detection with the meters' settings of the configuration, reporting to this test's own notices. */
    private Detection detection(CarbonConfig config, Platform platform) {
        return new Detection(config.meterSettings(), platform, notices);
    }
}
