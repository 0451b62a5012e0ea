package io.github.carbon4j.internal;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Random identifiers for runs and temporary files, in the form of {@link UUID#randomUUID()} (version 4, IETF
 * variant) but without {@link java.security.SecureRandom}: seeding it costs a starting JVM the security
 * providers and a read of the system's entropy, and these ids need to be unique, not secret. The bits come
 * from {@link ThreadLocalRandom} (seeded from the clocks) mixed with the clocks at class loading and at the
 * call, so that JVMs started at the same moment do not repeat each other. Thread-safe.
 */
public final class RandomIds {

    // The clocks when this class was loaded: differ between JVMs started together, as process ids do, without
    // ProcessHandle, whose first use costs a starting JVM its classes.
    private static final long PROCESS = mix(System.nanoTime()) ^ mix(System.currentTimeMillis());

    private RandomIds() {}

    /** {@return a new random version-4 UUID, as text in the form of {@link UUID#toString()}} */
    public static String uuid() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong() ^ PROCESS;
        long low = random.nextLong() ^ mix(System.nanoTime());
        high = (high & ~0xF000L) | 0x4000L;
        low = (low & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low).toString();
    }

    // Murmur3's 64-bit finaliser: spreads every input bit over the whole word.
    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
