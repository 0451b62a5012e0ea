package io.github.carbon4j.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs {@link BudgetTestCases} through the JUnit launcher in a JVM of its own, so that the test of
 * {@code GITHUB_STEP_SUMMARY} can set that variable, as CI does, for the whole run.
 */
public final class StepSummaryLauncherMain {

    private StepSummaryLauncherMain() {}

    public static void main(String[] args) {
        Map<String, String> parameters = new HashMap<>(CarbonTestKit.FIXED);
        parameters.put("carbon4j.budget.test.energy", "300 J");
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(BudgetTestCases.class))
                .configurationParameters(parameters)
                .build();
        // The session's store closes with it, which ends the carbon4j run and writes its summary.
        try (LauncherSession session = LauncherFactory.openSession()) {
            session.getLauncher().execute(request);
        }
    }

    @TrackCarbon
    public static class BudgetTestCases {
        @Test
        void quick() {}

        @Test
        void slow() {
            CarbonTestKit.sleep(400);
        }
    }
}
