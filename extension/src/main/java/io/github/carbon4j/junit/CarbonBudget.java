package io.github.carbon4j.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A limit on the emissions and energy of tests; implies {@link TrackCarbon}.
 *
 * <p>On a test method the test fails when its figure exceeds the budget, with a message such as
 * {@code carbon budget exceeded: 7.2 mgCO2eq > 5 mgCO2eq (61 J; cpu estimated by TDP model; ...)}. On
 * a {@code @TestFactory} method it bounds each dynamic test. On a class it bounds the total of all the
 * class's tests (nested classes included): the class fails after its last test. Figures are written as
 * people write them: emissions {@code "5 mg"}, {@code "0.5 g"}, {@code "1 kg"} (optionally with a
 * {@code CO2eq} suffix), energy {@code "50 J"}, {@code "1.5 kJ"}, {@code "2 Wh"}; {@code sci} bounds the
 * operational emissions plus the test's part of the machine's embodied emissions
 * ({@link io.github.carbon4j.CarbonMetrics#sci()}). An empty attribute
 * sets no limit; a malformed one fails with an
 * {@link org.junit.jupiter.api.extension.ExtensionConfigurationException} quoting it.
 *
 * @since 0.1
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@ExtendWith(CarbonExtension.class)
public @interface CarbonBudget {

    /** {@return the most emissions allowed, e.g. {@code "5 mg"}; empty for no limit} */
    String emissions() default "";

    /** {@return the most energy allowed (with PUE applied), e.g. {@code "50 J"}; empty for no limit} */
    String energy() default "";

    /**
     * The most SCI allowed: operational plus embodied emissions, e.g. {@code "10 mg"}; empty for no
     * limit.
     *
     * @return the SCI limit as written in {@link io.github.carbon4j.Emissions#parse}, or empty
     * @since 0.2
     *
     */
    String sci() default "";
}
