package io.github.carbon4j.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.platform.engine.TestEngine;

/**
 * Proves which JUnit runs this module's tests: the build runs them twice, on the 5.14 engine the
 * module is compiled against and on the 6.x engine (the {@code junit6} Surefire execution).
 */
class JUnitVersionTests {

    @Test
    @EnabledIfSystemProperty(named = "carbon4j.test.junit-major", matches = "\\d+")
    void runsOnTheExpectedJupiterEngine() {
        String expected = System.getProperty("carbon4j.test.junit-major");
        TestEngine jupiter = ServiceLoader.load(TestEngine.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(engine -> engine.getId().equals("junit-jupiter"))
                .findFirst()
                .orElseThrow();

        assertThat(jupiter.getVersion()).hasValueSatisfying(v -> assertThat(v).startsWith(expected + "."));
    }
}
