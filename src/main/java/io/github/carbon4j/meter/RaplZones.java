package io.github.carbon4j.meter;

import io.github.carbon4j.Clock;
import io.github.carbon4j.Component;
import io.github.carbon4j.Energy;
import io.github.carbon4j.MeasurementMethod;
import io.github.carbon4j.internal.Notices;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Finds the RAPL zones under a powercap root, chooses the ones to sum, and opens a {@link RaplMeter}:
 * the packages (or psys) for the CPU, the dram zones for memory.
 */
final class RaplZones {

    /** The RAM meter's method where the CPU is measured by psys, which covers memory already. */
    static final MeasurementMethod INCLUDED_IN_PSYS = MeasurementMethod.measured(
            "RAPL psys", "memory is inside the CPU's psys figure, which covers the whole platform; not added again");

    private RaplZones() {}

    /**
     * A RAPL meter of the CPU over the powercap root, or empty when there is nothing usable to read
     * there. When the counters exist but cannot be read, one notice says so and how to fix it. The
     * meter reads its counters in the background often enough to see every wrap.
     *
     * @param clock times the reads (mirror tolerance) and the background reader's period
     * @param fallback the estimate the meter degrades to if its counters stop being readable
     */
    static Optional<EnergyMeter> open(
            Path root,
            boolean preferPsys,
            KernelFiles files,
            Clock clock,
            Notices notices,
            Supplier<EnergyMeter> fallback) {
        return open(root, preferPsys, files, clock, notices, fallback, RaplSampler.DAEMON);
    }

    static Optional<EnergyMeter> open(
            Path root,
            boolean preferPsys,
            KernelFiles files,
            Clock clock,
            Notices notices,
            Supplier<EnergyMeter> fallback,
            RaplSampler.Starter sampling) {
        return meter(
                Component.CPU,
                "RAPL",
                select(scan(root, files, notices), preferPsys),
                root,
                new Opening(files, clock, notices, fallback, sampling),
                "the CPU is estimated by the TDP model instead");
    }

    /**
     * The measured RAM: the RAPL {@code dram} zones (one per socket), summed. Where the CPU is measured by
     * psys, which includes memory, a meter of 0 J whose method says so ({@link #INCLUDED_IN_PSYS}), so that
     * memory is not counted twice. Empty where there is no readable dram zone.
     *
     * @param psysChosen whether the CPU meter reads psys (see {@link #choosesPsys})
     * @param fallback the estimate the meter degrades to if its counters stop being readable
     */
    static Optional<EnergyMeter> openDram(
            Path root,
            boolean psysChosen,
            KernelFiles files,
            Clock clock,
            Notices notices,
            Supplier<EnergyMeter> fallback) {
        return openDram(root, psysChosen, files, clock, notices, fallback, RaplSampler.DAEMON);
    }

    static Optional<EnergyMeter> openDram(
            Path root,
            boolean psysChosen,
            KernelFiles files,
            Clock clock,
            Notices notices,
            Supplier<EnergyMeter> fallback,
            RaplSampler.Starter sampling) {
        if (psysChosen) {
            return Optional.of(EnergyMeters.of(Component.RAM, INCLUDED_IN_PSYS, () -> Energy.ZERO));
        }
        return meter(
                Component.RAM,
                "RAPL dram",
                selectDram(scan(root, files, notices)),
                root,
                new Opening(files, clock, notices, fallback, sampling),
                "RAM is estimated by the DIMM model instead");
    }

    /**
     * Whether {@link #open} would measure the CPU by a readable psys zone: psys is preferred and present,
     * or there is no package zone.
     */
    static boolean choosesPsys(Path root, boolean preferPsys, KernelFiles files, Notices notices) {
        List<RaplZone> zones = select(scan(root, files, notices), preferPsys);
        if (zones.isEmpty() || zones.get(0).kind() != RaplZone.Kind.PSYS) {
            return false;
        }
        try (KernelFiles.KernelFile file = files.open(zones.get(0).energyFile())) {
            KernelText.parseCounter(file.read(), file.path().toString());
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** What opening a RAPL meter needs beyond its zones. */
    private record Opening(
            KernelFiles files,
            Clock clock,
            Notices notices,
            Supplier<EnergyMeter> fallback,
            RaplSampler.Starter sampling) {}

    private static Optional<EnergyMeter> meter(
            Component component, String name, List<RaplZone> zones, Path root, Opening with, String instead) {
        if (zones.isEmpty()) {
            return Optional.empty();
        }
        KernelFiles files = with.files();
        Clock clock = with.clock();
        List<KernelFiles.KernelFile> opened = new ArrayList<>();
        long[] first = new long[zones.size()];
        long start = clock.monotonicTime();
        for (int i = 0; i < zones.size(); i++) {
            Path path = zones.get(i).energyFile();
            try {
                KernelFiles.KernelFile file = files.open(path);
                opened.add(file);
                first[i] = KernelText.parseCounter(file.read(), path.toString());
            } catch (IOException | IllegalArgumentException e) {
                for (KernelFiles.KernelFile open : opened) {
                    open.close();
                }
                refuse(component, root, path, e, with.notices(), instead);
                return Optional.empty();
            }
        }
        long window = clock.monotonicTime() - start;
        return Optional.of(new RaplMeter(
                component,
                name,
                zones,
                opened,
                first,
                window,
                clock,
                with.notices(),
                with.fallback(),
                with.sampling()));
    }

    /** Says, once, why a counter cannot be used. */
    private static void refuse(
            Component component, Path root, Path path, Exception e, Notices notices, String instead) {
        if (e instanceof AccessDeniedException) {
            // The CPU's notice names the fix, which makes every RAPL counter readable, memory's included;
            // memory alone unreadable (a configured CPU power) quietly stays with the DIMM model.
            if (component == Component.CPU) {
                notices.info("rapl.unreadable", unreadable(root, path));
            }
            return;
        }
        // Summing the sockets that do work would undercount the others: estimate the whole instead.
        notices.warn(
                "rapl.broken." + path, "cannot use the RAPL counter " + path + " (" + e.getMessage() + "); " + instead);
    }

    static String unreadable(Path root, Path path) {
        return "the RAPL energy counters are not readable by this user (" + path + ": permission denied, as on most"
                + " kernels since 2020); the CPU is estimated by the TDP model instead. To measure it, let this user"
                + " read them: sudo chmod o+r " + root + "/intel-rapl*/energy_uj (until reboot), or for good a udev"
                + " rule such as ACTION==\"add\", SUBSYSTEM==\"powercap\", RUN+=\"/bin/chmod o+r /sys%p/energy_uj\"";
    }

    /** See {@link RaplZoneScan#scan}. */
    static List<RaplZone> scan(Path root, KernelFiles files, Notices notices) {
        return RaplZoneScan.scan(root, files, notices);
    }

    /**
     * The zones whose energy is the CPU's: every package (one per socket, or per die) unless psys is
     * preferred and present; psys when there is no package. A zone that the MMIO interface shows again
     * under the name of an MSR zone is the same counter and is dropped.
     */
    static List<RaplZone> select(List<RaplZone> zones, boolean preferPsys) {
        List<RaplZone> packages = new ArrayList<>();
        List<RaplZone> psys = new ArrayList<>();
        for (RaplZone zone : withoutMmioDuplicates(zones)) {
            if (zone.kind() == RaplZone.Kind.PACKAGE) {
                packages.add(zone);
            } else if (zone.kind() == RaplZone.Kind.PSYS && psys.isEmpty()) {
                psys.add(zone);
            }
        }
        return (preferPsys && !psys.isEmpty()) || packages.isEmpty() ? psys : packages;
    }

    /** The dram zones, one per socket (or per die), MMIO duplicates dropped. */
    static List<RaplZone> selectDram(List<RaplZone> zones) {
        List<RaplZone> dram = new ArrayList<>();
        for (RaplZone zone : withoutMmioDuplicates(zones)) {
            if (zone.kind() == RaplZone.Kind.DRAM) {
                dram.add(zone);
            }
        }
        return List.copyOf(dram);
    }

    private static List<RaplZone> withoutMmioDuplicates(List<RaplZone> zones) {
        Set<String> msrNames = new HashSet<>();
        for (RaplZone zone : zones) {
            if (!zone.mmio()) {
                msrNames.add(zone.name());
            }
        }
        // Loops, not streams or lambdas, here and above: a starting JVM pays for each lambda's class.
        List<RaplZone> kept = new ArrayList<>();
        for (RaplZone zone : zones) {
            if (!zone.mmio() || !msrNames.contains(zone.name())) {
                kept.add(zone);
            }
        }
        return List.copyOf(kept);
    }
}
