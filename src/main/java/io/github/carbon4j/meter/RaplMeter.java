package io.github.carbon4j.meter;

import io.github.carbon4j.Clock;
import io.github.carbon4j.Component;
import io.github.carbon4j.Energy;
import io.github.carbon4j.MeasurementMethod;
import io.github.carbon4j.internal.Notices;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The energy of RAPL {@code energy_uj} counters, summed over the chosen zones: the packages or psys
 * for the CPU, the dram zones for memory. Thread-safe: reading the files and counting them happen
 * under one lock, so readings are counted in the order they were taken.
 *
 * <p>A background {@link RaplSampler} reads the counters whenever nothing else has for a period,
 * short enough that no counter wraps twice between two reads; every decrease is then one wrap.
 *
 * <p>Some multi-die CPUs show one counter once per die: every die reads the same value and moves with
 * it. Zones of one socket whose first readings match (see {@link #tolerance}) are taken as one counter
 * shown twice and counted once. Counters read one after the other differ by what the package drew
 * between the two reads, so the tolerance grows with the time the reads took: a read preempted for
 * 4 ms at 250 W (1 J apart) stays within it. Only {@link #MIRROR_EVIDENCE} disagreeing reads in a row,
 * each at least {@link #MIRROR_EVIDENCE_SPACING_NANOS} after the last, make them two counters; the
 * energy the second zone drew while the evidence gathered is then added, so nothing is lost.
 *
 * <p>When a counter can no longer be read the meter degrades to its fallback, once, keeping the
 * energy measured so far.
 */
final class RaplMeter implements EnergyMeter, RaplSampler.Target {

    /** 1 J: more than a counter moves between two back-to-back reads, far less than sockets drift apart. */
    static final long MIRROR_TOLERANCE_UJ = 1_000_000;
    /** Disagreeing reads in a row that make two mirrored zones two counters. */
    static final int MIRROR_EVIDENCE = 3;
    /** How far apart those reads must be: a burst of preempted reads is one piece of evidence. */
    static final long MIRROR_EVIDENCE_SPACING_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final Component component;
    private final String name;
    private final List<RaplZone> zones;
    private final List<KernelFiles.KernelFile> files;
    private final Clock clock;
    private final Notices notices;
    private final Supplier<EnergyMeter> fallback;
    private final long periodNanos;
    private final RaplCounter[] counters;
    private final long[] readings;
    private final boolean[] fresh;
    private final RaplMirrors mirrors;
    private final Runnable stopSampler;
    private long microjoules;
    private long lastRead;
    private long window;
    private boolean closed;
    private volatile EnergyMeter degraded;
    private volatile MeasurementMethod method;
    private double joulesBeforeDegrading;

    /**
     * @param first each zone's reading when opened, the baselines
     * @param firstWindow the nanoseconds reading {@code first} took
     * @param sampling starts the background reader
     */
    RaplMeter(
            Component component,
            String name,
            List<RaplZone> zones,
            List<KernelFiles.KernelFile> files,
            long[] first,
            long firstWindow,
            Clock clock,
            Notices notices,
            Supplier<EnergyMeter> fallback,
            RaplSampler.Starter sampling) {
        this.component = component;
        this.name = name;
        this.zones = List.copyOf(zones);
        this.files = List.copyOf(files);
        this.clock = clock;
        this.notices = notices;
        this.fallback = fallback;
        this.periodNanos = RaplSampler.periodNanos(zones);
        int n = zones.size();
        counters = new RaplCounter[n];
        readings = first.clone();
        fresh = new boolean[n];
        window = firstWindow;
        for (int j = 0; j < n; j++) {
            counters[j] = new RaplCounter(first[j], zones.get(j).maxRangeMicrojoules());
            fresh[j] = true;
        }
        mirrors = new RaplMirrors(this.zones, readings, firstWindow);
        method = describe();
        lastRead = clock.monotonicTime();
        String thread = "carbon4j-rapl" + (component == Component.CPU ? "" : "-" + component.key());
        stopSampler = sampling.start(thread, this);
    }

    @Override
    public Component component() {
        return component;
    }

    @Override
    public MeasurementMethod method() {
        EnergyMeter fallen = degraded;
        return fallen != null ? fallen.method() : method;
    }

    @Override
    public synchronized Energy read() {
        if (degraded == null && !closed) {
            advance();
        }
        if (degraded != null) {
            return Energy.ofJoules(joulesBeforeDegrading + degraded.read().joules());
        }
        return Energy.ofJoules(microjoules / 1e6);
    }

    @Override
    public void samplerFailed(RuntimeException e) {
        notices.warn(
                "rapl.sampler",
                "the RAPL background reader stopped (" + e
                        + "); counters that wrap twice between two logged steps may be undercounted");
    }

    /** The background reader's due check; see {@link RaplSampler.Target}. */
    @Override
    public synchronized long sampleIfDue() {
        if (closed || degraded != null) {
            return -1;
        }
        long due = lastRead + periodNanos - clock.monotonicTime();
        if (due > 0) {
            return due;
        }
        advance();
        return degraded != null ? -1 : periodNanos;
    }

    /** How often the background reader reads when nothing else does, in ns. */
    long periodNanos() {
        return periodNanos;
    }

    private void advance() {
        try {
            readAll();
        } catch (IOException e) {
            notices.warn(
                    "rapl.lost." + component,
                    "the " + name + " counters stopped being readable (" + e + "); " + component.key()
                            + " is estimated from here on");
            joulesBeforeDegrading = microjoules / 1e6;
            degraded = fallback.get();
            closeFiles();
            return;
        }
        for (int j = 0; j < zones.size(); j++) {
            if (!fresh[j]) {
                continue;
            }
            long delta = counters[j].advance(readings[j]);
            int i = mirrors.of(j);
            if (i < 0) {
                microjoules += delta;
            } else if (!fresh[i]) {
                mirrors.defer(j, delta);
            } else if (mirrors.weigh(i, j, delta, lastRead, window)) {
                // Zone j proved a counter of its own: what it drew while the evidence gathered counts too.
                microjoules += mirrors.release(j);
                method = describe();
            }
        }
    }

    private void readAll() throws IOException {
        long start = clock.monotonicTime();
        for (int j = 0; j < zones.size(); j++) {
            KernelFiles.KernelFile file = files.get(j);
            try {
                readings[j] = KernelText.parseCounter(file.read(), file.path().toString());
                fresh[j] = true;
            } catch (IllegalArgumentException e) {
                // A garbled read counts nothing now; the next good one covers the energy since the last.
                notices.warn("rapl.garbage." + file.path(), "ignoring a garbled RAPL reading: " + e.getMessage());
                fresh[j] = false;
            }
        }
        lastRead = clock.monotonicTime();
        window = lastRead - start;
    }

    /**
     * How far apart two readings of one counter can be when the reads took {@code nanos}: 1 J, plus what
     * a package at {@link RaplSampler#CEILING_WATTS} draws in that time.
     */
    static long tolerance(long nanos) {
        return MIRROR_TOLERANCE_UJ + (long) (RaplSampler.CEILING_WATTS * Math.max(0, nanos) / 1000);
    }

    private MeasurementMethod describe() {
        StringBuilder detail = new StringBuilder();
        for (int j = 0; j < zones.size(); j++) {
            detail.append(j == 0 ? "" : ", ").append(zones.get(j));
            if (mirrors.of(j) >= 0) {
                detail.append(" mirrors ")
                        .append(zones.get(mirrors.of(j)).name())
                        .append(", counted once");
            }
        }
        return MeasurementMethod.measured(name, detail.toString());
    }

    @Override
    public void close() {
        // Not under the lock: the reader may be waiting for it, and stopping waits for the reader.
        stopSampler.run();
        EnergyMeter fallen;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            closeFiles();
            fallen = degraded;
        }
        if (fallen != null) {
            fallen.close();
        }
    }

    private void closeFiles() {
        files.forEach(KernelFiles.KernelFile::close);
    }
}
