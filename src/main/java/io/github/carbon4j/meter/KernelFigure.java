package io.github.carbon4j.meter;

import java.io.IOException;
import java.util.function.LongSupplier;

/**
 * A figure the meters read from the kernel's files: this process's CPU time, that of its ended children,
 * its resident memory; or the sum of the first two. One class for all of them rather than a lambda for each,
 * since a starting JVM spins a class for every lambda it meets. Closing closes the file read, if any.
 */
final class KernelFigure implements LongSupplier, AutoCloseable {

    /** Always 0; closes nothing. */
    static final KernelFigure NONE = new KernelFigure(Kind.ZERO, null, 0, null, null);

    private static final long TICK_NANOS = 10_000_000;

    private enum Kind {
        ZERO,
        OWN_CPU,
        CHILDREN_CPU,
        RESIDENT,
        WITH_CHILDREN
    }

    private final Kind kind;
    private final KernelFiles.KernelFile file;
    private final long scale;
    private final LongSupplier own;
    private final LongSupplier children;

    private KernelFigure(Kind kind, KernelFiles.KernelFile file, long scale, LongSupplier own, LongSupplier children) {
        this.kind = kind;
        this.file = file;
        this.scale = scale;
        this.own = own;
        this.children = children;
    }

    /** This process's CPU time in ns from {@code /proc/self/stat} (whole ticks), -1 when unreadable. */
    static KernelFigure ownCpuNanos(KernelFiles.KernelFile stat) {
        return new KernelFigure(Kind.OWN_CPU, stat, TICK_NANOS, null, null);
    }

    /** Its ended children's CPU time in ns from {@code /proc/self/stat}, -1 when unreadable. */
    static KernelFigure childrenCpuNanos(KernelFiles.KernelFile stat) {
        return new KernelFigure(Kind.CHILDREN_CPU, stat, TICK_NANOS, null, null);
    }

    /** Its resident memory in bytes from {@code /proc/self/statm}, -1 when unreadable. */
    static KernelFigure residentBytes(KernelFiles.KernelFile statm, long pageSizeBytes) {
        return new KernelFigure(Kind.RESIDENT, statm, pageSizeBytes, null, null);
    }

    /** The own figure plus the children's (none counted where unknown); negative where the own is. */
    static KernelFigure withChildren(LongSupplier own, LongSupplier children) {
        return new KernelFigure(Kind.WITH_CHILDREN, null, 1, own, children);
    }

    @Override
    public long getAsLong() {
        if (kind == Kind.ZERO) {
            return 0;
        }
        if (kind == Kind.WITH_CHILDREN) {
            long self = own.getAsLong();
            return self < 0 ? self : self + Math.max(0, children.getAsLong());
        }
        synchronized (file) {
            try {
                CharSequence text = file.read();
                long units = kind == Kind.OWN_CPU
                        ? KernelText.parseStatOwnTicks(text)
                        : kind == Kind.CHILDREN_CPU
                                ? KernelText.parseStatChildrenTicks(text)
                                : KernelText.parseStatmResidentPages(text);
                return units * scale;
            } catch (IOException | IllegalArgumentException e) {
                return -1;
            }
        }
    }

    @Override
    public void close() {
        if (file != null) {
            file.close();
        }
    }
}
