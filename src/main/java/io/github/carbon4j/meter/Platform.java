package io.github.carbon4j.meter;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The machine as the meters see it: where {@code /proc} is, how kernel files are opened, the
 * hardware facts, this process's CPU time, and what to use where {@code /proc} is missing. Tests
 * build one from fixtures; {@link #system()} is the real machine. Immutable.
 *
 * @param files opens procfs and sysfs files
 * @param procRoot the procfs mount, {@code /proc}
 * @param hardware the hardware facts, probed lazily
 * @param processCpuNanos this process's CPU time in ns as the kernel counts it (whole ticks), negative when unknown
 * @param threads the CPU clocks of this JVM's threads
 * @param otherTicks the machine's CPU ticks where {@code procRoot/stat} cannot be read
 * @param otherResidentBytes this process's resident memory where {@code procRoot/self/statm} cannot be read
 */
record Platform(
        KernelFiles files,
        Path procRoot,
        Supplier<HardwareInfo> hardware,
        LongSupplier processCpuNanos,
        ProcessCpuTime.ThreadClocks threads,
        Supplier<CpuTimes.TickSource> otherTicks,
        Supplier<LongSupplier> otherResidentBytes) {

    /** No thread clocks: the process's CPU time is then the kernel's figure alone. */
    static final ProcessCpuTime.ThreadClocks NO_THREADS = new ProcessCpuTime.ThreadClocks() {
        @Override
        public long[] ids() {
            return new long[0];
        }

        @Override
        public void cpuNanos(long[] ids, long[] into) {
            Arrays.fill(into, -1);
        }

        @Override
        public long currentId() {
            return -1;
        }
    };

    private static final Path PROC = Path.of("/proc");

    /**
     * The hardware from the kernel's files where there are some (Linux), else from OSHI, whose native
     * access (JNA) costs a starting JVM hundreds of milliseconds and a warning on Java 24+. Lambdas, not method
     * references, keep {@link OshiPlatform} and with it OSHI and JNA unloaded where they are not called.
     */
    private static final class Probed {
        static final HardwareInfo HARDWARE = probe();

        private static HardwareInfo probe() {
            java.util.Optional<HardwareInfo> kernel =
                    new KernelHardware(KernelFiles.SYSTEM, PROC, PROC.resolveSibling("sys")).probe();
            return kernel.isPresent() ? kernel.get() : OshiPlatform.probe();
        }
    }

    /**
     * This machine's parts, each asked for when needed: one class rather than a lambda for each, which a
     * starting JVM would spin. {@link OshiPlatform}, and with it OSHI and JNA, load only where called.
     */
    private static final class SystemPart<T> implements Supplier<T>, LongSupplier {
        private final String part;

        SystemPart(String part) {
            this.part = part;
        }

        @Override
        @SuppressWarnings("unchecked") // each part is built for the type of its record component
        public T get() {
            return (T)
                    switch (part) {
                        case "hardware" -> Probed.HARDWARE;
                        case "ticks" -> OshiPlatform.ticks();
                        case "resident" -> OshiPlatform.residentBytes();
                        default -> throw new AssertionError("no system part " + part);
                    };
        }

        @Override
        public long getAsLong() {
            return OwnBean.CPU.getAsLong();
        }
    }

    /** This machine; hardware is probed once per JVM, since it does not change. */
    static Platform system() {
        return new Platform(
                KernelFiles.SYSTEM,
                PROC,
                new SystemPart<HardwareInfo>("hardware"),
                processCpuTime(),
                new FirstReadClocks(),
                new SystemPart<CpuTimes.TickSource>("ticks"),
                new SystemPart<LongSupplier>("resident"));
    }

    /**
     * The JVM's own CPU time, which on Linux the kernel reports in whole 10 ms ticks: from {@code /proc/self/stat}
     * (utime and stime, the figures {@code times()} gives the JVM's MXBean) where it can be read, else from the
     * MXBean, whose lookup costs a starting JVM a hundred classes and is made only then.
     */
    private static LongSupplier processCpuTime() {
        return OwnStat.FILE != null ? KernelFigure.ownCpuNanos(OwnStat.FILE) : new SystemPart<Void>("cpu");
    }

    /** {@code /proc/self/stat}, opened once per JVM and kept open like the MXBean it stands in for. */
    private static final class OwnStat {
        static final KernelFiles.KernelFile FILE = open();

        private static KernelFiles.KernelFile open() {
            try {
                return KernelFiles.SYSTEM.open(PROC.resolve("self").resolve("stat"));
            } catch (java.io.IOException | RuntimeException e) {
                return null;
            }
        }
    }

    private static final class OwnBean {
        static final LongSupplier CPU = bean();

        private static LongSupplier bean() {
            OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
            if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
                return sun::getProcessCpuTime;
            }
            return () -> -1;
        }
    }

    /**
     * Starts the lookup of the JDK's thread MXBean on a daemon thread, for a logger that will read threads'
     * clocks. The lookup costs a starting JVM 20–30 ms and about 300 classes (its first lambda, a service
     * lookup, streams), all in class initialisation; begun early, it runs on another CPU while the logger
     * probes the GPU and the hardware, and whoever asks for the bean first waits for it to finish. Nothing is
     * read there, so nothing is measured early or twice.
     */
    static void prepareThreadClocks() {
        Thread lookup = new Thread(new ThreadBeanLookup(), "carbon4j-thread-clocks");
        lookup.setDaemon(true);
        lookup.start();
    }

    /** Looks the thread MXBean up and drops it: what remains is the JDK's classes, initialised. */
    private static final class ThreadBeanLookup implements Runnable {
        @Override
        public void run() {
            try {
                ManagementFactory.getThreadMXBean();
            } catch (RuntimeException | LinkageError | java.util.ServiceConfigurationError e) {
                // The logger's own lookup meets the same failure and handles it where it can say so.
            }
        }
    }

    /**
     * The threads' CPU clocks, looked up at their first reading rather than when the platform is built: a
     * start probes the hardware and looks up the TDP meanwhile, while the lookup that {@link
     * #prepareThreadClocks} began finishes on its own thread.
     */
    private static final class FirstReadClocks implements ProcessCpuTime.ThreadClocks {
        @Override
        public long[] ids() {
            return BeanClocks.CLOCKS.ids();
        }

        @Override
        public void cpuNanos(long[] ids, long[] into) {
            BeanClocks.CLOCKS.cpuNanos(ids, into);
        }

        @Override
        public long currentId() {
            return BeanClocks.CLOCKS.currentId();
        }
    }

    /** The thread MXBean's clocks, looked up once per JVM. */
    private static final class BeanClocks {
        static final ProcessCpuTime.ThreadClocks CLOCKS = threadClocks();
    }

    /** The threads' CPU clocks ({@code CLOCK_THREAD_CPUTIME_ID} on Linux), exact to the nanosecond. */
    private static ProcessCpuTime.ThreadClocks threadClocks() {
        ThreadMXBean threads;
        try {
            // Looked up in a class's initialiser (BeanClocks): a failure there must not become an Error.
            threads = ManagementFactory.getThreadMXBean();
            if (!threads.isThreadCpuTimeSupported()) {
                return NO_THREADS;
            }
            if (!threads.isThreadCpuTimeEnabled()) {
                threads.setThreadCpuTimeEnabled(true);
            }
        } catch (RuntimeException | LinkageError | java.util.ServiceConfigurationError e) {
            return NO_THREADS;
        }
        // One call for all where the JVM offers it: it looks the threads up once.
        com.sun.management.ThreadMXBean many = threads instanceof com.sun.management.ThreadMXBean sun ? sun : null;
        return new ProcessCpuTime.ThreadClocks() {
            @Override
            public long[] ids() {
                return threads.getAllThreadIds();
            }

            @Override
            public void cpuNanos(long[] ids, long[] into) {
                if (many != null) {
                    System.arraycopy(many.getThreadCpuTime(ids), 0, into, 0, ids.length);
                    return;
                }
                for (int i = 0; i < ids.length; i++) {
                    into[i] = threads.getThreadCpuTime(ids[i]);
                }
            }

            @Override
            public long currentId() {
                return Thread.currentThread().getId();
            }
        };
    }
}
