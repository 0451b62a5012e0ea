package io.github.carbon4j;

/**
 * A whole program that starts a logger configured by its system properties, logs two steps and closes
 * it: the first step opens the reports, the second takes the path every later step takes.
 */
public final class TwoStepsMain {

    private TwoStepsMain() {}

    public static void main(String[] args) {
        try (CarbonLogger logger = CarbonLogger.start()) {
            logger.logCarbonMetrics(Context.TRAINING, 0);
            logger.logCarbonMetrics(Context.TRAINING, 1);
        }
    }
}
