package io.github.carbon4j.samples.gpu;

import io.github.carbon4j.CarbonConfig;
import io.github.carbon4j.CarbonLogger;
import io.github.carbon4j.CarbonMetrics;
import io.github.carbon4j.Component;
import io.github.carbon4j.ConfigSource;
import io.github.carbon4j.Context;
import java.time.Instant;
import java.util.Locale;

/**
 * Logs a few steps with carbon4j while something else loads the GPU, and prints the GPU energy of
 * the whole interval with the interval's wall-clock bounds, so that {@code tools/gpu-check.sh} can
 * set it against an independent reading of the NVML energy counter by {@code nvidia-smi}.
 *
 * <p>Arguments: seconds (default 25) and steps (default 5). Output lines {@code START_MS},
 * {@code END_MS} (epoch milliseconds) and {@code GPU_J} are for the script; the rest is for people.
 */
public final class GpuCheck {

    private GpuCheck() {}

    public static void main(String[] args) throws InterruptedException {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 25;
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        CarbonConfig config = CarbonConfig.builder()
                .experiment("gpu-check")
                .reports(false)
                .from(ConfigSource.standard())
                .build();
        Instant start = null;
        Instant end = null;
        double gpuJoules = 0;
        try (CarbonLogger logger = CarbonLogger.start(config)) {
            for (int step = 0; step < steps; step++) {
                Thread.sleep(Math.round(seconds * 1000 / steps));
                CarbonMetrics m = logger.logCarbonMetrics(Context.of("gpu-check"), step);
                start = start == null ? m.start() : start;
                end = m.end();
                gpuJoules += m.gpuEnergy().joules();
                System.out.printf(
                        Locale.ROOT,
                        "step %d: %.3f s, gpu %.1f J (%.1f W), total %.1f J%n",
                        step,
                        m.duration().toNanos() / 1e9,
                        m.gpuEnergy().joules(),
                        m.gpuPower().watts(),
                        m.energyConsumed().joules());
                if (step == steps - 1) {
                    System.out.println("gpu method: " + m.gpuMethod().describe(Component.GPU) + " ("
                            + m.gpuMethod().detail() + ")");
                }
            }
        }
        System.out.printf(
                Locale.ROOT,
                "START_MS %d%nEND_MS %d%nGPU_J %.3f%n",
                start.toEpochMilli(),
                end.toEpochMilli(),
                gpuJoules);
    }
}
