package io.github.carbon4j.report;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;

/**
 * Unmaps a mapped buffer now rather than when the garbage collector finds it, so that a closed
 * steps file holds no mapping: Windows cannot cut a mapped file to its rows, and a mapped file
 * keeps its file system busy. Java 17 has no API for it; {@code sun.misc.Unsafe.invokeCleaner}
 * does it up to Java 23, and from Java 24 on it prints a warning on first use, so there the
 * collector unmaps as it always could. The caller must never touch the buffer again. Thread-safe.
 */
final class Unmapper {

    /** The JDK's {@code sun.misc.Unsafe} instance, or null where this JVM does not unmap through it. */
    private static final Object UNSAFE = unsafe();

    /**
     * Its {@code invokeCleaner}, or null. Core reflection, not a method handle: a JVM's first handle spins its
     * lambda forms, which cost a closing Java 17 JVM about 3 ms to unmap its first chunk, against about 1 ms this way.
     */
    private static final Method INVOKE_CLEANER = invokeCleaner(UNSAFE);

    private Unmapper() {}

    /** Unmaps the buffer where this JVM allows it quietly; otherwise leaves it to the collector. */
    static void unmap(MappedByteBuffer buffer) {
        if (INVOKE_CLEANER == null) {
            return;
        }
        try {
            INVOKE_CLEANER.invoke(UNSAFE, buffer);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // the collector unmaps it when the buffer is garbage
        }
    }

    /** Whether buffers are unmapped at once in this JVM. */
    static boolean unmapsAtOnce() {
        return INVOKE_CLEANER != null;
    }

    private static Object unsafe() {
        if (Runtime.version().feature() >= 24) {
            return null;
        }
        try {
            Field theUnsafe = Class.forName("sun.misc.Unsafe").getDeclaredField("theUnsafe");
            theUnsafe.setAccessible(true);
            return theUnsafe.get(null);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null;
        }
    }

    private static Method invokeCleaner(Object unsafe) {
        if (unsafe == null) {
            return null;
        }
        try {
            return unsafe.getClass().getMethod("invokeCleaner", ByteBuffer.class);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null;
        }
    }
}
