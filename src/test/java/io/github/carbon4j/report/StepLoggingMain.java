package io.github.carbon4j.report;

import io.github.carbon4j.CarbonConfig;
import io.github.carbon4j.CarbonIntensity;
import io.github.carbon4j.CarbonLogger;
import io.github.carbon4j.Clock;
import io.github.carbon4j.Component;
import io.github.carbon4j.Context;
import io.github.carbon4j.Power;
import io.github.carbon4j.meter.EnergyMeters;
import io.github.carbon4j.meter.Meters;
import java.nio.file.Path;

/**
 * A child JVM for the crash and concurrency tests: logs steps into a directory, printing
 * {@code logged N} after each, then closes and prints {@code closed}.
 * Arguments: directory, number of steps (-1: until killed), pause between steps in ms, and the
 * epoch millisecond to start at (so several children start together).
 */
public final class StepLoggingMain {

    private StepLoggingMain() {}

    public static void main(String[] args) throws InterruptedException {
        Path directory = Path.of(args[0]);
        long steps = Long.parseLong(args[1]);
        long pause = Long.parseLong(args[2]);
        long startAt = Long.parseLong(args[3]);
        CarbonConfig config = CarbonConfig.builder()
                .experiment("child")
                .outputDirectory(directory)
                .carbonIntensity(CarbonIntensity.ofGramsPerKilowattHour(100))
                .build();
        Meters meters = new Meters(
                EnergyMeters.fixed(Component.CPU, Power.ofWatts(30), Clock.SYSTEM),
                EnergyMeters.none(Component.GPU),
                EnergyMeters.fixed(Component.RAM, Power.ofWatts(3), Clock.SYSTEM));
        while (System.currentTimeMillis() < startAt) {
            Thread.sleep(1);
        }
        try (CarbonLogger logger = CarbonLogger.start(config, meters)) {
            for (long i = 0; steps < 0 || i < steps; i++) {
                logger.logCarbonMetrics(Context.of(i % 3 == 0 ? "child.Eval" : "child.Train"));
                System.out.println("logged " + i);
                System.out.flush();
                if (pause > 0) {
                    Thread.sleep(pause);
                }
            }
        }
        System.out.println("closed");
    }
}
