package io.github.carbon4j.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Measures the energy and emissions of every test it applies to, each as one step of a carbon
 * context, with the carbon logger shared by the whole test run.
 *
 * <p>On a class every test of it (and of its {@code @Nested} classes and subclasses) is tracked; on
 * a method only that test. Usable as a meta-annotation. The context is the test class's simple name
 * ({@code Outer.Inner} for a {@code @Nested} class) unless {@link #context()} names one. The step is the
 * test's index within its context in the order tests start; every {@code @RepeatedTest} and
 * {@code @ParameterizedTest} invocation and every dynamic test is its own step. The measured interval
 * is the test method itself, after {@code @BeforeEach} methods and before {@code @AfterEach} ones.
 *
 * <p>With {@code junit.jupiter.extensions.autodetection.enabled=true} every test is tracked without
 * this annotation. Configuration comes from JUnit configuration parameters with the same
 * {@code carbon4j.*} keys as the core, then system properties, the environment and
 * {@code carbon4j.properties}. A missing sensor never fails a test: figures degrade to estimates and
 * the summary says how each component was measured.
 *
 * @since 0.1
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@ExtendWith(CarbonExtension.class)
public @interface TrackCarbon {

    /** {@return the context the tests are steps of; empty (the default) means the test class's simple name} */
    String context() default "";
}
