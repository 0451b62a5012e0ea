package io.github.carbon4j.report;

import io.github.carbon4j.Component;
import io.github.carbon4j.MeasurementMethod;
import io.github.carbon4j.intensity.CarbonIntensities;
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
 * know, then the run's embodied emissions and its SCI (operational plus embodied), both in kg. Pure
 * function.
 */
final class EmissionsCsv {

    static final String HEADER = Csv.line(ReportNames.EMISSIONS_FILE_COLUMNS);
    private static final double JOULES_PER_KWH = 3.6e6;

    private EmissionsCsv() {}

    static String row(RunEntry entry, TimeZone zone) {
        RunRecord record = entry.record();
        RunInfo run = record.run();
        RunTotals t = entry.totals();
        double seconds = t.seconds();
        double pue = run.pue();
        double kilograms = t.emissionsGrams() / 1000;
        MachineInfo machine = record.machine();
        RunRecord.Location location = record.location();
        MeasurementMethod gpu = record.method(Component.GPU);
        List<String> f = new ArrayList<>(ReportNames.EMISSIONS_COLUMNS.size());
        f.add(localTime(entry.end(), zone));
        f.add(run.experiment());
        f.add(run.runId());
        f.add(run.experiment());
        f.add(num(seconds));
        f.add(num(kilograms));
        f.add(num(seconds > 0 ? kilograms / seconds : 0));
        for (Component c : Component.values()) {
            f.add(num(seconds > 0 ? t.joules(c) / seconds : 0));
        }
        for (Component c : Component.values()) {
            f.add(num(t.joules(c) * pue / JOULES_PER_KWH));
        }
        f.add(num(t.energyJoules() / JOULES_PER_KWH));
        f.add("0");
        // Configured as "fr", "France" or "FRA": CodeCarbon's columns want the name and the alpha-3 code.
        Optional<String> iso3 = location.country().isBlank() ? Optional.empty()
                : CarbonIntensities.countryCode(location.country());
        f.add(iso3.flatMap(CarbonIntensities::countryName).orElse(location.country()));
        f.add(iso3.orElse(""));
        f.add(location.region());
        f.add(location.cloudProvider());
        f.add(location.cloudRegion());
        f.add(machine.os());
        f.add("");
        f.add("");
        f.add(Integer.toString(machine.cpuCount()));
        f.add(machine.cpuModel());
        boolean gpus = gpu.kind() != MeasurementMethod.Kind.NONE;
        f.add(Integer.toString(gpus ? machine.gpuModels().size() : 0));
        f.add(gpus ? machine.gpuModelText() : "");
        f.add("");
        f.add("");
        f.add(num(machine.ramTotalGibibytes()));
        f.add(run.scope().key());
        f.add("");
        f.add("");
        f.add("");
        f.add("");
        f.add(location.onCloud() ? "Y" : "N");
        f.add(num(pue));
        f.add("0");
        f.add(entry.status());
        f.add(num(t.embodiedGrams() / 1000));
        f.add(num(t.sciGrams() / 1000));
        return Csv.line(f);
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
