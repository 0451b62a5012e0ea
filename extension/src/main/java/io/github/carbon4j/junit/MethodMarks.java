package io.github.carbon4j.junit;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.junit.jupiter.api.TestFactory;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Which of {@link TrackCarbon}, {@link CarbonBudget} and {@link TestFactory} a test method may carry,
 * directly or as a meta-annotation, from the types of its declared annotations, each type looked at once
 * per session. A method's annotations are searched (JUnit's search, a few KB and microseconds each) only
 * for a mark it has, not three times for every method of a suite that has none. Thread-safe.
 */
final class MethodMarks {

    static final int TRACK = 1;
    static final int BUDGET = 2;
    static final int FACTORY = 4;

    private final ConcurrentMap<Class<? extends Annotation>, Integer> types = new ConcurrentHashMap<>();

    /**
     * The marks of the method: {@link #TRACK}, {@link #BUDGET}, {@link #FACTORY} or'ed. A method
     * without one has none of that annotation, as {@link AnnotationSupport#findAnnotation} finds it on a
     * method: directly present or meta-present on an annotation declared on the method.
     */
    int of(Method method) {
        int marks = 0;
        for (Annotation annotation : method.getDeclaredAnnotations()) {
            marks |= of(annotation.annotationType());
        }
        return marks;
    }

    private int of(Class<? extends Annotation> type) {
        Integer marks = types.get(type);
        if (marks == null) {
            marks = mark(type, TrackCarbon.class, TRACK)
                    | mark(type, CarbonBudget.class, BUDGET)
                    | mark(type, TestFactory.class, FACTORY);
            types.putIfAbsent(type, marks);
        }
        return marks;
    }

    private static int mark(Class<? extends Annotation> type, Class<? extends Annotation> wanted, int mark) {
        return type == wanted || AnnotationSupport.isAnnotated(type, wanted) ? mark : 0;
    }
}
