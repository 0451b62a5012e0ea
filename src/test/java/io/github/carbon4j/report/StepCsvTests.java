package io.github.carbon4j.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.carbon4j.CarbonLogger;
import io.github.carbon4j.CarbonMetrics;
import io.github.carbon4j.Context;
import io.github.carbon4j.MockClock;
import io.github.carbon4j.internal.Notices;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows of the steps file: exact round trip, one line each, and errors that name file and line. */
class StepCsvTests {

    private static final Path FILE = Path.of("steps-x.csv");

    @TempDir
    Path directory;

    @Test
    void aRowReadsBackToTheSameMetrics() {
        for (CarbonMetrics m : metrics(Context.of("line\nbreak, \"and quotes\""))) {
            StepRow row = new StepRow("exp,eriment", "run-1", m);
            String line = StepCsv.format(row);

            assertThat(line).endsWith("\n").containsOnlyOnce("\n");
            StepRow back = StepCsv.parse(FILE, 2, line.substring(0, line.length() - 1));
            assertThat(back.experiment()).isEqualTo("exp,eriment");
            assertThat(back.metrics())
                    .isEqualTo(
                            m.context().name().contains("\n")
                                    ? ReportTestCases.withContext(m, "line break, \"and quotes\"")
                                    : m);
        }
    }

    @Test
    void aStepsNameReadsBackAndFilesWithoutTheColumnStillRead() {
        CarbonMetrics m = metrics(Context.TRAINING).get(0);
        String id =
                "[engine:junit-jupiter]/[class:com.acme.Tests]/[test-template:sorts(int)]/[test-template-invocation:#2]";
        String line = StepCsv.format(new StepRow("e", "r", m, id));
        assertThat(StepCsv.parse(FILE, 2, line.trim()).name()).isEqualTo(id);
        assertThat(StepCsv.parse(FILE, 2, line.trim()).stableName()).isEqualTo(id);
        assertThat(StepCsv.parse(
                                FILE,
                                2,
                                StepCsv.format(new StepRow("e", "r", m)).trim())
                        .stableName())
                .isEqualTo("Training #" + m.step());

        // A file written by 0.1, before steps had names or embodied emissions: its header, its 29 columns.
        List<String> fields = Csv.split(StepCsv.format(new StepRow("e", "r", m)).trim());
        String unnamed = Csv.line(fields.subList(0, ReportNames.STEP_COLUMNS_0_1.size()));
        List<StepRow> rows = parseSteps(FILE, StepCsv.HEADER_0_1 + unnamed);
        assertThat(rows).singleElement().satisfies(r -> {
            // Everything but the embodied emissions, which 0.1 did not charge.
            assertThat(r.metrics())
                    .usingRecursiveComparison()
                    .ignoringFields("embodiedEmissions")
                    .isEqualTo(m);
            assertThat(r.metrics().embodiedEmissions()).isEqualTo(io.github.carbon4j.Emissions.ZERO);
            assertThat(r.name()).isEmpty();
        });
        // Under the new header the short row is one a failed write cut: skipped, not read as a step.
        assertThat(parseSteps(FILE, StepCsv.HEADER + unnamed)).isEmpty();
    }

    @Test
    void anUnfinishedLastLineIsLeftOut() {
        String header = StepCsv.HEADER;
        List<CarbonMetrics> steps = metrics(Context.TRAINING);
        String one = StepCsv.format(new StepRow("e", "r", steps.get(0)));
        String two = StepCsv.format(new StepRow("e", "r", steps.get(1)));

        assertThat(parseSteps(FILE, header + one + two.substring(0, 40))).hasSize(1);
        assertThat(parseSteps(FILE, header + one + two)).hasSize(2);
        assertThat(parseSteps(FILE, header.substring(0, 10))).isEmpty();
        assertThat(parseSteps(FILE, "")).isEmpty();
    }

    @Test
    void badFieldsAreNamedWithFileAndLine() {
        String good = StepCsv.format(
                        new StepRow("e", "r", metrics(Context.TRAINING).get(0)))
                .trim();
        List<String> f = new java.util.ArrayList<>(Csv.split(good));
        f.set(ReportNames.STEP_COLUMNS.indexOf("cpu.energy.j"), "lots");
        String badNumber = Csv.line(f).trim();

        assertThatThrownBy(() -> StepCsv.parse(FILE, 9, badNumber))
                .isInstanceOf(ReportFormatException.class)
                .hasMessage("steps-x.csv:9: not a carbon4j step row: cpu.energy.j is not a number: \"lots\"");
        assertThatThrownBy(() -> StepCsv.parse(FILE, 3, "a,b"))
                .hasMessageContaining("steps-x.csv:3:")
                .hasMessageContaining("expected 33 fields, found 2");
        assertThatThrownBy(() -> StepCsv.parse(FILE, 4, "\"open")).hasMessageContaining("unterminated quoted field");
        assertThatThrownBy(() -> parseSteps(FILE, StepCsv.HEADER + badNumber + "\n"))
                .hasMessageContaining("steps-x.csv:2:");
    }

    @Test
    void aRowWhoseDerivedColumnsDisagreeWithItsEnergiesIsMalformedNamingFileLineAndColumn() {
        CarbonMetrics m = metrics(Context.TRAINING).get(0);
        List<String> good = Csv.split(StepCsv.format(new StepRow("e", "r", m)).trim());
        for (String column : List.of(
                "emissions.g",
                "emissions.rate.g-per-s",
                "cpu.power.w",
                "gpu.power.w",
                "ram.power.w",
                "energy.consumed.j",
                "sci.g")) {
            List<String> f = new java.util.ArrayList<>(good);
            int at = ReportNames.STEP_COLUMNS.indexOf(column);
            double written = Double.parseDouble(f.get(at));
            f.set(at, Double.toString(written * 2 + 1));
            assertThatThrownBy(() -> StepCsv.parse(FILE, 7, Csv.line(f).trim()))
                    .as(column)
                    .isInstanceOf(ReportFormatException.class)
                    .hasMessageStartingWith(
                            "steps-x.csv:7: not a carbon4j step row: " + column + " is " + (written * 2 + 1)
                                    + " but the row's energies, duration, intensity and PUE give " + written);
        }
    }

    @Test
    void derivedColumnsRoundedAsAWriterMightStillRead() {
        CarbonMetrics m = metrics(Context.TRAINING).get(0);
        List<String> f = new java.util.ArrayList<>(
                Csv.split(StepCsv.format(new StepRow("e", "r", m)).trim()));
        int at = ReportNames.STEP_COLUMNS.indexOf("emissions.g");
        // Seven significant digits: what a writer with fewer digits than Double.toString leaves.
        f.set(
                at,
                new java.math.BigDecimal(m.emissions().grams())
                        .round(new java.math.MathContext(7))
                        .toString());

        assertThat(f.get(at)).isNotEqualTo(Double.toString(m.emissions().grams()));
        assertThat(StepCsv.parse(FILE, 2, Csv.line(f).trim()).metrics()).isEqualTo(m);
    }

    @Test
    void aRowCarriesEmbodiedAndSciAndAStepsFileOf0_1StillReads() {
        CarbonMetrics m = metrics(Context.TRAINING).get(0);
        assertThat(m.embodiedEmissions().grams()).isPositive();
        List<String> f = Csv.split(StepCsv.format(new StepRow("e", "r", m)).trim());
        assertThat(Double.parseDouble(f.get(ReportNames.STEP_COLUMNS.indexOf("embodied.g"))))
                .isEqualTo(m.embodiedEmissions().grams());
        assertThat(Double.parseDouble(f.get(ReportNames.STEP_COLUMNS.indexOf("sci.g"))))
                .isEqualTo(m.emissions().grams() + m.embodiedEmissions().grams());

        String old = Csv.line(f.subList(0, ReportNames.STEP_COLUMNS_0_1.size()));
        List<StepRow> rows = parseSteps(FILE, StepCsv.HEADER_0_1 + old);
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.metrics().emissions()).isEqualTo(m.emissions());
            assertThat(r.metrics().embodiedEmissions()).isEqualTo(io.github.carbon4j.Emissions.ZERO);
        });
    }

    @Test
    void csvFieldsAreQuotedOnlyWhenNeeded() {
        assertThat(Csv.line(List.of("a", "b,c", "say \"hi\"", ""))).isEqualTo("a,\"b,c\",\"say \"\"hi\"\"\",\n");
        assertThat(Csv.split("a,\"b,c\",\"say \"\"hi\"\"\",")).containsExactly("a", "b,c", "say \"hi\"", "");
        assertThatThrownBy(() -> Csv.split("\"a\"b")).hasMessageContaining("text after a closing quote");
    }

    @Test
    void theRowWritersFieldsAreCsvAppendsWithoutItsCopies() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        String alphabet = "ab,\"'\r\n=+-@\t 1.5\u00d7";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder value = new StringBuilder();
            for (int j = random.nextInt(0, 8); j > 0; j--) {
                value.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String v = value.toString();
            assertThat(StepRowWriter.field(new ByteText(1), v).toString())
                    .as(v)
                    .isEqualTo(Csv.append(new StringBuilder(), v).toString());
        }
        // A surrogate pair beside a char that is replaced stays whole: runs are copied between those chars.
        for (String v : List.of("\ud83d\ude00\"x\r\n\ud83d\ude00", "=\ud83d\ude00,\n")) {
            assertThat(StepRowWriter.field(new ByteText(1), v).toString())
                    .isEqualTo(Csv.append(new StringBuilder(), v).toString());
        }
    }

    @Test
    void rowsWithAndWithoutNonAsciiTextReadBackFromTheFileInOrder() throws Exception {
        List<String> names = List.of("plain", "\u00e9t\u00e9 \uD83D\uDE00", "after", "lone \uD800 surrogate", "last");
        Path file = directory.resolve("steps-mixed.csv");
        try (StepFile steps = StepFile.create(file)) {
            for (String name : names) {
                steps.append(
                        new StepRow("exp", "run-1", metrics(Context.of(name)).get(0), name));
            }
        }
        List<String> back = new java.util.ArrayList<>();
        StepReader.read(
                file, (line, row) -> back.add(row.metrics().context().name() + "|" + row.name()), new Notices());

        // The encoder writes an unpaired surrogate as '?'; every other name comes back as written.
        assertThat(back)
                .containsExactly(
                        "plain|plain",
                        "\u00e9t\u00e9 \uD83D\uDE00|\u00e9t\u00e9 \uD83D\uDE00",
                        "after|after",
                        "lone ? surrogate|lone ? surrogate",
                        "last|last");
    }

    private List<CarbonMetrics> metrics(Context context) {
        MockClock clock = new MockClock();
        try (CarbonLogger logger =
                CarbonLogger.start(ReportTestCases.config(directory, clock, false), ReportTestCases.meters(clock))) {
            clock.add(java.time.Duration.ofNanos(1_234_567_891));
            CarbonMetrics a = logger.logCarbonMetrics(context, 3);
            clock.add(java.time.Duration.ofMillis(7));
            CarbonMetrics b = logger.logCarbonMetrics(context);
            return List.of(a, b);
        }
    }

    static List<StepRow> parseSteps(Path file, String text) {
        return parseSteps(file, text, new Notices());
    }

    static List<StepRow> parseSteps(Path file, String text, Notices notices) {
        List<StepRow> rows = new java.util.ArrayList<>();
        try {
            StepReader.read(file, new java.io.StringReader(text), (line, row) -> rows.add(row), notices);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return rows;
    }
}
