package io.github.carbon4j.report;

import io.github.carbon4j.CarbonMetrics;
import io.github.carbon4j.MeasurementMethod;
import io.github.carbon4j.Scope;
import java.util.Locale;

/**
 * Writes the rows of a steps file ({@link ReportNames#STEP_FILE_COLUMNS}) as UTF-8 into a reused
 * buffer ({@link ByteText}): this runs on every logged step, so it allocates nothing.
 * Numbers are the shortest decimals that read back to the same doubles ({@link DoubleWriter}),
 * durations are written to the nanosecond, so a row reads back to the same metrics; names are the
 * strings the caller computed once, copied. Pure functions.
 */
final class StepRowWriter {

    // Filled by loops, not streams: this class is loaded by the first logged step.
    private static final String[] KINDS = new String[MeasurementMethod.Kind.values().length];

    private static final String[] SCOPES = new String[Scope.values().length];

    static {
        for (MeasurementMethod.Kind k : MeasurementMethod.Kind.values()) {
            KINDS[k.ordinal()] = k.name().toLowerCase(Locale.ROOT);
        }
        for (Scope s : Scope.values()) {
            SCOPES[s.ordinal()] = s.key();
        }
    }

    private StepRowWriter() {}

    /** One row with its line break. */
    static String format(StepRow row) {
        return append(new ByteText(1024), row).toString();
    }

    /** Appends one row with its line break to the buffer: {@link #head}, {@link #methods}, {@link #tail}. */
    static ByteText append(ByteText sb, StepRow row) {
        head(sb, row, new IdentityColumns());
        methods(sb, row.metrics());
        return tail(sb, row);
    }

    /**
     * The row's columns from the timestamp to the energy consumed, each with its comma; the experiment, run id
     * and context as {@code identity} keeps them encoded.
     */
    static ByteText head(ByteText sb, StepRow row, IdentityColumns identity) {
        CarbonMetrics m = row.metrics();
        StepTimes.end(sb, m.start(), m.duration()).ascii(',');
        identity.append(sb, row.experiment(), row.runId(), m.context().name());
        sb.append(m.step()).ascii(',');
        StepTimes.seconds(sb, m.duration()).ascii(',');
        // The rate and powers as CarbonMetrics derives them (a figure over the duration's seconds, zero for an
        // empty interval), without the quantity objects its accessors build on every call.
        double seconds = m.duration().getSeconds() + m.duration().getNano() / 1e9;
        number(sb, m.emissions().grams());
        number(sb, seconds > 0 ? m.emissions().grams() / seconds : 0);
        number(sb, seconds > 0 ? m.cpuEnergy().joules() / seconds : 0);
        number(sb, seconds > 0 ? m.gpuEnergy().joules() / seconds : 0);
        number(sb, seconds > 0 ? m.ramEnergy().joules() / seconds : 0);
        number(sb, m.cpuEnergy().joules());
        number(sb, m.gpuEnergy().joules());
        number(sb, m.ramEnergy().joules());
        number(sb, m.energyConsumed().joules());
        return sb;
    }

    /**
     * The intensity, its source and the three components' methods, each with its comma: the same from
     * step to step while the meters and the intensity stay, so {@link MethodColumns} keeps them encoded.
     */
    static ByteText methods(ByteText sb, CarbonMetrics m) {
        number(sb, m.intensity().gramsPerKilowattHour());
        field(sb, m.intensitySource()).ascii(',');
        method(sb, m.cpuMethod());
        method(sb, m.gpuMethod());
        method(sb, m.ramMethod());
        return sb;
    }

    /** The row's columns from overlapped to the display name, with the line break. */
    static ByteText tail(ByteText sb, StepRow row) {
        CarbonMetrics m = row.metrics();
        sb.append(m.overlapped()).ascii(',');
        field(sb, SCOPES[m.scope().ordinal()]).ascii(',');
        number(sb, m.pue());
        number(sb, m.embodiedEmissions().grams());
        // What m.sci().grams() is, without the Emissions it builds on every step.
        number(sb, m.emissions().grams() + m.embodiedEmissions().grams());
        field(sb, row.name()).ascii(',');
        return field(sb, row.displayName()).ascii('\n');
    }

    /**
     * The field as {@link Csv#append} writes it, without the copies it makes of a value to quote or
     * flatten: a JUnit display name such as {@code add(int, int)} needs quotes.
     */
    static ByteText field(ByteText sb, String value) {
        boolean formula = Csv.formulaLike(value);
        boolean quote = false;
        boolean flatten = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            quote |= c == ',' || c == '"';
            flatten |= c == '\n' || c == '\r';
        }
        if (!formula && !quote && !flatten) {
            return sb.append(value);
        }
        if (quote) {
            sb.ascii('"');
        }
        if (formula) {
            sb.ascii('\'');
        }
        int run = 0; // where the chars not yet written start: copied a run at a time
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r' || c == '\n' || c == '"') {
                sb.append(value, run, i);
                run = i + 1;
            }
            if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                    i++; // a CRLF is one space, as a lone CR or LF is
                    run = i + 1;
                }
                sb.ascii(' ');
            } else if (c == '"') {
                sb.ascii('"').ascii('"');
            }
        }
        sb.append(value, run, value.length());
        return quote ? sb.ascii('"') : sb;
    }

    private static void number(ByteText sb, double value) {
        DoubleWriter.append(sb, value).ascii(',');
    }

    private static void method(ByteText sb, MeasurementMethod method) {
        sb.append(KINDS[method.kind().ordinal()]).ascii(',');
        field(sb, method.name()).ascii(',');
        field(sb, method.detail()).ascii(',');
    }
}
