package io.github.carbon4j.meter;

import java.io.IOException;
import java.nio.file.Path;

/**
 * What decides the RAM model besides the amount of memory: whether the machine is virtual, and the
 * memory limit of this process's container. Both are read once, when the meters are chosen; any
 * failure means "no": a physical machine without a limit, the DIMM model.
 */
final class MemoryProbe {

    private MemoryProbe() {}

    /** Whether the CPU flags say this kernel runs under a hypervisor. */
    static boolean underHypervisor(KernelFiles files, Path procRoot) {
        try (KernelFiles.KernelFile cpuinfo = files.open(procRoot.resolve("cpuinfo"))) {
            return KernelText.cpuinfoSaysHypervisor(cpuinfo.read());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** This process's cgroup memory limit in bytes (v2 {@code memory.max} or v1), -1 when none or unknown. */
    static long cgroupLimit(KernelFiles files, Path procRoot) {
        Path cgroups = procRoot.resolveSibling("sys").resolve("fs").resolve("cgroup");
        try (KernelFiles.KernelFile self = files.open(procRoot.resolve("self").resolve("cgroup"))) {
            for (String line : self.read().toString().split("\n")) {
                String[] parts = line.split(":", 3);
                if (parts.length < 3) {
                    continue;
                }
                String path = parts[2].startsWith("/") ? parts[2].substring(1) : parts[2];
                Path file = parts[0].equals("0") && parts[1].isEmpty()
                        ? cgroups.resolve(path).resolve("memory.max")
                        : parts[1].equals("memory")
                                ? cgroups.resolve("memory").resolve(path).resolve("memory.limit_in_bytes")
                                : null;
                if (file != null) {
                    try (KernelFiles.KernelFile limit = files.open(file)) {
                        return KernelText.parseMemoryLimit(limit.read(), file.toString());
                    } catch (IOException | IllegalArgumentException e) {
                        // v1 and v2 can both be listed; the other may answer.
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
