package io.github.carbon4j.junit;

import io.github.carbon4j.CarbonLogger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.function.ThrowingConsumer;

/**
 * Attaches the run's {@code report.html} to the engine's test report when Open Test Reporting is on
 * ({@code junit.platform.reporting.open.xml.enabled=true}). The directory's own page is final only
 * when the launcher session closes, after every extension context; so the page is published from the
 * engine's context when its store closes, after that engine's last test and before the engine is
 * reported finished, written as it stands then: every test the engine ran. Lives in the engine
 * context's store, one per execution request.
 */
final class PageAttachment implements AutoCloseable {

    static final String FILE = "report.html";
    static final String OPEN_TEST_REPORTING = "junit.platform.reporting.open.xml.enabled";

    private final ExtensionContext engine;
    private final CarbonLogger logger;
    private final CarbonSession session;

    private PageAttachment(ExtensionContext engine, CarbonLogger logger, CarbonSession session) {
        this.engine = engine;
        this.logger = logger;
        this.session = session;
    }

    /** Once per engine run; the extension calls it where Open Test Reporting is on and the run writes reports. */
    static void register(ExtensionContext context, CarbonSession session, ExtensionContext.Namespace namespace) {
        CarbonLogger logger = session.logger();
        ExtensionContext engine = context.getRoot();
        engine.getStore(namespace)
                .getOrComputeIfAbsent(
                        PageAttachment.class, k -> new PageAttachment(engine, logger, session), PageAttachment.class);
    }

    @Override
    public void close() {
        try {
            publish(engine, logger::writePage);
        } catch (RuntimeException | LinkageError | OutOfMemoryError e) {
            // The tests passed or failed on their own; a page that cannot be attached must not fail the run.
            session.warn("junit.attach-page", "could not attach " + FILE + " to the test report: " + e);
        }
    }

    /**
     * Publishes through the media type of the JUnit at hand: {@code org.junit.jupiter.api.MediaType}
     * from 5.14, the extension package's before (deprecated in 5.14), each linked only when used.
     */
    private static void publish(ExtensionContext context, ThrowingConsumer<Path> writer) {
        if (Current.PRESENT) {
            Current.publish(context, writer);
        } else {
            Legacy.publish(context, writer);
        }
    }

    private static final class Current {
        static final boolean PRESENT = present("org.junit.jupiter.api.MediaType");

        static void publish(ExtensionContext context, ThrowingConsumer<Path> writer) {
            context.publishFile(
                    FILE, org.junit.jupiter.api.MediaType.create("text", "html", StandardCharsets.UTF_8), writer);
        }

        private static boolean present(String name) {
            try {
                Class.forName(name, false, ExtensionContext.class.getClassLoader());
                return true;
            } catch (ClassNotFoundException | LinkageError e) {
                return false;
            }
        }
    }

    private static final class Legacy {
        @SuppressWarnings("deprecation") // the only one JUnit 5.12 and 5.13 have
        static void publish(ExtensionContext context, ThrowingConsumer<Path> writer) {
            context.publishFile(
                    FILE,
                    org.junit.jupiter.api.extension.MediaType.create("text", "html", StandardCharsets.UTF_8),
                    writer);
        }
    }
}
