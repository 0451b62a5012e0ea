package io.github.carbon4j.junit;

import io.github.carbon4j.CarbonLogger;
import io.github.carbon4j.CarbonMetrics;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.DynamicTestInvocationContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ExtensionContext.StoreScope;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.opentest4j.AssertionFailedError;

/**
 * The extension behind {@link TrackCarbon} and {@link CarbonBudget}: measures each test method (and
 * each dynamic test) as one step of its context, publishes the figures as a report entry, enforces
 * budgets and resolves {@link CarbonRecorder} parameters.
 *
 * <p>Public only because {@link java.util.ServiceLoader} autodetection
 * ({@code junit.jupiter.extensions.autodetection.enabled=true}) needs a public class with a public
 * constructor; register it with {@link TrackCarbon}. Stateless and thread-safe: per-test state lives
 * in the test's store, the logger in the launcher session's store.
 *
 * @since 0.1
 */
public final class CarbonExtension
        implements BeforeAllCallback,
                AfterAllCallback,
                BeforeTestExecutionCallback,
                AfterTestExecutionCallback,
                InvocationInterceptor,
                ParameterResolver {

    private static final Namespace NAMESPACE = Namespace.create(CarbonExtension.class);

    /** For {@link TrackCarbon} and autodetection; holds no state. */
    public CarbonExtension() {}

    @Override
    public void beforeAll(ExtensionContext context) {
        CarbonSession session = session(context);
        // Parse the class budget now, so a malformed one fails the class before its tests run.
        Optional<Class<?>> testClass = context.getTestClass();
        if (testClass.isPresent()) {
            session.budget(testClass.get());
        }
        // The attachment's class is loaded only where Open Test Reporting is on and the run writes reports.
        if (session.logger().config().reports()
                && Boolean.parseBoolean(context.getConfigurationParameter(PageAttachment.OPEN_TEST_REPORTING)
                        .orElse("false"))) {
            PageAttachment.register(context, session, NAMESPACE);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Optional<Class<?>> testClass = context.getTestClass();
        if (testClass.isEmpty()) {
            return;
        }
        CarbonSession session = session(context);
        Optional<Budget> budget = session.budget(testClass.get());
        if (budget.isEmpty()) {
            return;
        }
        ClassTotal total = context.getStore(NAMESPACE).get(classTotalKey(context), ClassTotal.class);
        if (total == null) {
            return;
        }
        Optional<CarbonMetrics> metrics = total.total();
        Optional<String> message = metrics.isEmpty()
                ? Optional.empty()
                : budget.get()
                        .violation(
                                metrics.get(),
                                "class total of " + total.tests() + (total.tests() == 1 ? " test: " : " tests: "));
        if (message.isPresent()) {
            session.exceeded(context.getDisplayName(), message.get());
            throw new AssertionFailedError(message.get());
        }
    }

    @Override
    public void beforeTestExecution(ExtensionContext context) {
        CarbonSession session = session(context);
        Optional<Method> method = context.getTestMethod();
        if (method.isEmpty() || !session.isFactory(method.get())) {
            start(session, context);
        }
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        finish(context); // a factory was not started, so there is nothing to finish
    }

    @Override
    public void interceptDynamicTest(
            Invocation<Void> invocation,
            DynamicTestInvocationContext invocationContext,
            ExtensionContext extensionContext)
            throws Throwable {
        start(session(extensionContext), extensionContext);
        try {
            invocation.proceed();
        } catch (Throwable failure) {
            try {
                finish(extensionContext);
            } catch (Throwable budget) {
                failure.addSuppressed(budget);
            }
            throw failure;
        }
        finish(extensionContext);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == CarbonRecorder.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        CarbonSession session = session(extensionContext);
        return new SessionRecorder(
                session, session.context(TestTarget.method(extensionContext), TestTarget.testClass(extensionContext)));
    }

    private void start(CarbonSession session, ExtensionContext test) {
        Optional<Method> method = TestTarget.method(test);
        // Parsed before the test runs, so a malformed budget fails it as a configuration error.
        Optional<Budget> own = method.isPresent() ? session.budget(method.get()) : Optional.empty();
        Optional<Budget> budget = own.isPresent() ? own : session.testBudget();
        String origin = own.isPresent() || budget.isEmpty() ? "" : "carbon4j.budget.test.*; ";
        Declarations.Target target = session.target(method, TestTarget.testClass(test));
        long step = session.nextStep(target.context());
        Optional<CarbonLogger.Span> span = session.begin();
        if (span.isPresent()) {
            test.getStore(NAMESPACE).put(Measurement.class, new Measurement(span.get(), target, step, budget, origin));
        }
    }

    private void finish(ExtensionContext test) {
        Measurement measurement = test.getStore(NAMESPACE).remove(Measurement.class, Measurement.class);
        if (measurement == null) {
            return;
        }
        CarbonSession session = session(test);
        // The unique id names the test from run to run; the step number follows the order tests start.
        String label = TestTarget.label(test);
        Optional<CarbonMetrics> measured = session.end(
                measurement.span(),
                measurement.target().context(),
                measurement.step(),
                test.getUniqueId(),
                label,
                measurement.target().attributes());
        if (measured.isEmpty()) {
            return;
        }
        CarbonMetrics metrics = measured.get();
        test.publishReportEntry(session.entry(metrics));
        session.recordTest(label, metrics);
        addToClassTotals(session, test, metrics);
        Optional<String> message = measurement.budget().isEmpty()
                ? Optional.empty()
                : measurement.budget().get().violation(metrics, measurement.origin());
        if (message.isPresent()) {
            session.exceeded(metrics.context() + " #" + metrics.step() + " " + label, message.get());
            throw new AssertionFailedError(message.get());
        }
    }

    /** Adds the test to the total of each enclosing class that has a budget. */
    private static void addToClassTotals(CarbonSession session, ExtensionContext test, CarbonMetrics metrics) {
        for (Optional<ExtensionContext> c = test.getParent();
                c.isPresent();
                c = c.get().getParent()) {
            if (TestTarget.isClassContext(c.get())
                    && session.budget(c.get().getRequiredTestClass()).isPresent()) {
                c.get()
                        .getStore(NAMESPACE)
                        .getOrComputeIfAbsent(classTotalKey(c.get()), k -> new ClassTotal(), ClassTotal.class)
                        .add(metrics);
            }
        }
    }

    private static CarbonSession session(ExtensionContext context) {
        ExtensionContext.Store store = context.getStore(StoreScope.LAUNCHER_SESSION, NAMESPACE);
        // Looked up before it is computed, so a test's callbacks create no function object.
        CarbonSession session = store.get(CarbonSession.class, CarbonSession.class);
        return session != null
                ? session
                : store.getOrComputeIfAbsent(
                        CarbonSession.class, k -> CarbonSession.open(context), CarbonSession.class);
    }

    // Keyed by class: a store also sees its parents' values, and a nested class must not add to its outer's twice.
    private static List<Object> classTotalKey(ExtensionContext classContext) {
        return List.of(ClassTotal.class, classContext.getRequiredTestClass());
    }

    /**
     * A test in flight: its open span, its context and attributes, the step it will be, its budget (its
     * method's, else the configured one) and, for the configured one, where it came from for the message.
     */
    private record Measurement(
            CarbonLogger.Span span, Declarations.Target target, long step, Optional<Budget> budget, String origin) {}
}
