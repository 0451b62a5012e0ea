package io.github.carbon4j.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * What a Surefire fork does for one test class: opens a launcher session, runs {@link PlainTestCases}
 * (no carbon4j annotation) and closes the session; with the argument {@code with}, carbon4j's extension
 * is autodetected, as a project that adds carbon4j-junit to its tests has it; with a second argument
 * {@code cold}, the session registers no listener from the class path, so {@link StartWarmup} does not
 * run. For class-loading checks in a fresh JVM.
 */
public final class ForkLauncherMain {

    private ForkLauncherMain() {}

    public static void main(String[] args) {
        boolean with = args.length > 0 && args[0].equals("with");
        boolean cold = args.length > 1 && args[1].equals("cold");
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(PlainTestCases.class))
                .configurationParameters(
                        Map.of("junit.jupiter.extensions.autodetection.enabled", Boolean.toString(with)))
                .build();
        LauncherConfig config = LauncherConfig.builder()
                .enableLauncherSessionListenerAutoRegistration(!cold)
                .build();
        try (LauncherSession session = LauncherFactory.openSession(config)) {
            session.getLauncher().execute(request);
        }
    }

    /** Short tests of a plain project, carbon4j unaware. */
    public static class PlainTestCases {
        @Test
        void adds() {
            Assertions.assertEquals(4, 2 + 2);
        }

        @Test
        void concatenates() {
            Assertions.assertEquals("ab", "a" + "b");
        }

        @Test
        void compares() {
            Assertions.assertTrue("b".compareTo("a") > 0);
        }
    }
}
