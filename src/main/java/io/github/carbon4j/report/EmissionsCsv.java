package io.github.carbon4j.report;

import io.github.carbon4j.Component;
import io.github.carbon4j.MeasurementMethod;
import io.github.carbon4j.intensity.CarbonIntensities;
import io.github.carbon4j.internal.RunInfo;
import io.github.carbon4j.internal.Totals;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;

/**
 * One run as a row of CodeCarbon's emissions.csv ({@link ReportNames#EMISSIONS_COLUMNS}), in its
 * units, from the meters over the whole run (start to close), not from sums of steps: duration s,
 * emissions kg, rate kg/s, power W (mean over the run), energy kWh with
 * PUE applied to each component as CodeCarbon does, RAM GiB, timestamp local time. Columns that
 * only make sense for Python (python_version, codecarbon_version) and what carbon4j does not measure
 * (utilisation, coordinates, water) are left empty or 0. After CodeCarbon's columns comes
 * {@link ReportNames#STATUS_COLUMN}: {@code complete}, or what a reader of an incomplete run must
 * know, then the run's embodied emissions and its SCI (operational plus embodied), both in kg. Each
 * column of the header is written by name, in string switches rather than a table of lambdas: a closing
 * JVM would spin a class for each of forty lambdas; a column without a value fails. Pure function.
 */
final class EmissionsCsv {

    static final String HEADER = Csv.line(ReportNames.EMISSIONS_FILE_COLUMNS);
    private static final double JOULES_PER_KWH = 3.6e6;

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
        List<String> fields = new ArrayList<>(ReportNames.EMISSIONS_FILE_COLUMNS.size());
        for (String column : ReportNames.EMISSIONS_FILE_COLUMNS) {
            fields.add(value(column, run));
        }
        return Csv.line(fields);
    }

    /** The value of a column by name; a column this class does not know fails (a test writes every one). */
    static String value(String column, Run r) {
        for (Component component : Component.values()) {
            if (column.equals(component.key() + "_power")) {
                return num(r.perSecond(r.totals().joules(component)));
            } else if (column.equals(component.key() + "_energy")) {
                return num(r.totals().joules(component) * r.info().pue() / JOULES_PER_KWH);
            }
        }
        return switch (column) {
            case "timestamp" -> localTime(r.entry().end(), r.zone());
            case "project_name", "experiment_id" -> r.info().experiment();
            case "run_id" -> r.info().runId();
            case "duration" -> num(r.seconds());
            case "emissions" -> num(r.kilograms());
            case "emissions_rate" -> num(r.perSecond(r.kilograms()));
            case "energy_consumed" -> num(r.totals().energyJoules() / JOULES_PER_KWH);
            case "country_name" -> countryName(r);
            case "country_iso_code" -> r.iso3().orElse("");
            case "region" -> r.location().region();
            case "cloud_provider" -> r.location().cloudProvider();
            case "cloud_region" -> r.location().cloudRegion();
            case "on_cloud" -> r.location().onCloud() ? "Y" : "N";
            case ReportNames.STATUS_COLUMN -> r.entry().status();
            case ReportNames.EMBODIED_COLUMN -> num(r.totals().embodiedGrams() / 1000);
            case ReportNames.SCI_COLUMN -> num(r.totals().sciGrams() / 1000);
            default -> machineValue(column, r);
        };
    }

    private static String countryName(Run r) {
        Optional<String> iso3 = r.iso3();
        Optional<String> name = iso3.isPresent() ? CarbonIntensities.countryName(iso3.get()) : Optional.empty();
        return name.orElse(r.location().country());
    }

    private static String machineValue(String column, Run r) {
        return switch (column) {
            case "os" -> r.machine().os();
            case "cpu_count" -> Integer.toString(r.machine().cpuCount());
            case "cpu_model" -> r.machine().cpuModel();
            case "gpu_count" ->
                Integer.toString(r.gpus() ? r.machine().gpuModels().size() : 0);
            case "gpu_model" -> r.gpus() ? r.machine().gpuModelText() : "";
            case "ram_total_size" -> num(r.machine().ramTotalGibibytes());
            case "tracking_mode" -> r.info().scope().key();
            case "pue" -> num(r.info().pue());
            case "water_consumed", "wue" -> "0";
            // Python's, and what carbon4j does not measure: utilisation, coordinates.
            case "python_version",
                    "codecarbon_version",
                    "longitude",
                    "latitude",
                    "cpu_utilization_percent",
                    "gpu_utilization_percent",
                    "ram_utilization_percent",
                    "ram_used_gb" -> "";
            default -> throw new IllegalStateException("no value for emissions.csv column " + column);
        };
    }

    private static String num(double value) {
        return DoubleWriter.text(value);
    }

    /**
     * The instant as the zone's local time, {@code yyyy-MM-ddTHH:mm:ss}, written by hand from the zone's offset then:
     * a {@code DateTimeFormatter} and {@code ZoneId} would cost a closing run the java.time zone rules and formatter.
     */
    static String localTime(Instant t, TimeZone zone) {
        long local = t.getEpochSecond() + zone.getOffset(t.toEpochMilli()) / 1000;
        String utc = StepTimes.text(Instant.ofEpochSecond(local));
        return utc.substring(0, utc.length() - 1);
    }
}
