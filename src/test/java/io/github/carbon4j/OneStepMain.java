package io.github.carbon4j;

/** A whole program that starts a logger configured by its system properties, logs one step and closes it. */
public final class OneStepMain {

    private OneStepMain() {}

    public static void main(String[] args) {
        try (CarbonLogger logger = CarbonLogger.start()) {
            logger.logCarbonMetrics(Context.TRAINING, 0);
        }
    }
}
