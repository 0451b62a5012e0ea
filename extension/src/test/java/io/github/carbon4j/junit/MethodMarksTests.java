package io.github.carbon4j.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.commons.support.AnnotationSupport;

/** A method's marks say exactly what JUnit's annotation search finds on it, directly or through meta-annotations. */
class MethodMarksTests {

    private static final Map<Class<? extends Annotation>, Integer> MARKS = Map.of(
            TrackCarbon.class, MethodMarks.TRACK,
            CarbonBudget.class, MethodMarks.BUDGET,
            TestFactory.class, MethodMarks.FACTORY);

    @Test
    void marksAgreeWithJUnitsSearch() {
        MethodMarks marks = new MethodMarks();
        int marked = 0;
        for (int round = 0; round < 2; round++) { // the second round from the types already looked at
            for (Method method : Methods.class.getDeclaredMethods()) {
                int of = marks.of(method);
                for (Map.Entry<Class<? extends Annotation>, Integer> mark : MARKS.entrySet()) {
                    boolean found = AnnotationSupport.findAnnotation(method, mark.getKey())
                            .isPresent();
                    assertThat((of & mark.getValue()) != 0)
                            .as("%s on %s", mark.getKey().getSimpleName(), method.getName())
                            .isEqualTo(found);
                    marked += found ? 1 : 0;
                }
            }
        }
        assertThat(marked).as("marks found, so the search above was not empty").isEqualTo(2 * 5);
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @TrackCarbon(context = "meta")
    @interface Tracked {}

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @Tracked // two levels down
    @CarbonBudget(energy = "1 J")
    @interface TrackedWithinBudget {}

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @TestFactory
    @interface Factory {}

    static class Methods {
        @Test
        @DisplayName("plain")
        void plain() {}

        @ParameterizedTest
        @ValueSource(ints = 1)
        void parameterized(int i) {}

        @RepeatedTest(2)
        @TrackCarbon
        void tracked() {}

        @Test
        @CarbonBudget(emissions = "1 g")
        void budgeted() {}

        @Test
        @TrackedWithinBudget
        void metaTrackedWithinBudget() {}

        @Factory
        Stream<DynamicTest> factory() {
            return Stream.empty();
        }

        @Deprecated
        void deprecated() {}

        void none() {}
    }
}
