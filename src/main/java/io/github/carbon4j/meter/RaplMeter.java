package io.github.carbon4j.meter;

import io.github.carbon4j.Component;
import io.github.carbon4j.Energy;
import io.github.carbon4j.MeasurementMethod;
import io.github.carbon4j.Notices;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;

/**
 * The CPU energy from RAPL {@code energy_uj} counters, summed over the chosen zones. Thread-safe.
 *
 * <p>Some multi-die CPUs show one counter once per die: every die reads the same value and moves with
 * it. A zone whose readings match an earlier zone's (within {@link #MIRROR_TOLERANCE_UJ}, which covers
 * reading the two on either side of a counter update) is counted once; the first reading where they
 * differ ends that for good, and from then on both count. When a counter can no longer be read the
 * meter degrades to its fallback, once, keeping the energy measured so far.
 */
final class RaplMeter implements EnergyMeter {

    /** 1 J: more than a package draws between two reads of its mirrors, far less than sockets drift apart. */
    static final long MIRROR_TOLERANCE_UJ = 1_000_000;

    private final List<RaplZone> zones;
    private final List<KernelFiles.KernelFile> files;
    private final RaplCounter[] counters;
    private final long[] readings;
    private final boolean[] fresh;
    private final int[] mirrorOf;
    private final Supplier<EnergyMeter> fallback;
    private final MeasurementMethod method;
    private long microjoules;
    private EnergyMeter degraded;
    private double joulesBeforeDegrading;

    RaplMeter(List<RaplZone> zones, List<KernelFiles.KernelFile> files, long[] first, Supplier<EnergyMeter> fallback) {
        this.zones = List.copyOf(zones);
        this.files = List.copyOf(files);
        this.fallback = fallback;
        int n = zones.size();
        counters = new RaplCounter[n];
        readings = first.clone();
        fresh = new boolean[n];
        mirrorOf = new int[n];
        StringBuilder detail = new StringBuilder();
        for (int j = 0; j < n; j++) {
            counters[j] = new RaplCounter(first[j], zones.get(j).maxRangeMicrojoules());
            mirrorOf[j] = -1;
            for (int i = 0; i < j && mirrorOf[j] < 0; i++) {
                if (mirrorOf[i] < 0 && mirrors(i, j)) {
                    mirrorOf[j] = i;
                }
            }
            detail.append(j == 0 ? "" : ", ").append(zones.get(j));
            if (mirrorOf[j] >= 0) {
                detail.append(" mirrors ").append(zones.get(mirrorOf[j]).name()).append(", counted once");
            }
        }
        method = MeasurementMethod.measured("RAPL", detail.toString());
    }

    @Override
    public Component component() {
        return Component.CPU;
    }

    @Override
    public synchronized MeasurementMethod method() {
        return degraded != null ? degraded.method() : method;
    }

    @Override
    public synchronized Energy read() {
        if (degraded != null) {
            return Energy.ofJoules(joulesBeforeDegrading + degraded.read().joules());
        }
        try {
            readAll();
        } catch (IOException e) {
            Notices.once("rapl.lost", "the RAPL counters stopped being readable (" + e
                    + "); the CPU is estimated from here on");
            joulesBeforeDegrading = microjoules / 1e6;
            degraded = fallback.get();
            closeFiles();
            return Energy.ofJoules(joulesBeforeDegrading + degraded.read().joules());
        }
        for (int j = 0; j < zones.size(); j++) {
            if (mirrorOf[j] >= 0 && fresh[j] && fresh[mirrorOf[j]] && !mirrors(mirrorOf[j], j)) {
                mirrorOf[j] = -1;
            }
        }
        for (int j = 0; j < zones.size(); j++) {
            if (fresh[j]) {
                long delta = counters[j].advance(readings[j]);
                if (mirrorOf[j] < 0) {
                    microjoules += delta;
                }
            }
        }
        return Energy.ofJoules(microjoules / 1e6);
    }

    private void readAll() throws IOException {
        for (int j = 0; j < zones.size(); j++) {
            KernelFiles.KernelFile file = files.get(j);
            try {
                readings[j] = KernelText.parseCounter(file.read(), file.path().toString());
                fresh[j] = true;
            } catch (IllegalArgumentException e) {
                // A garbled read counts nothing now; the next good one covers the energy since the last.
                Notices.once("rapl.garbage." + file.path(), "ignoring a garbled RAPL reading: " + e.getMessage());
                fresh[j] = false;
            }
        }
    }

    private boolean mirrors(int i, int j) {
        long range = zones.get(i).maxRangeMicrojoules();
        if (range != zones.get(j).maxRangeMicrojoules()) {
            return false;
        }
        long apart = Math.abs(readings[i] - readings[j]);
        if (range > 0) {
            apart = Math.min(apart, Math.abs(range - apart));
        }
        return apart < MIRROR_TOLERANCE_UJ;
    }

    @Override
    public synchronized void close() {
        closeFiles();
        if (degraded != null) {
            degraded.close();
        }
    }

    private void closeFiles() {
        files.forEach(KernelFiles.KernelFile::close);
    }
}
