package io.github.carbon4j.junit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
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
 * <p>It only loads and links carbon4j's classes: none is initialised, so none of carbon4j's static
 * initialisers runs on this thread, nothing is read or printed, and two threads never initialise carbon4j's
 * classes in a different order (the way class initialisation deadlocks). The classes are those that
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
            // calling into carbon4j-core would initialise its classes on this thread.
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
        int loaded = 0;
        try (InputStream in = StartWarmup.class.getResourceAsStream(CLASSES)) {
            if (in == null) {
                return 0;
            }
            BufferedReader names = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String name = names.readLine(); name != null; name = names.readLine()) {
                loaded += link(name.strip(), loader) ? 1 : 0;
            }
        } catch (IOException | RuntimeException e) {
            // Nothing is lost: the fork loads what is left when it needs it.
        }
        return loaded;
    }

    private static boolean link(String name, ClassLoader loader) {
        if (name.isEmpty() || name.startsWith("#")) {
            return false;
        }
        try {
            // Listing the constructors links the class (verifies its bytecode) without initialising it.
            Class.forName(name, false, loader).getDeclaredConstructors();
            return true;
        } catch (ClassNotFoundException | LinkageError | SecurityException e) {
            // The fork meets the same failure where it uses the class, and reports it there.
            return false;
        }
    }
}
