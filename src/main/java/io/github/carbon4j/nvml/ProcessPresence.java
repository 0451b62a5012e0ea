package io.github.carbon4j.nvml;

import io.github.carbon4j.internal.Notices;
import java.util.concurrent.TimeUnit;

/**
 * Process scope for one GPU: its energy counts while this JVM or a process it started has a context
 * on it, as NVML's running-process lists (compute and graphics) show. Not thread-safe; the meter
 * serialises.
 *
 * <p>The lists are read at most every {@link #CHECK_NANOS}, not on every read: a query costs a driver
 * call per device and list plus a few {@code /proc} reads per foreign process, which a logger called
 * per test or per benchmark iteration (thousands of times a second) would otherwise pay each time.
 * Nothing is lost by it: a CUDA context lives from its creation to the end of its process, and the
 * energy between two checks counts when either check sees one of this JVM's processes on the device,
 * so a context created or ended between two checks has its interval counted. Energy read after a check
 * that saw none waits for the next check, which adds it or drops it; where reads are further apart
 * than the period, every read checks, so a process that comes and goes between two reads is missed.
 *
 * <p>Where the lists cannot be read (an old driver, a GPU in MIG mode queried without privileges,
 * any other NVML error) the device counts whole, as in machine scope, with one notice and a word in
 * the method detail.
 */
final class ProcessPresence {

    /** How often the process lists are read at most. */
    static final long CHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final GpuDevice device;
    private final long[] handles;
    private final ProcessTree tree;
    private final Notices notices;
    private boolean graphics = true;
    private String whole;
    private boolean changed;
    private boolean present;
    private long checkedAt;
    private double pending;

    /**
     * Checks the device once, now.
     *
     * @param handles where to read the lists: the MIG devices selected on it, else the GPU itself
     */
    ProcessPresence(Nvml nvml, GpuDevice device, long[] handles, ProcessTree tree, long now, Notices notices) {
        this.device = device;
        this.handles = handles.clone();
        this.tree = tree;
        this.notices = notices;
        this.present = check(nvml);
        this.checkedAt = now;
        this.changed = false;
    }

    /**
     * The part of a device's energy that is this JVM's.
     *
     * @param joules the device's energy since the previous call
     * @param nanos the clock's monotonic time now
     */
    double attribute(Nvml nvml, double joules, long nanos) {
        if (whole != null) {
            return joules + takePending();
        }
        if (nanos - checkedAt >= CHECK_NANOS) {
            boolean before = present;
            present = check(nvml);
            checkedAt = nanos;
            if (whole != null || before || present) {
                return joules + takePending();
            }
            pending = 0;
            return 0;
        }
        if (present) {
            return joules;
        }
        pending += joules;
        return 0;
    }

    /** Why the device counts whole, or null while its processes decide. */
    String whole() {
        return whole;
    }

    /** Whether {@link #whole()} changed since the last call. */
    boolean takeChange() {
        boolean was = changed;
        changed = false;
        return was;
    }

    private double takePending() {
        double joules = pending;
        pending = 0;
        return joules;
    }

    private boolean check(Nvml nvml) {
        try {
            for (long handle : handles) {
                if (claimsAny(nvml.computeProcesses(handle))
                        || (graphics && claimsAny(graphicsProcesses(nvml, handle)))) {
                    return true;
                }
            }
            return false;
        } catch (NvmlException e) {
            String error = nvml.errorString(e.code());
            whole = "counted whole, its process lists being unavailable (" + e.function() + ": " + error + ")";
            changed = true;
            notices.warn(
                    "nvml.processes." + device.uuid(),
                    "cannot tell which processes use GPU " + device.label() + " (" + e.function() + ": " + error
                            + "); its whole energy is counted, as in machine scope");
            return true;
        }
    }

    /** A device without a graphics engine (or a driver without the call) has no graphics contexts. */
    private long[] graphicsProcesses(Nvml nvml, long handle) {
        try {
            return nvml.graphicsProcesses(handle);
        } catch (NvmlException e) {
            if (!e.unsupported()) {
                throw e;
            }
            graphics = false;
            return new long[0];
        }
    }

    private boolean claimsAny(long[] pids) {
        for (long pid : pids) {
            if (tree.claims(pid)) {
                return true;
            }
        }
        return false;
    }
}
