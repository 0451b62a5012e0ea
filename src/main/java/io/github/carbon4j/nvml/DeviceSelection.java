package io.github.carbon4j.nvml;

import io.github.carbon4j.CarbonConfigurationException;
import io.github.carbon4j.internal.KeyNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Which GPUs to measure: those named in {@code carbon4j.gpu.devices}, else those CUDA makes visible
 * through {@code CUDA_VISIBLE_DEVICES}, else all. Pure: the devices and both settings come in as
 * values.
 *
 * <p>Entries are NVML indices or UUIDs ({@code GPU-…}, a unique prefix is enough, as CUDA allows).
 * A MIG instance has no energy counter of its own and is measured as the GPU it lies on:
 * {@code MIG-GPU-<uuid>/<gi>/<ci>} (drivers before 470) names that GPU; a MIG UUID ({@code MIG-<uuid>})
 * is traced to its GPU through NVML, by the function passed in, and selects nothing where that fails.
 * CUDA indices are taken as NVML indices, which holds when {@code CUDA_DEVICE_ORDER} is
 * {@code PCI_BUS_ID} or all GPUs are alike; UUIDs are exact.
 */
final class DeviceSelection {

    /** One NVML device by index and UUID. */
    record DeviceId(int index, String uuid) {}

    /**
     * The outcome.
     *
     * @param devices the chosen devices, in NVML index order
     * @param source where the choice came from: the configuration key, the variable, or {@code "all"}
     * @param unmatched configured entries that matched no device here
     * @param migs for each device chosen only through MIG entries, by NVML index, those entries
     */
    record Selection(List<DeviceId> devices, String source, List<String> unmatched, Map<Integer, List<String>> migs) {

        Selection(List<DeviceId> devices, String source, List<String> unmatched) {
            this(devices, source, unmatched, Map.of());
        }
    }

    /** Traces no MIG UUID: for callers without NVML. */
    static final Function<String, Optional<String>> NO_MIG = uuid -> Optional.empty();

    static final String CUDA_VISIBLE_DEVICES = "CUDA_VISIBLE_DEVICES";

    private DeviceSelection() {}

    /**
     * Chooses the devices.
     *
     * @throws IllegalArgumentException naming {@code carbon4j.gpu.devices} and its value when an
     *     entry is neither an index nor a UUID
     */
    static Selection select(List<DeviceId> all, Optional<String> configured, Optional<String> cudaVisible) {
        return select(all, configured, cudaVisible, NO_MIG);
    }

    /**
     * Chooses the devices.
     *
     * @param migParent the UUID of the GPU a MIG UUID ({@code MIG-<uuid>}) lies on, or empty
     * @throws IllegalArgumentException naming {@code carbon4j.gpu.devices} and its value when an
     *     entry is neither an index nor a UUID
     */
    static Selection select(
            List<DeviceId> all,
            Optional<String> configured,
            Optional<String> cudaVisible,
            Function<String, Optional<String>> migParent) {
        if (configured.isPresent()) {
            return fromConfiguration(all, configured.get(), migParent);
        }
        if (cudaVisible.isPresent()) {
            return fromCuda(all, cudaVisible.get(), migParent);
        }
        return new Selection(List.copyOf(all), "all", List.of());
    }

    /**
     * Checks the syntax of a {@code carbon4j.gpu.devices} value, so that a typo fails fast even on a
     * machine without GPUs.
     *
     * @return the entries, blanks dropped
     * @throws CarbonConfigurationException naming the key and the value
     */
    static List<String> validate(String value) {
        List<String> entries = entries(value).stream().filter(e -> !e.isEmpty()).toList();
        for (String entry : entries) {
            if (!isIndex(entry) && !isUuid(entry)) {
                throw new CarbonConfigurationException(
                        KeyNames.GPU_DEVICES,
                        value,
                        "\"" + entry + "\" is neither an NVML index nor a GPU or MIG UUID",
                        null);
            }
        }
        if (entries.isEmpty()) {
            throw new CarbonConfigurationException(
                    KeyNames.GPU_DEVICES, value, "expected NVML indices or UUIDs, comma-separated", null);
        }
        return entries;
    }

    private static Selection fromConfiguration(
            List<DeviceId> all, String value, Function<String, Optional<String>> migParent) {
        Chosen chosen = new Chosen();
        List<String> unmatched = new ArrayList<>();
        for (String entry : validate(value)) {
            if (!chosen.add(entry, resolve(all, entry, migParent))) {
                unmatched.add(entry);
            }
        }
        return chosen.selection(all, KeyNames.GPU_DEVICES, unmatched);
    }

    /** As CUDA does, the list ends at the first entry that names no device ({@code -1} hides all). */
    private static Selection fromCuda(List<DeviceId> all, String value, Function<String, Optional<String>> migParent) {
        Chosen chosen = new Chosen();
        for (String entry : entries(value)) {
            List<DeviceId> found = isIndex(entry) || isUuid(entry) ? resolve(all, entry, migParent) : List.of();
            if (!chosen.add(entry, found)) {
                break;
            }
        }
        return chosen.selection(all, CUDA_VISIBLE_DEVICES, List.of());
    }

    /** The devices chosen so far, and which of them only through MIG entries. */
    private static final class Chosen {
        private final Set<DeviceId> devices = new LinkedHashSet<>();
        private final Set<Integer> whole = new HashSet<>();
        private final Map<Integer, List<String>> migs = new TreeMap<>();

        /** Adds what an entry found; false when it found nothing. */
        boolean add(String entry, List<DeviceId> found) {
            boolean mig = isMig(entry);
            for (DeviceId device : found) {
                devices.add(device);
                if (mig) {
                    migs.computeIfAbsent(device.index(), i -> new ArrayList<>()).add(entry);
                } else {
                    whole.add(device.index());
                }
            }
            return !found.isEmpty();
        }

        Selection selection(List<DeviceId> all, String source, List<String> unmatched) {
            Map<Integer, List<String>> onlyMig = new TreeMap<>();
            migs.forEach((index, entries) -> {
                if (!whole.contains(index)) {
                    onlyMig.put(index, List.copyOf(entries));
                }
            });
            return new Selection(inIndexOrder(all, devices), source, unmatched, Map.copyOf(onlyMig));
        }
    }

    private static List<DeviceId> resolve(
            List<DeviceId> all, String entry, Function<String, Optional<String>> migParent) {
        if (isIndex(entry)) {
            return all.stream()
                    .filter(d -> String.valueOf(d.index()).equals(stripZeros(entry)))
                    .toList();
        }
        if (isMig(entry)) {
            String rest = entry.substring(4);
            if (rest.toUpperCase(Locale.ROOT).startsWith("GPU-")) {
                return byUuidPrefix(all, rest.split("/", 2)[0]);
            }
            return migParent
                    .apply(entry)
                    .map(parent -> all.stream()
                            .filter(d -> d.uuid().equalsIgnoreCase(parent))
                            .toList())
                    .orElse(List.of());
        }
        return byUuidPrefix(all, entry);
    }

    /** A MIG device, in either form: {@code MIG-<uuid>} or {@code MIG-GPU-<uuid>/<gi>/<ci>}. */
    static boolean isMig(String entry) {
        return entry.toUpperCase(Locale.ROOT).startsWith("MIG-");
    }

    /** The form that names its GPU itself: {@code MIG-GPU-<uuid>/<gi>/<ci>}. */
    static boolean isLegacyMig(String entry) {
        return entry.toUpperCase(Locale.ROOT).startsWith("MIG-GPU-");
    }

    /** A unique prefix selects its device; an ambiguous one selects none, as in CUDA. */
    private static List<DeviceId> byUuidPrefix(List<DeviceId> all, String prefix) {
        String p = prefix.toLowerCase(Locale.ROOT);
        List<DeviceId> found = all.stream()
                .filter(d -> d.uuid().toLowerCase(Locale.ROOT).startsWith(p))
                .toList();
        return found.size() == 1 ? found : List.of();
    }

    private static List<DeviceId> inIndexOrder(List<DeviceId> all, Set<DeviceId> chosen) {
        return all.stream().filter(chosen::contains).toList();
    }

    private static List<String> entries(String value) {
        List<String> entries = new ArrayList<>();
        for (String part : value.split(",", -1)) {
            entries.add(part.trim());
        }
        return entries;
    }

    private static boolean isIndex(String entry) {
        return !entry.isEmpty() && entry.length() <= 9 && entry.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static boolean isUuid(String entry) {
        String upper = entry.toUpperCase(Locale.ROOT);
        return upper.length() > 4 && (upper.startsWith("GPU-") || upper.startsWith("MIG-"));
    }

    private static String stripZeros(String index) {
        return String.valueOf(Integer.parseInt(index));
    }
}
