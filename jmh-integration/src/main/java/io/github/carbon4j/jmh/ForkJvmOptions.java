package io.github.carbon4j.jmh;

import java.util.Collection;
import java.util.List;
import java.util.OptionalInt;

/**
 * The JVM options the profiler adds to each benchmark fork. From Java 24 on, the JVM prints a warning
 * when class-path code loads native code (JEP 472), and a later release is to refuse it unless it is
 * enabled. Each fork loads native code through JNA: OSHI uses it to ask the OS about the CPU and
 * memory (denied, the estimates fall back to generic figures), and carbon4j to read NVIDIA GPUs.
 * So a fork on Java 24 or newer gets {@value #NATIVE_ACCESS}. Nothing is added when the benchmark's own JVM arguments already decide
 * native access, or when the fork's version is older or cannot be read: the flag does not exist
 * before Java 17, and an unknown option stops the JVM.
 */
final class ForkJvmOptions {

    static final String NATIVE_ACCESS = "--enable-native-access=ALL-UNNAMED";
    static final int FIRST_WARNING_FEATURE = 24;

    private ForkJvmOptions() {}

    /**
     * @param jdkVersion the fork JVM's {@code java.version}, as JMH reads it from that JVM
     * @param jvmArgs    the JVM arguments JMH already passes to the fork
     */
    static List<String> of(String jdkVersion, Collection<String> jvmArgs) {
        boolean decided = jvmArgs.stream()
                .anyMatch(arg -> arg.startsWith("--enable-native-access") || arg.startsWith("--illegal-native-access"));
        OptionalInt feature = feature(jdkVersion);
        if (decided || feature.isEmpty() || feature.getAsInt() < FIRST_WARNING_FEATURE) {
            return List.of();
        }
        return List.of(NATIVE_ACCESS);
    }

    /** The feature release of a {@code java.version}: 25 for "25.0.1" or "25-ea", 8 for "1.8.0_402". */
    static OptionalInt feature(String jdkVersion) {
        String[] parts = jdkVersion.strip().split("[^0-9]", -1);
        if (parts.length == 0 || parts[0].isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            int first = Integer.parseInt(parts[0]);
            if (first == 1 && parts.length > 1 && !parts[1].isEmpty()) {
                return OptionalInt.of(Integer.parseInt(parts[1]));
            }
            return OptionalInt.of(first);
        } catch (NumberFormatException e) { // more digits than an int holds
            return OptionalInt.empty();
        }
    }
}
