package io.github.carbon4j.meter;

/**
 * Pure parsing of the kernel's text files, without allocating on the success path. Every parser
 * takes the file's content and throws an {@link IllegalArgumentException} that quotes it when the
 * content is not what the kernel writes.
 */
final class KernelText {

    private KernelText() {}

    /** A file that holds one non-negative integer, such as {@code energy_uj}: {@code "123456\n"}. */
    static long parseCounter(CharSequence text, String what) {
        int start = skipSpaces(text, 0);
        int end = digitsEnd(text, start);
        if (end == start || end - start > 18 || skipSpaces(text, end) != text.length()) {
            throw garbage(text, what);
        }
        return digits(text, start, end);
    }

    /**
     * The {@code cpu} line of {@code /proc/stat}: the machine's busy and total time in ticks.
     * Busy is user + nice + system + irq + softirq + steal; idle is idle + iowait; guest time is
     * already inside user and nice, so it is not added again.
     *
     * @return {busy, total} in ticks
     */
    static long[] parseProcStatCpu(CharSequence text, long[] into) {
        int i = skipSpaces(text, 0);
        if (!startsWith(text, i, "cpu ")) {
            throw garbage(text, "/proc/stat");
        }
        i += 4;
        long busy = 0;
        long idle = 0;
        int field = 0;
        while (field < 8) {
            i = skipBlanks(text, i);
            int end = digitsEnd(text, i);
            if (end == i) {
                break;
            }
            if (end - i > 18) {
                throw garbage(text, "/proc/stat");
            }
            long value = digits(text, i, end);
            if (field == 3 || field == 4) {
                idle += value;
            } else {
                busy += value;
            }
            field++;
            i = end;
        }
        if (field < 4) {
            throw garbage(text, "/proc/stat");
        }
        into[0] = busy;
        into[1] = busy + idle;
        return into;
    }

    /** The resident set of {@code /proc/self/statm}, its second field, in pages. */
    static long parseStatmResidentPages(CharSequence text) {
        int i = skipSpaces(text, 0);
        int end = digitsEnd(text, i);
        int start = skipBlanks(text, end);
        int residentEnd = digitsEnd(text, start);
        if (end == i || start == end || residentEnd == start) {
            throw garbage(text, "/proc/self/statm");
        }
        return digits(text, start, residentEnd);
    }

    /**
     * The CPU time of a process's ended and waited-for children, fields 16 and 17 (cutime, cstime) of
     * {@code /proc/<pid>/stat}, in ticks. The command name in parentheses may hold spaces and
     * parentheses, so the fields are counted from the last closing one.
     */
    static long parseStatChildrenTicks(CharSequence text) {
        return parseStatTicks(text, 16);
    }

    /** The process's own CPU time, fields 14 and 15 (utime, stime) of {@code /proc/<pid>/stat}, in ticks. */
    static long parseStatOwnTicks(CharSequence text) {
        return parseStatTicks(text, 14);
    }

    private static long parseStatTicks(CharSequence text, int first) {
        int i = text.length() - 1;
        while (i >= 0 && text.charAt(i) != ')') {
            i--;
        }
        if (i < 0) {
            throw garbage(text, "/proc/self/stat");
        }
        i++;
        long sum = 0;
        // After the name: state is field 3, so e.g. cutime (16) and cstime (17) are the 14th and 15th.
        for (int field = 3; field <= first + 1; field++) {
            int start = skipBlanks(text, i);
            int end = start;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            if (end == start) {
                throw garbage(text, "/proc/self/stat");
            }
            if (field >= first) {
                if (digitsEnd(text, start) != end || end - start > 18) {
                    throw garbage(text, "/proc/self/stat");
                }
                sum += digits(text, start, end);
            }
            i = end;
        }
        return sum;
    }

    /** Whether the {@code flags} of {@code /proc/cpuinfo} say the kernel runs under a hypervisor. */
    static boolean cpuinfoSaysHypervisor(CharSequence text) {
        for (String line : text.toString().split("\n")) {
            if (line.startsWith("flags")) {
                return (line + " ").contains(" hypervisor ");
            }
        }
        return false;
    }

    /**
     * A cgroup's memory limit in bytes ({@code memory.max} of cgroup v2, {@code memory.limit_in_bytes}
     * of v1), or -1 for none: {@code max}, or v1's "unlimited", a page-rounded {@code Long.MAX_VALUE}.
     */
    static long parseMemoryLimit(CharSequence text, String what) {
        String value = text.toString().strip();
        if (value.equals("max") || value.length() >= 19 && allDigits(value)) {
            return -1;
        }
        long limit = parseCounter(text, what);
        return limit >= Long.MAX_VALUE / 2 ? -1 : limit;
    }

    private static boolean allDigits(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (!Character.isDigit(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static IllegalArgumentException garbage(CharSequence text, String what) {
        String shown = text.length() > 80 ? text.subSequence(0, 80) + "..." : text.toString();
        return new IllegalArgumentException("unexpected content in " + what + ": \"" + shown.strip() + "\"");
    }

    private static boolean startsWith(CharSequence text, int from, String prefix) {
        if (text.length() - from < prefix.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (text.charAt(from + k) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int skipSpaces(CharSequence text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipBlanks(CharSequence text, int i) {
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static int digitsEnd(CharSequence text, int i) {
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    private static long digits(CharSequence text, int start, int end) {
        long value = 0;
        for (int k = start; k < end; k++) {
            value = value * 10 + (text.charAt(k) - '0');
        }
        return value;
    }
}
