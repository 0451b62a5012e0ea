package io.github.carbon4j.report;

import io.github.carbon4j.Component;
import io.github.carbon4j.MeasurementMethod;
import io.github.carbon4j.intensity.CarbonIntensities;
import io.github.carbon4j.internal.RunInfo;
import io.github.carbon4j.internal.Totals;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.function.Function;

/**
 * One run as a row of CodeCarbon's emissions.csv ({@link ReportNames#EMISSIONS_COLUMNS}), in its
 * units, from the meters over the whole run (start to close), not from sums of steps: duration s,
 * emissions kg, rate kg/s, power W (mean over the run), energy kWh with
 * PUE applied to each component as CodeCarbon does, RAM GiB, timestamp local time. Columns that
 * only make sense for Python (python_version, codecarbon_version) and what carbon4j does not measure
 * (utilisation, coordinates, water) are left empty or 0. After CodeCarbon's columns comes
 * {@link ReportNames#STATUS_COLUMN}: {@code complete}, or what a reader of an incomplete run must
 * know, then the run's embodied emissions and its SCI (operational plus embodied), both in kg. Each
 * column is written by name from one table, held against the header when the class loads. Pure
 * function.
 */
final class EmissionsCsv {

    static final String HEADER = Csv.line(ReportNames.EMISSIONS_FILE_COLUMNS);
    private static final double JOULES_PER_KWH = 3.6e6;
    /** Column name to its value, in the header's order. */
    static final Map<String, Function<Run, String>> COLUMNS = columns();

    private EmissionsCsv() {}

    /** What a row is computed from: the run's entry and the zone of its local timestamp. */
    record Run(RunEntry entry, TimeZone zone) {
        RunInfo info() {
            return entry.record().run();
        }

        MachineInfo machine() {
            return entry.record().machine();
        }

        RunRecord.Location location() {
            return entry.record().location();
        }

        Totals totals() {
            return entry.totals();
        }

        double seconds() {
            return entry.totals().seconds();
        }

        double kilograms() {
            return entry.totals().emissionsGrams() / 1000;
        }

        /** The alpha-3 code of a country configured as "fr", "France" or "FRA". */
        Optional<String> iso3() {
            String country = location().country();
            return country.isBlank() ? Optional.empty() : CarbonIntensities.countryCode(country);
        }

        boolean gpus() {
            return entry.record().method(Component.GPU).kind() != MeasurementMethod.Kind.NONE;
        }

        double perSecond(double value) {
            return seconds() > 0 ? value / seconds() : 0;
        }
    }

    static String row(RunEntry entry, TimeZone zone) {
        Run run = new Run(entry, zone);
        List<String> fields = new ArrayList<>(COLUMNS.size());
        COLUMNS.values().forEach(column -> fields.add(column.apply(run)));
        return Csv.line(fields);
    }

    private static Map<String, Function<Run, String>> columns() {
        Map<String, Function<Run, String>> c = new LinkedHashMap<>();
        runColumns(c);
        machineColumns(c);
        c.put(ReportNames.STATUS_COLUMN, r -> r.entry().status());
        c.put(ReportNames.EMBODIED_COLUMN, r -> num(r.totals().embodiedGrams() / 1000));
        c.put(ReportNames.SCI_COLUMN, r -> num(r.totals().sciGrams() / 1000));
        if (!List.copyOf(c.keySet()).equals(ReportNames.EMISSIONS_FILE_COLUMNS)) {
            throw new AssertionError("emissions.csv columns out of step with ReportNames.EMISSIONS_FILE_COLUMNS");
        }
        return Collections.unmodifiableMap(c);
    }

    private static void runColumns(Map<String, Function<Run, String>> c) {
        c.put("timestamp", r -> localTime(r.entry().end(), r.zone()));
        c.put("project_name", r -> r.info().experiment());
        c.put("run_id", r -> r.info().runId());
        c.put("experiment_id", r -> r.info().experiment());
        c.put("duration", r -> num(r.seconds()));
        c.put("emissions", r -> num(r.kilograms()));
        c.put("emissions_rate", r -> num(r.perSecond(r.kilograms())));
        for (Component component : Component.values()) {
            c.put(component.key() + "_power", r -> num(r.perSecond(r.totals().joules(component))));
        }
        for (Component component : Component.values()) {
            c.put(
                    component.key() + "_energy",
                    r -> num(r.totals().joules(component) * r.info().pue() / JOULES_PER_KWH));
        }
        c.put("energy_consumed", r -> num(r.totals().energyJoules() / JOULES_PER_KWH));
        c.put("water_consumed", r -> "0");
        c.put(
                "country_name",
                r -> r.iso3()
                        .flatMap(CarbonIntensities::countryName)
                        .orElse(r.location().country()));
        c.put("country_iso_code", r -> r.iso3().orElse(""));
        c.put("region", r -> r.location().region());
        c.put("cloud_provider", r -> r.location().cloudProvider());
        c.put("cloud_region", r -> r.location().cloudRegion());
    }

    private static void machineColumns(Map<String, Function<Run, String>> c) {
        c.put("os", r -> r.machine().os());
        c.put("python_version", r -> "");
        c.put("codecarbon_version", r -> "");
        c.put("cpu_count", r -> Integer.toString(r.machine().cpuCount()));
        c.put("cpu_model", r -> r.machine().cpuModel());
        c.put(
                "gpu_count",
                r -> Integer.toString(r.gpus() ? r.machine().gpuModels().size() : 0));
        c.put("gpu_model", r -> r.gpus() ? r.machine().gpuModelText() : "");
        c.put("longitude", r -> "");
        c.put("latitude", r -> "");
        c.put("ram_total_size", r -> num(r.machine().ramTotalGibibytes()));
        c.put("tracking_mode", r -> r.info().scope().key());
        c.put("cpu_utilization_percent", r -> "");
        c.put("gpu_utilization_percent", r -> "");
        c.put("ram_utilization_percent", r -> "");
        c.put("ram_used_gb", r -> "");
        c.put("on_cloud", r -> r.location().onCloud() ? "Y" : "N");
        c.put("pue", r -> num(r.info().pue()));
        c.put("wue", r -> "0");
    }

    private static String num(double value) {
        return Double.toString(value);
    }

    /**
     * The instant as the zone's local time, {@code yyyy-MM-ddTHH:mm:ss}, written by hand from the zone's offset then:
     * a {@code DateTimeFormatter} and {@code ZoneId} would cost a closing run the java.time zone rules and formatter.
     */
    static String localTime(Instant t, TimeZone zone) {
        long local = t.getEpochSecond() + zone.getOffset(t.toEpochMilli()) / 1000;
        StringBuilder sb = StepTimes.instant(new StringBuilder(20), Instant.ofEpochSecond(local));
        return sb.substring(0, sb.length() - 1);
    }
}
