package io.github.carbon4j.report;

import io.github.carbon4j.CarbonIntensity;
import io.github.carbon4j.CarbonMetrics;
import io.github.carbon4j.Context;
import io.github.carbon4j.Emissions;
import io.github.carbon4j.EmissionsRate;
import io.github.carbon4j.Energy;
import io.github.carbon4j.MeasurementMethod;
import io.github.carbon4j.Power;
import io.github.carbon4j.Scope;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Formats and parses the rows of a steps file ({@link ReportNames#STEP_COLUMNS}). Numbers are written
 * with {@link Double#toString(double)} and durations to the nanosecond, so a row reads back to the
 * same metrics. Pure functions.
 */
final class StepCsv {

    static final String HEADER = Csv.line(ReportNames.STEP_COLUMNS);

    private StepCsv() {}

    static String format(StepRow row) {
        CarbonMetrics m = row.metrics();
        List<String> f = new ArrayList<>(ReportNames.STEP_COLUMNS.size());
        f.add(m.end().toString());
        f.add(row.experiment());
        f.add(row.runId());
        f.add(m.context().name());
        f.add(Long.toString(m.step()));
        f.add(seconds(m.duration()));
        f.add(num(m.emissions().grams()));
        f.add(num(m.emissionsRate().gramsPerSecond()));
        f.add(num(m.cpuPower().watts()));
        f.add(num(m.gpuPower().watts()));
        f.add(num(m.ramPower().watts()));
        f.add(num(m.cpuEnergy().joules()));
        f.add(num(m.gpuEnergy().joules()));
        f.add(num(m.ramEnergy().joules()));
        f.add(num(m.energyConsumed().joules()));
        f.add(num(m.intensity().gramsPerKilowattHour()));
        f.add(m.intensitySource());
        for (MeasurementMethod method : List.of(m.cpuMethod(), m.gpuMethod(), m.ramMethod())) {
            f.add(method.kind().name().toLowerCase(Locale.ROOT));
            f.add(method.name());
            f.add(method.detail());
        }
        f.add(Boolean.toString(m.overlapped()));
        f.add(m.scope().key());
        f.add(num(m.pue()));
        return Csv.line(f);
    }

    /**
     * Parses one line of a steps file.
     *
     * @throws ReportFormatException naming the file and line when the row is malformed
     */
    static StepRow parse(Path file, long lineNumber, String line) {
        try {
            List<String> f = Csv.split(line);
            if (f.size() != ReportNames.STEP_COLUMNS.size()) {
                throw new IllegalArgumentException("expected " + ReportNames.STEP_COLUMNS.size() + " fields, found "
                        + f.size());
            }
            Fields in = new Fields(f);
            Instant end = Instant.parse(in.next("timestamp"));
            String experiment = in.next("experiment");
            String runId = in.next("run.id");
            Context context = Context.of(in.next("context"));
            long step = Long.parseLong(in.next("step"));
            Duration duration = Duration.ofNanos(new BigDecimal(in.next("duration.s")).movePointRight(9).longValueExact());
            Emissions emissions = Emissions.ofGrams(in.number());
            EmissionsRate rate = EmissionsRate.ofGramsPerSecond(in.number());
            Power cpuPower = Power.ofWatts(in.number());
            Power gpuPower = Power.ofWatts(in.number());
            Power ramPower = Power.ofWatts(in.number());
            Energy cpu = Energy.ofJoules(in.number());
            Energy gpu = Energy.ofJoules(in.number());
            Energy ram = Energy.ofJoules(in.number());
            Energy total = Energy.ofJoules(in.number());
            CarbonIntensity intensity = CarbonIntensity.ofGramsPerKilowattHour(in.number());
            String source = in.next("intensity.source");
            MeasurementMethod cpuMethod = in.method();
            MeasurementMethod gpuMethod = in.method();
            MeasurementMethod ramMethod = in.method();
            boolean overlapped = in.bool();
            Scope scope = Scope.parse(in.next("scope"));
            double pue = in.number();
            CarbonMetrics metrics = new CarbonMetrics(context, step, end.minus(duration), duration, emissions, rate,
                    cpuPower, gpuPower, ramPower, cpu, gpu, ram, total, intensity, source, pue, scope,
                    cpuMethod, gpuMethod, ramMethod, overlapped);
            return new StepRow(experiment, runId, metrics);
        } catch (RuntimeException e) {
            throw new ReportFormatException(file, lineNumber, "not a carbon4j step row: " + e.getMessage());
        }
    }

    static String num(double value) {
        return Double.toString(value);
    }

    static String seconds(Duration duration) {
        return BigDecimal.valueOf(duration.toNanos(), 9).stripTrailingZeros().toPlainString();
    }

    /** Walks the fields in column order, naming the column in errors. */
    private static final class Fields {
        private final List<String> values;
        private int index;

        Fields(List<String> values) {
            this.values = values;
        }

        String next(String expected) {
            return values.get(index++);
        }

        double number() {
            String column = ReportNames.STEP_COLUMNS.get(index);
            String value = values.get(index++);
            try {
                return Double.parseDouble(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(column + " is not a number: \"" + value + "\"");
            }
        }

        boolean bool() {
            String column = ReportNames.STEP_COLUMNS.get(index);
            String value = values.get(index++);
            if (!value.equals("true") && !value.equals("false")) {
                throw new IllegalArgumentException(column + " is not true or false: \"" + value + "\"");
            }
            return Boolean.parseBoolean(value);
        }

        MeasurementMethod method() {
            String column = ReportNames.STEP_COLUMNS.get(index);
            String kind = values.get(index++);
            MeasurementMethod.Kind parsed;
            try {
                parsed = MeasurementMethod.Kind.valueOf(kind.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(column + " is not a method kind: \"" + kind + "\"");
            }
            return new MeasurementMethod(parsed, values.get(index++), values.get(index++));
        }
    }
}
