package io.github.carbon4j.nvml;

import io.github.carbon4j.ConfigKeys;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which GPUs to measure: those named in {@code carbon4j.gpu.devices}, else those CUDA makes visible
 * through {@code CUDA_VISIBLE_DEVICES}, else all. Pure: the devices and both settings come in as
 * values.
 *
 * <p>Entries are NVML indices or UUIDs ({@code GPU-…}, a unique prefix is enough, as CUDA allows).
 * A MIG instance ({@code MIG-…}) draws on its GPU's energy counter: {@code MIG-GPU-<uuid>/…} names
 * that GPU; a bare MIG UUID cannot be traced to its GPU with the calls used here, so it selects
 * every GPU. CUDA indices are taken as NVML indices, which holds when {@code CUDA_DEVICE_ORDER} is
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
     */
    record Selection(List<DeviceId> devices, String source, List<String> unmatched) {}

    static final String CUDA_VISIBLE_DEVICES = "CUDA_VISIBLE_DEVICES";

    private DeviceSelection() {}

    /**
     * Chooses the devices.
     *
     * @throws IllegalArgumentException naming {@code carbon4j.gpu.devices} and its value when an
     *     entry is neither an index nor a UUID
     */
    static Selection select(List<DeviceId> all, Optional<String> configured, Optional<String> cudaVisible) {
        if (configured.isPresent()) {
            return fromConfiguration(all, configured.get());
        }
        if (cudaVisible.isPresent()) {
            return fromCuda(all, cudaVisible.get());
        }
        return new Selection(List.copyOf(all), "all", List.of());
    }

    /**
     * Checks the syntax of a {@code carbon4j.gpu.devices} value, so that a typo fails fast even on a
     * machine without GPUs.
     *
     * @return the entries, blanks dropped
     * @throws IllegalArgumentException naming the key and the value
     */
    static List<String> validate(String value) {
        List<String> entries = entries(value).stream().filter(e -> !e.isEmpty()).toList();
        for (String entry : entries) {
            if (!isIndex(entry) && !isUuid(entry)) {
                throw new IllegalArgumentException("invalid " + ConfigKeys.GPU_DEVICES + " \"" + value
                        + "\": \"" + entry + "\" is neither an NVML index nor a GPU or MIG UUID");
            }
        }
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("invalid " + ConfigKeys.GPU_DEVICES + " \"" + value
                    + "\": expected NVML indices or UUIDs, comma-separated");
        }
        return entries;
    }

    private static Selection fromConfiguration(List<DeviceId> all, String value) {
        Set<DeviceId> chosen = new LinkedHashSet<>();
        List<String> unmatched = new ArrayList<>();
        for (String entry : validate(value)) {
            List<DeviceId> found = resolve(all, entry);
            if (found.isEmpty()) {
                unmatched.add(entry);
            }
            chosen.addAll(found);
        }
        return new Selection(inIndexOrder(all, chosen), ConfigKeys.GPU_DEVICES, unmatched);
    }

    /** As CUDA does, the list ends at the first entry that names no device ({@code -1} hides all). */
    private static Selection fromCuda(List<DeviceId> all, String value) {
        Set<DeviceId> chosen = new LinkedHashSet<>();
        for (String entry : entries(value)) {
            List<DeviceId> found = isIndex(entry) || isUuid(entry) ? resolve(all, entry) : List.of();
            if (found.isEmpty()) {
                break;
            }
            chosen.addAll(found);
        }
        return new Selection(inIndexOrder(all, chosen), CUDA_VISIBLE_DEVICES, List.of());
    }

    private static List<DeviceId> resolve(List<DeviceId> all, String entry) {
        if (isIndex(entry)) {
            return all.stream().filter(d -> String.valueOf(d.index()).equals(stripZeros(entry))).toList();
        }
        String upper = entry.toUpperCase(Locale.ROOT);
        if (upper.startsWith("MIG-")) {
            String rest = entry.substring(4);
            return rest.toUpperCase(Locale.ROOT).startsWith("GPU-")
                    ? byUuidPrefix(all, rest.split("/", 2)[0])
                    : List.copyOf(all);
        }
        return byUuidPrefix(all, entry);
    }

    /** A unique prefix selects its device; an ambiguous one selects none, as in CUDA. */
    private static List<DeviceId> byUuidPrefix(List<DeviceId> all, String prefix) {
        String p = prefix.toLowerCase(Locale.ROOT);
        List<DeviceId> found = all.stream().filter(d -> d.uuid().toLowerCase(Locale.ROOT).startsWith(p)).toList();
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
