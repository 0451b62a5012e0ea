package io.github.carbon4j.report;

import io.github.carbon4j.CarbonIntensity;
import io.github.carbon4j.CarbonMetrics;
import io.github.carbon4j.Component;
import io.github.carbon4j.ComponentEnergies;
import io.github.carbon4j.Context;
import io.github.carbon4j.Emissions;
import io.github.carbon4j.Energy;
import io.github.carbon4j.MeasurementMethod;
import io.github.carbon4j.Scope;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Parses the rows of a steps file ({@link ReportNames#STEP_FILE_COLUMNS}, and the shorter rows of
 * files written before some columns existed); {@link StepRowWriter} writes them. Pure functions.
 */
final class StepCsv {

    private static final Component[] COMPONENTS = Component.values();

    static final String HEADER = Csv.line(ReportNames.STEP_FILE_COLUMNS);
    /** The header of a steps file with stable step names but no display names (written before 0.2). */
    static final String HEADER_NAMED = Csv.line(ReportNames.STEP_COLUMNS_NAMED);
    /** The header of a steps file written by carbon4j 0.1, without embodied emissions or step names. */
    static final String HEADER_0_1 = Csv.line(ReportNames.STEP_COLUMNS_0_1);

    private StepCsv() {}

    /** One row with its line break (see {@link StepRowWriter}). */
    static String format(StepRow row) {
        return StepRowWriter.format(row);
    }

    /**
     * Parses one line of a steps file.
     *
     * @throws ReportFormatException naming the file and line when the row is malformed
     */
    static StepRow parse(Path file, long lineNumber, String line) {
        return parse(file, lineNumber, line, ReportNames.STEP_FILE_COLUMNS.size());
    }

    /** Parses one line of a steps file whose header has that many columns (this version's, or 0.1's). */
    static StepRow parse(Path file, long lineNumber, String line, int columns) {
        try {
            List<String> f = Csv.split(line);
            if (f.size() != columns) {
                throw new IllegalArgumentException("expected " + columns + " fields, found " + f.size());
            }
            Fields in = new Fields(f);
            Instant end = Json.instant(in.next("timestamp"), "timestamp");
            String experiment = in.next("experiment");
            String runId = in.next("run.id");
            Context context = Context.of(in.next("context"));
            long step = Long.parseLong(in.next("step"));
            Duration duration = Duration.ofNanos(StepTimesParser.nanos(in.next("duration.s")));
            CarbonMetrics metrics = metrics(in, columns, context, step, end, duration);
            StepCheck.derived(f, metrics);
            // 0.1's files have no step names either: context and step name those steps.
            String name = columns > ReportNames.STEP_COLUMNS.size() ? in.next("step.name") : "";
            String display = columns > ReportNames.STEP_COLUMNS_NAMED.size() ? in.next("step.display.name") : "";
            return new StepRow(experiment, runId, metrics, name, display);
        } catch (RuntimeException e) {
            throw new ReportFormatException(file, lineNumber, "not a carbon4j step row: " + e.getMessage());
        }
    }

    /** Reads the rest of a row's figures, after its duration, into the step's metrics. */
    private static CarbonMetrics metrics(
            Fields in, int columns, Context context, long step, Instant end, Duration duration) {
        in.skipDerived(2 + COMPONENTS.length); // emissions, rate, powers: checked below
        double[] joules = in.numbers(COMPONENTS.length);
        in.skipDerived(1); // energy.consumed.j
        CarbonIntensity intensity = CarbonIntensity.ofGramsPerKilowattHour(in.number());
        String source = in.next("intensity.source");
        ComponentEnergies energies = in.energies(joules);
        boolean overlapped = in.bool();
        Scope scope = Scope.parse(in.next("scope"));
        double pue = in.pue();
        // 0.1's files have no embodied column: their runs charged none.
        Emissions embodied = Emissions.ZERO;
        if (columns > ReportNames.STEP_COLUMNS_0_1.size()) {
            embodied = Emissions.ofGrams(in.number());
            in.skipDerived(1); // sci.g
        }
        return CarbonMetrics.of(
                context,
                step,
                end.minus(duration),
                duration,
                energies,
                intensity,
                source,
                pue,
                scope,
                overlapped,
                embodied);
    }

    /**
     * Whether the line is the start of a row that was cut: fewer fields than a row has, or a quoted
     * field that never ends. Such a line can only come from a write that failed half way.
     */
    static boolean isTorn(String line) {
        return isTorn(line, ReportNames.STEP_FILE_COLUMNS.size());
    }

    static boolean isTorn(String line, int columns) {
        try {
            return Csv.split(line).size() < columns;
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

        /** Checks that the next columns are numbers, whose values {@link StepCheck} compares. */
        void skipDerived(int count) {
            for (int i = 0; i < count; i++) {
                number();
            }
        }

        double pue() {
            double pue = number();
            if (pue < 1) {
                throw new IllegalArgumentException("pue must be at least 1, got " + pue);
            }
            return pue;
        }

        double[] numbers(int count) {
            double[] numbers = new double[count];
            for (int i = 0; i < count; i++) {
                numbers[i] = number();
            }
            return numbers;
        }

        /** The components' methods, in column order, with the energies read before them. */
        ComponentEnergies energies(double[] joules) {
            ComponentEnergies.Builder energies = ComponentEnergies.builder();
            for (Component c : COMPONENTS) {
                energies.put(c, Energy.ofJoules(joules[c.ordinal()]), method());
            }
            return energies.build();
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
