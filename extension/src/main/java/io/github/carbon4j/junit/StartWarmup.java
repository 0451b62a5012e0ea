package io.github.carbon4j.junit;

import io.github.carbon4j.internal.ClassPreload;
import java.lang.management.ManagementFactory;
import java.util.ServiceConfigurationError;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Loads and links the classes a tracked test JVM needs to start carbon4j, and looks up the JDK's thread
 * MXBean, on a daemon thread, while the launcher discovers the tests. A Surefire fork spends about half a
 * second in discovery before the extension's first callback, and the extension then loads and verifies some
 * 200 carbon4j classes on the main thread; done here, that work can use a CPU discovery leaves idle.
 *
 * <p>It only loads and links carbon4j's classes, the way a starting logger's own {@link ClassPreload} does, and
 * with its code: none is initialised but {@code ClassPreload}, which has no static state, so none of carbon4j's
 * static initialisers runs on this thread, nothing is read but the list, nothing is printed, and two threads
 * never initialise carbon4j's classes in a different order (the way class initialisation deadlocks). The
 * logger's preload then finds its classes loaded. The classes are those that
 * {@code start-classes.txt} beside this class lists: the carbon4j classes a fork that tracks its tests loads,
 * in order. {@code ForkLoadingTests} holds the list to what such a fork loads. A name that cannot be loaded is
 * passed over: the fork loads it, or fails to, where it would have without this. Registered as a launcher
 * session listener (JUnit Platform 1.8 and later); it runs once per JVM, whatever the number of sessions.
 */
public final class StartWarmup implements LauncherSessionListener, Runnable {

    static final String CLASSES = "start-classes.txt";

    private static final AtomicBoolean STARTED = new AtomicBoolean();

    /** The launcher's service loader creates it. */
    public StartWarmup() {}

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (STARTED.compareAndSet(false, true)) {
            Thread thread = new Thread(this, "carbon4j-warmup");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            thread.start();
        }
    }

    /** Loads and links each listed class, then looks up the thread MXBean. */
    @Override
    public void run() {
        load(StartWarmup.class.getClassLoader());
        try {
            // The JDK's thread MXBean, which carbon4j reads the threads' CPU clocks with in process scope (the
            // default): its lookup is the longest single part of a start, all of it in the JDK's classes. The
            // same lookup as the meter package's own (Platform.prepareThreadClocks), written again because
            // calling into the meter package would initialise its classes on this thread.
            ManagementFactory.getThreadMXBean();
        } catch (RuntimeException | LinkageError | ServiceConfigurationError e) {
            // The logger's own lookup meets the same failure and handles it where it can say so.
        }
    }

    /**
     * Loads and links the listed classes through the loader, without initialising them.
     *
     * @return how many it loaded and linked; names it could not load are passed over
     */
    static int load(ClassLoader loader) {
        return ClassPreload.load(StartWarmup.class, CLASSES, loader);
    }
}
