package io.github.carbon4j.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.TimeZone;

/**
 * Loads and links, on a daemon thread, the carbon4j classes a starting logger is about to use, while the
 * logger probes the hardware on the calling thread. A start loads some 200 carbon4j classes, and loading and
 * verifying them one by one on one thread is most of what carbon4j adds to a short JVM; this moves the work
 * to a CPU that the start leaves idle, and the calling thread then finds each class loaded.
 *
 * <p>It only loads and links: no class is initialised, so none of carbon4j's static initialisers runs on
 * this thread, nothing is read but the lists (and, for a start with reports, the JDK's time-zone data, which
 * the reports' timestamps need), nothing is printed, and two threads never initialise classes in a different
 * order (the way class initialisation deadlocks). The lists, beside this class, are
 * {@value #START_LIST}, the classes every start loads whatever its configuration, and {@value #REPORTS_LIST},
 * those that every start with reports adds, each in the order a start loads them. {@code ClassPreloadTests}
 * holds them to what starts of several configurations load, so that a configuration loads no class here it
 * would not have loaded anyway. A name that cannot be loaded is passed over: the logger loads it, or fails
 * to, where it would have without this.
 */
public final class ClassPreload implements Runnable {

    /** The classes every start loads. */
    public static final String START_LIST = "preload-start.txt";

    /** The classes every start with reports loads besides those of {@link #START_LIST}. */
    public static final String REPORTS_LIST = "preload-reports.txt";

    private final boolean reports;

    private ClassPreload(boolean reports) {
        this.reports = reports;
    }

    /**
     * Starts loading the classes of a start, on a daemon thread, and returns at once.
     *
     * @param reports whether the start writes reports, so that their classes are loaded too
     */
    public static void start(boolean reports) {
        Thread thread = new Thread(new ClassPreload(reports), "carbon4j-preload");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void run() {
        ClassLoader loader = ClassPreload.class.getClassLoader();
        load(ClassPreload.class, START_LIST, loader);
        if (reports) {
            defaultTimeZone();
            load(ClassPreload.class, REPORTS_LIST, loader);
        }
    }

    /**
     * Looks up the JVM's default time zone, which the reports' local timestamps use: a JVM's first lookup reads
     * the JDK's zone data, 5 to 9 ms of a starting JVM. The JDK keeps the zone it finds, as it would have on
     * the logger's own lookup a few milliseconds later.
     */
    private static void defaultTimeZone() {
        try {
            TimeZone.getDefault();
        } catch (RuntimeException | LinkageError e) {
            // The reports' own lookup meets the same failure where it can say so.
        }
    }

    /**
     * Loads and links the classes that a list beside a class names, one name a line ({@code #} starts a
     * comment line), through a class loader and without initialising them.
     *
     * @param beside the class whose package holds the list
     * @param list the list's resource name
     * @param loader the loader that loads the listed classes
     * @return how many classes it loaded and linked; names it could not load are passed over
     */
    public static int load(Class<?> beside, String list, ClassLoader loader) {
        int loaded = 0;
        try (InputStream in = beside.getResourceAsStream(list)) {
            if (in == null) {
                return 0;
            }
            BufferedReader names = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String name = names.readLine(); name != null; name = names.readLine()) {
                loaded += link(name.strip(), loader) ? 1 : 0;
            }
        } catch (IOException | RuntimeException e) {
            // Nothing is lost: the logger loads what is left when it needs it.
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
            // The logger meets the same failure where it uses the class, and reports it there.
            return false;
        }
    }
}
