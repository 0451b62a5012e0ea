package io.github.carbon4j.report;

import io.github.carbon4j.CarbonMetrics;
import io.github.carbon4j.MeasurementMethod;
import io.github.carbon4j.Scope;
import java.util.Locale;

/**
 * Writes the rows of a steps file ({@link ReportNames#STEP_FILE_COLUMNS}) into a reused buffer: this
 * runs on every logged step, so it allocates nothing for an ASCII row whose names need no quoting.
 * Numbers are the shortest decimals that read back to the same doubles ({@link DoubleWriter}),
 * durations are written to the nanosecond, so a row reads back to the same metrics; names are the
 * strings the caller computed once, copied. Pure functions.
 */
final class StepRowWriter {

    private static final String[] KINDS = java.util.Arrays.stream(MeasurementMethod.Kind.values())
            .map(k -> k.name().toLowerCase(Locale.ROOT)).toArray(String[]::new);

    private static final String[] SCOPES = java.util.Arrays.stream(Scope.values()).map(Scope::key)
            .toArray(String[]::new);

    private StepRowWriter() {}

    /** One row with its line break. */
    static String format(StepRow row) {
        return append(new StringBuilder(512), row).toString();
    }

    /** Appends one row with its line break to the buffer. */
    static StringBuilder append(StringBuilder sb, StepRow row) {
        CarbonMetrics m = row.metrics();
        StepTimes.instant(sb, m.end()).append(',');
        Csv.append(sb, row.experiment()).append(',');
        Csv.append(sb, row.runId()).append(',');
        Csv.append(sb, m.context().name()).append(',');
        sb.append(m.step()).append(',');
        StepTimes.seconds(sb, m.duration()).append(',');
        number(sb, m.emissions().grams());
        number(sb, m.emissionsRate().gramsPerSecond());
        number(sb, m.cpuPower().watts());
        number(sb, m.gpuPower().watts());
        number(sb, m.ramPower().watts());
        number(sb, m.cpuEnergy().joules());
        number(sb, m.gpuEnergy().joules());
        number(sb, m.ramEnergy().joules());
        number(sb, m.energyConsumed().joules());
        number(sb, m.intensity().gramsPerKilowattHour());
        Csv.append(sb, m.intensitySource()).append(',');
        method(sb, m.cpuMethod());
        method(sb, m.gpuMethod());
        method(sb, m.ramMethod());
        sb.append(m.overlapped()).append(',');
        Csv.append(sb, SCOPES[m.scope().ordinal()]).append(',');
        number(sb, m.pue());
        number(sb, m.embodiedEmissions().grams());
        // What m.sci().grams() is, without the Emissions it builds on every step.
        number(sb, m.emissions().grams() + m.embodiedEmissions().grams());
        Csv.append(sb, row.name()).append(',');
        return Csv.append(sb, row.displayName()).append('\n');
    }

    private static void number(StringBuilder sb, double value) {
        DoubleWriter.append(sb, value).append(',');
    }

    private static void method(StringBuilder sb, MeasurementMethod method) {
        sb.append(KINDS[method.kind().ordinal()]).append(',');
        Csv.append(sb, method.name()).append(',');
        Csv.append(sb, method.detail()).append(',');
    }
}
