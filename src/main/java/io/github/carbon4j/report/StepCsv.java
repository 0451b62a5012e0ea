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
import java.util.List;
import java.util.Locale;

/**
 * Formats and parses the rows of a steps file ({@link ReportNames#STEP_COLUMNS}). Numbers are written
 * with {@link Double#toString(double)} and durations to the nanosecond, so a row reads back to the
 * same metrics. Pure functions.
 */
final class StepCsv {

    static final String HEADER = Csv.line(ReportNames.STEP_FILE_COLUMNS);
    /** The header of files written before steps had names. */
    static final String UNNAMED_HEADER = Csv.line(ReportNames.STEP_COLUMNS);

    private StepCsv() {}

    /** One row with its line break. */
    static String format(StepRow row) {
        return append(new StringBuilder(512), row).toString();
    }

    /** Appends one row with its line break to the buffer: this runs on every logged step. */
    static StringBuilder append(StringBuilder sb, StepRow row) {
        CarbonMetrics m = row.metrics();
        sb.append(m.end()).append(',');
        Csv.append(sb, row.experiment()).append(',');
        Csv.append(sb, row.runId()).append(',');
        Csv.append(sb, m.context().name()).append(',');
        sb.append(m.step()).append(',');
        sb.append(seconds(m.duration())).append(',');
        sb.append(m.emissions().grams()).append(',');
        sb.append(m.emissionsRate().gramsPerSecond()).append(',');
        sb.append(m.cpuPower().watts()).append(',');
        sb.append(m.gpuPower().watts()).append(',');
        sb.append(m.ramPower().watts()).append(',');
        sb.append(m.cpuEnergy().joules()).append(',');
        sb.append(m.gpuEnergy().joules()).append(',');
        sb.append(m.ramEnergy().joules()).append(',');
        sb.append(m.energyConsumed().joules()).append(',');
        sb.append(m.intensity().gramsPerKilowattHour()).append(',');
        Csv.append(sb, m.intensitySource()).append(',');
        method(sb, m.cpuMethod());
        method(sb, m.gpuMethod());
        method(sb, m.ramMethod());
        sb.append(m.overlapped()).append(',');
        Csv.append(sb, m.scope().key()).append(',');
        sb.append(m.pue()).append(',');
        return Csv.append(sb, row.name()).append('\n');
    }

    private static void method(StringBuilder sb, MeasurementMethod method) {
        sb.append(method.kind().name().toLowerCase(Locale.ROOT)).append(',');
        Csv.append(sb, method.name()).append(',');
        Csv.append(sb, method.detail()).append(',');
    }

    /**
     * Parses one line of a steps file.
     *
     * @throws ReportFormatException naming the file and line when the row is malformed
     */
    static StepRow parse(Path file, long lineNumber, String line) {
        return parse(file, lineNumber, line, true);
    }

    /**
     * Parses one line of a steps file with or without the {@code step.name} column.
     *
     * @param named whether the file's header has the {@code step.name} column
     */
    static StepRow parse(Path file, long lineNumber, String line, boolean named) {
        try {
            List<String> f = Csv.split(line);
            int columns = named ? ReportNames.STEP_FILE_COLUMNS.size() : ReportNames.STEP_COLUMNS.size();
            if (f.size() != columns) {
                throw new IllegalArgumentException("expected " + columns + " fields, found " + f.size());
            }
            Fields in = new Fields(f);
            Instant end = Json.instant(in.next("timestamp"), "timestamp");
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
            if (pue < 1) {
                throw new IllegalArgumentException("pue must be at least 1, got " + pue);
            }
            CarbonMetrics metrics = new CarbonMetrics(context, step, end.minus(duration), duration, emissions, rate,
                    cpuPower, gpuPower, ramPower, cpu, gpu, ram, total, intensity, source, pue, scope,
                    cpuMethod, gpuMethod, ramMethod, overlapped);
            return new StepRow(experiment, runId, metrics, named ? in.next("step.name") : "");
        } catch (RuntimeException e) {
            throw new ReportFormatException(file, lineNumber, "not a carbon4j step row: " + e.getMessage());
        }
    }

    /**
     * Whether the line is the start of a row that was cut: fewer fields than a row has, or a quoted
     * field that never ends. Such a line can only come from a write that failed half way.
     */
    static boolean isTorn(String line) {
        return isTorn(line, true);
    }

    static boolean isTorn(String line, boolean named) {
        try {
            return Csv.split(line).size() < (named ? ReportNames.STEP_FILE_COLUMNS : ReportNames.STEP_COLUMNS).size();
        } catch (IllegalArgumentException e) {
            return e.getMessage().startsWith("unterminated");
        }
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
            double number;
            try {
                number = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(column + " is not a number: \"" + value + "\"");
            }
            if (!Double.isFinite(number) || number < 0) {
                throw new IllegalArgumentException(column + " must be a finite number >= 0, got \"" + value + "\"");
            }
            return number;
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
