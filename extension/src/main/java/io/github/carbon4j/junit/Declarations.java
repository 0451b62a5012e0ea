package io.github.carbon4j.junit;

import io.github.carbon4j.Context;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * What test methods and classes declare (contexts, budgets, factories), each looked up once per
 * method and class rather than once per test invocation, and a method's annotations searched only for a
 * mark it has ({@link MethodMarks}). Lookups use get, then putIfAbsent: no function object per test
 * (computeIfAbsent would take a capturing one). Thread-safe.
 */
final class Declarations {

    private final ConcurrentMap<List<Object>, Target> targets = new ConcurrentHashMap<>();
    private final ConcurrentMap<Optional<Class<?>>, Context> classContexts = new ConcurrentHashMap<>();
    private final ConcurrentMap<AnnotatedElement, Optional<Budget>> budgets = new ConcurrentHashMap<>();
    private final ConcurrentMap<Method, Boolean> factories = new ConcurrentHashMap<>();
    private final MethodMarks marks = new MethodMarks();

    /**
     * The carbon context of tests of this method and class, with their attributes: the {@link TrackCarbon#context()} of the
     * method, else {@link TestTarget#classContext}. The method is searched only where one of its
     * annotations may carry {@code @TrackCarbon} ({@link MethodMarks}), and each class once.
     */
    Target target(Optional<Method> method, Optional<Class<?>> testClass) {
        List<Object> key = List.of(method, testClass);
        Target target = targets.get(key);
        if (target == null) {
            String named = method.isPresent() && (marks.of(method.get()) & MethodMarks.TRACK) != 0
                    ? TestTarget.namedContext(method.get())
                    : null;
            target = new Target(
                    named != null ? Context.of(named) : classContext(testClass),
                    TestTarget.attributes(method, testClass));
            Target raced = targets.putIfAbsent(key, target);
            target = raced != null ? raced : target;
        }
        return target;
    }

    /**
     * What tests of a method and class have in common: their carbon context and the attributes for exporters.
     *
     * @param context the carbon context
     * @param attributes {@code test.class} and {@code test.method} (see {@link TestTarget#attributes})
     */
    record Target(Context context, Map<String, String> attributes) {}

    private Context classContext(Optional<Class<?>> testClass) {
        Context context = classContexts.get(testClass);
        if (context == null) {
            context = TestTarget.classContext(testClass);
            classContexts.putIfAbsent(testClass, context);
        }
        return context;
    }

    /**
     * The budget declared on a method or class, parsed once.
     *
     * @throws org.junit.jupiter.api.extension.ExtensionConfigurationException for a malformed one, every time
     */
    Optional<Budget> budget(AnnotatedElement element) {
        Optional<Budget> budget = budgets.get(element);
        if (budget == null) {
            boolean unmarked = element instanceof Method m && (marks.of(m) & MethodMarks.BUDGET) == 0;
            budget = unmarked ? Optional.empty() : Budget.on(element); // throws before anything is kept
            budgets.putIfAbsent(element, budget);
        }
        return budget;
    }

    /** Whether the method is a {@code @TestFactory} (see {@link TestTarget#isFactory}). */
    boolean isFactory(Method method) {
        Boolean factory = factories.get(method);
        if (factory == null) {
            factory = (marks.of(method) & MethodMarks.FACTORY) != 0 && TestTarget.isFactory(method);
            factories.putIfAbsent(method, factory);
        }
        return factory;
    }
}
