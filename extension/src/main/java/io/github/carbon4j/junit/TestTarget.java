package io.github.carbon4j.junit;

import io.github.carbon4j.Context;
import io.github.carbon4j.otel.OtelNames;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * What a test is, seen from its extension context: its carbon context, its method and a readable
 * name. Dynamic tests and template invocations have no method of their own; theirs is the factory's
 * or the template's. Pure functions of the context.
 */
final class TestTarget {

    private TestTarget() {}

    /** The method that declared the test (for a dynamic test, its {@code @TestFactory}). */
    static Optional<Method> method(ExtensionContext context) {
        for (Optional<ExtensionContext> c = Optional.of(context);
                c.isPresent();
                c = c.get().getParent()) {
            if (c.get().getTestMethod().isPresent()) {
                return c.get().getTestMethod();
            }
        }
        return Optional.empty();
    }

    /** The class of the test, or of a class-level context itself. */
    static Optional<Class<?>> testClass(ExtensionContext context) {
        for (Optional<ExtensionContext> c = Optional.of(context);
                c.isPresent();
                c = c.get().getParent()) {
            if (c.get().getTestClass().isPresent()) {
                return c.get().getTestClass();
            }
        }
        return Optional.empty();
    }

    /**
     * {@code test.class} and {@code test.method} of tests of this method and class, for exporters; either
     * left out when unknown. Immutable, so the logger keeps it as it is rather than copying it.
     */
    static Map<String, String> attributes(Optional<Method> method, Optional<Class<?>> testClass) {
        if (testClass.isPresent() && method.isPresent()) {
            return Map.of(
                    OtelNames.TEST_CLASS,
                    testClass.get().getName(),
                    OtelNames.TEST_METHOD,
                    method.get().getName());
        } else if (testClass.isPresent()) {
            return Map.of(OtelNames.TEST_CLASS, testClass.get().getName());
        }
        return method.isPresent() ? Map.of(OtelNames.TEST_METHOD, method.get().getName()) : Map.of();
    }

    /** A class container (not a method, template or dynamic container): where class budgets apply. */
    static boolean isClassContext(ExtensionContext context) {
        return context.getTestClass().isPresent() && context.getTestMethod().isEmpty();
    }

    /** A {@code @TestFactory} method: its dynamic tests are measured, not the factory around them. */
    static boolean isFactory(Method method) {
        return AnnotationSupport.isAnnotated(method, TestFactory.class);
    }

    /**
     * The context of the class's tests without a {@link TrackCarbon#context()} of their method's: the
     * class's or an enclosing class's, else the class's simple name, after its outer class's for a
     * {@code @Nested} class ({@code Outer.Inner}), else {@code tests}.
     */
    static Context classContext(Optional<Class<?>> testClass) {
        String named = null;
        for (Class<?> c = testClass.orElse(null); named == null && c != null; c = c.getEnclosingClass()) {
            named = namedContext(c);
        }
        if (named == null) {
            named = testClass.isPresent() ? simpleName(testClass.get()) : "tests";
        }
        return Context.of(named);
    }

    /** e.g. {@code warmCache() repetition 2 of 3}: the test's display name after its parents' up to the class. */
    static String label(ExtensionContext context) {
        String label = context.getDisplayName();
        for (Optional<ExtensionContext> p = context.getParent();
                p.isPresent() && !isClassContext(p.get()) && p.get().getParent().isPresent();
                p = p.get().getParent()) {
            label = p.get().getDisplayName() + " " + label;
        }
        return label; // a plain test's own display name, not a copy
    }

    /** The element's {@link TrackCarbon#context()}, or null where it has none or a blank one. */
    static String namedContext(java.lang.reflect.AnnotatedElement element) {
        Optional<TrackCarbon> track = AnnotationSupport.findAnnotation(element, TrackCarbon.class);
        return track.isPresent() && !track.get().context().isBlank()
                ? track.get().context()
                : null;
    }

    private static String simpleName(Class<?> type) {
        String name = type.getSimpleName().isEmpty() ? type.getName() : type.getSimpleName();
        // Only inner (@Nested) classes carry their outer class's name; static nested ones are top-level tests.
        boolean inner = type.getEnclosingClass() != null && !java.lang.reflect.Modifier.isStatic(type.getModifiers());
        return inner ? simpleName(type.getEnclosingClass()) + "." + name : name;
    }
}
