package io.github.carbon4j.meter;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The hardware facts from Linux's own files, without native code: CPU model, sockets and logical CPUs
 * from {@code /proc/cpuinfo} (sockets from sysfs topology where it lists no {@code physical id}),
 * memory from {@code /proc/meminfo}, the page size from {@code /proc/self/auxv}. Reads through
 * {@link KernelFiles}, so tests point it at fixture trees. Stateless.
 */
final class KernelHardware {

    /** Where the kernel does not say otherwise. */
    static final long DEFAULT_PAGE_SIZE = 4096;

    private final KernelFiles files;
    private final Path procRoot;
    private final Path sysRoot;

    /**
     * @param procRoot the procfs mount, {@code /proc}
     * @param sysRoot the sysfs mount, {@code /sys}
     */
    KernelHardware(KernelFiles files, Path procRoot, Path sysRoot) {
        this.files = files;
        this.procRoot = procRoot;
        this.sysRoot = sysRoot;
    }

    /**
     * The hardware as the kernel files give it; empty where {@code /proc/cpuinfo} or {@code /proc/meminfo}
     * cannot be read or parsed (no Linux procfs), so that the caller asks the OS another way.
     *
     * @param availableProcessors the JVM's count, a lower bound of the logical CPUs
     * @param architecture {@code os.arch}
     * @param wordBytes the JVM's native word size, for {@code auxv}
     * @param order the native byte order, for {@code auxv}
     */
    Optional<HardwareInfo> probe(int availableProcessors, String architecture, int wordBytes, ByteOrder order) {
        String cpuinfo;
        long memory;
        try {
            cpuinfo = read(procRoot.resolve("cpuinfo"));
            memory = HardwareText.memTotalBytes(read(procRoot.resolve("meminfo")));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        int sockets = HardwareText.physicalIds(cpuinfo);
        int logical = Math.max(HardwareText.processors(cpuinfo), availableProcessors);
        return Optional.of(new HardwareInfo(
                HardwareText.cpuModel(cpuinfo),
                sockets > 0 ? sockets : packages(),
                logical,
                memory,
                pageSize(wordBytes, order),
                architecture));
    }

    /** This JVM's machine. */
    Optional<HardwareInfo> probe() {
        int wordBytes = "32".equals(System.getProperty("sun.arch.data.model")) ? 4 : 8;
        return probe(
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.arch", ""),
                wordBytes,
                ByteOrder.nativeOrder());
    }

    /** Distinct sysfs {@code physical_package_id}s of the online CPUs, at least 1. */
    private int packages() {
        Path cpus = sysRoot.resolve("devices").resolve("system").resolve("cpu");
        Set<Integer> packages = new HashSet<>();
        try {
            for (int cpu : HardwareText.cpuList(read(cpus.resolve("online")))) {
                try {
                    int id = HardwareText.packageId(
                            read(cpus.resolve("cpu" + cpu).resolve("topology").resolve("physical_package_id")));
                    if (id >= 0) {
                        packages.add(id);
                    }
                } catch (IOException | IllegalArgumentException e) {
                    // A CPU without topology (hot-unplugged meanwhile, an old kernel) tells nothing.
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return 1;
        }
        return Math.max(1, packages.size());
    }

    private long pageSize(int wordBytes, ByteOrder order) {
        try (KernelFiles.KernelFile auxv = files.open(procRoot.resolve("self").resolve("auxv"))) {
            long size = HardwareText.auxvPageSize(auxv.readAll(), wordBytes, order);
            return size > 0 ? size : DEFAULT_PAGE_SIZE;
        } catch (IOException | RuntimeException e) {
            return DEFAULT_PAGE_SIZE;
        }
    }

    private String read(Path path) throws IOException {
        try (KernelFiles.KernelFile file = files.open(path)) {
            return file.readAll().toString();
        }
    }
}
