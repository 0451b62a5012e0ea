package io.github.carbon4j.meter;

import io.github.carbon4j.Power;
import io.github.carbon4j.internal.Decimals;

/**
 * RAM power from the amount of memory: an estimated number of DIMMs × power per DIMM (5 W on x86,
 * 1.5 W on ARM), each DIMM beyond the fourth drawing a little less, with a floor of two DIMMs. On x86
 * this gives 10 W up to 16 GiB, 20 W for 32–64 GiB, 38 W from 128 GiB to 1 TiB and 70 W for 2 TiB,
 * CodeCarbon's figures at those sizes, never decreasing with memory in between. Pure.
 */
final class DimmModel {

    private static final double X86_WATTS_PER_DIMM = 5;
    private static final double ARM_WATTS_PER_DIMM = 1.5;

    private DimmModel() {}

    /**
     * How many DIMMs a machine with this much memory likely has. Beyond 128 GiB: eight, or as many
     * 128 GiB DIMMs as it takes, up to 32. CodeCarbon instead picks the largest DIMM size that leaves
     * eight, which agrees at the nominal sizes (256 GiB, 1 TiB, 2 TiB) but jumps to 16 DIMMs for the
     * 251 GiB a 256 GB server reports, and gives 200 GiB more power than 256 GiB.
     */
    static int dimms(double gib) {
        if (gib <= 2) {
            return 1;
        }
        if (gib <= 16) {
            return 2;
        }
        if (gib <= 64) {
            return 4;
        }
        return (int) Math.min(Math.max(8, Math.ceil(gib / 128)), 32);
    }

    /** The power of n DIMMs of b watts: full for the first 4, then 90 %, 80 % (up to 16) and 70 %. */
    static double watts(int n, double b) {
        if (n <= 4) {
            return n * b;
        }
        if (n <= 8) {
            return 4 * b + 0.9 * b * (n - 4);
        }
        if (n <= 16) {
            return 4 * b + 3.6 * b + 0.8 * b * (n - 8);
        }
        return 4 * b + 3.6 * b + 6.4 * b + 0.7 * b * (n - 16);
    }

    static Power power(long totalBytes, boolean arm) {
        double perDimm = arm ? ARM_WATTS_PER_DIMM : X86_WATTS_PER_DIMM;
        return Power.ofWatts(Math.max(watts(dimms(gib(totalBytes)), perDimm), 2 * perDimm));
    }

    /** For reports: {@code "15.6 GiB, 2 DIMMs × 5 W (x86)"}. */
    static String describe(long totalBytes, boolean arm) {
        double gib = gib(totalBytes);
        return Decimals.fixed(gib, 1) + " GiB, " + Math.max(2, dimms(gib)) + " DIMMs × " + (arm ? "1.5" : "5") + " W ("
                + (arm ? "ARM" : "x86") + ")";
    }

    private static double gib(long bytes) {
        return bytes / (double) (1L << 30);
    }
}
