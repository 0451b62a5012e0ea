package io.github.carbon4j.meter;

import java.util.List;

/**
 * Which zones of a {@link RaplMeter} are one counter shown again (mirrors), and the evidence against each.
 */
final class RaplMirrors {

    private final List<RaplZone> zones;
    /** The meter's last readings, which it updates in place. */
    private final long[] readings;
    /** The zone each one mirrors, or -1 where it counts on its own. */
    private final int[] mirrorOf;
    /** µJ a mirror has drawn since it last agreed with its zone: added if it proves to be a counter of its own. */
    private final long[] unconfirmed;

    private final int[] strikes;
    private final long[] lastStrike;

    /** Finds the mirrors among the zones from their first readings, which took {@code window} ns. */
    RaplMirrors(List<RaplZone> zones, long[] readings, long window) {
        this.zones = zones;
        this.readings = readings;
        int n = zones.size();
        mirrorOf = new int[n];
        unconfirmed = new long[n];
        strikes = new int[n];
        lastStrike = new long[n];
        for (int j = 0; j < n; j++) {
            mirrorOf[j] = -1;
            for (int i = 0; i < j && mirrorOf[j] < 0; i++) {
                if (mirrorOf[i] < 0 && zones.get(i).couldMirror(zones.get(j)) && agree(i, j, window)) {
                    mirrorOf[j] = i;
                }
            }
        }
    }

    /** The zone that zone j mirrors, or -1 where it counts on its own. */
    int of(int j) {
        return mirrorOf[j];
    }

    /** Zone j, a mirror, drew {@code delta} µJ while its zone's reading could not be compared. */
    void defer(int j, long delta) {
        unconfirmed[j] += delta;
    }

    /**
     * One more reading of zone j, taken as a mirror of zone i at {@code now} in {@code window} ns: evidence
     * for or against. True when it made zone j a counter of its own; see {@link #release}.
     */
    boolean weigh(int i, int j, long delta, long now, long window) {
        if (agree(i, j, window)) {
            strikes[j] = 0;
            unconfirmed[j] = 0;
            return false;
        }
        unconfirmed[j] += delta;
        if (strikes[j] == 0 || now - lastStrike[j] >= RaplMeter.MIRROR_EVIDENCE_SPACING_NANOS) {
            strikes[j]++;
            lastStrike[j] = now;
        }
        if (strikes[j] >= RaplMeter.MIRROR_EVIDENCE) {
            mirrorOf[j] = -1;
            return true;
        }
        return false;
    }

    /** The µJ zone j drew while the evidence gathered, now to be counted; forgets them. */
    long release(int j) {
        long drawn = unconfirmed[j];
        unconfirmed[j] = 0;
        return drawn;
    }

    /** Whether the last readings of two zones are one counter's, read one after the other in {@code window} ns. */
    private boolean agree(int i, int j, long window) {
        long range = zones.get(i).maxRangeMicrojoules();
        long apart = Math.abs(readings[i] - readings[j]);
        if (range > 0) {
            apart = Math.min(apart, Math.abs(range - apart));
        }
        return apart < RaplMeter.tolerance(window);
    }
}
